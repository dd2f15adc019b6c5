import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Environment } from '../config/env.validation';

/**
 * The key that signs access tokens. Production must set JWT_SECRET (the
 * configuration refuses to start otherwise); elsewhere one is made on the
 * first start and kept in DATA_DIR, so that sessions survive a restart.
 */
export function jwtSecret(env: Environment): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = path.resolve(env.DATA_DIR, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
