import { rmSync } from 'node:fs';
import { adminQuery } from './database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (template) await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  const embedded = (globalThis as { __embedded?: { stop(): Promise<void>; dir: string } })
    .__embedded;
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.dir, { recursive: true, force: true });
  }
}
