import { createSecretKey, KeyObject } from 'node:crypto';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  secret: string;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  /** The refresh cookie's Secure attribute: everywhere but development (plain http://localhost). */
  secureCookie: boolean;
  /**
   * How long a browser may present its previous refresh cookie again, as a
   * retry of a renewal whose answer it lost (src/sessions/sessions.service.ts).
   */
  refreshRetrySeconds: number;
}

const keys = new WeakMap<AuthOptions, KeyObject>();
/**
 * The secret as a KeyObject, made once: given the string, jsonwebtoken first
 * tries to parse it as a private and a public key on every call (about 2 ms
 * each time), and the access token is checked on every request.
 */
export function jwtKey(options: AuthOptions): string {
  let key = keys.get(options);
  if (!key) keys.set(options, (key = createSecretKey(Buffer.from(options.secret))));
  // jsonwebtoken takes a KeyObject wherever it takes the secret; the typings say string.
  return key as unknown as string;
}
