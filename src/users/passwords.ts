import * as argon2 from 'argon2';

// A hash of a random string, verified when the e-mail is unknown so that both
// failures take about as long (no account enumeration by timing).
let decoy: Promise<string> | undefined;

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4). */
export const passwords = {
  hash: (plain: string) => argon2.hash(plain, { type: argon2.argon2id }),

  async verify(hash: string | null, plain: string): Promise<boolean> {
    if (!hash) {
      decoy ??= argon2.hash(`decoy-${Math.random()}`, { type: argon2.argon2id });
      await argon2.verify(await decoy, plain).catch(() => false);
      return false;
    }
    return argon2.verify(hash, plain).catch(() => false);
  },
};
