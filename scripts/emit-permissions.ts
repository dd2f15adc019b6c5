import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMITTED } from '../src/auth/permissions-emit';

/**
 * Writes the client's copy of the policy (src/auth/policy.ts) into
 * client/src/generated/: `npm run permissions:emit` after changing the policy.
 * src/auth/permissions-emit.spec.ts fails while the committed files differ.
 */
for (const { path, render } of EMITTED) {
  writeFileSync(join(__dirname, '..', path), render());
  console.log(`${path} written`);
}
