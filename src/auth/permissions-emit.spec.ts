import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../common/enums';
import { EMITTED, renderPermissions } from './permissions-emit';
import { ROLE_PERMISSIONS } from './policy';

const ROOT = join(__dirname, '..', '..');

describe("the client's copy of the policy (client/src/generated)", () => {
  it.each(EMITTED.map(({ path, render }) => ({ path, render })))(
    '$path is what the policy says (run `npm run permissions:emit` after changing src/auth/policy.ts)',
    ({ path, render }) => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(render());
    },
  );

  it("names every role's permissions, in the policy's order", () => {
    const text = renderPermissions();
    for (const role of Object.values(Role)) {
      const listed = text.slice(text.indexOf(`  ${role}: [`)).split(']')[0];
      expect([...listed.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual([
        ...ROLE_PERMISSIONS[role],
      ]);
    }
  });
});
