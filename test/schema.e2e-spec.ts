import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaText } from '../src/schema-print';

describe('the committed schema', () => {
  it('is what the resolvers define (run `npm run schema:print` after changing them)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'src', 'schema.gql'), 'utf8');
    expect(await buildSchemaText()).toBe(committed);
  });
});
