import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, TestApp } from './support/app';
import { Factory } from './support/factories';
import { Cell, cells, MATRIX } from './role-matrix/matrix';
import { Observed, World } from './role-matrix/world';

// Signing in a dozen users (argon2) and walking a few hundred cells.
jest.setTimeout(300_000);

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

describe('the role matrix (DESIGN.md "Who may do what", cell by cell)', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = new World(t, new Factory(t));
    await world.seed();
  });
  afterAll(() => t.close());

  it('lists every Query, Mutation and Subscription of the schema, and nothing else', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((type) => !!type)
      .flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`))
      .sort();
    const inTable = Object.entries(MATRIX)
      .map(([name, spec]) => `${spec.kind}.${name}`)
      .sort();
    expect({ missingFromTable: inSchema.filter((op) => !inTable.includes(op)) }).toEqual({
      missingFromTable: [],
    });
    expect({ notInSchema: inTable.filter((op) => !inSchema.includes(op)) }).toEqual({
      notInSchema: [],
    });
  });

  it('answers every cell as the table says', async () => {
    const all = cells();
    const runners = world.runners();
    const observed = new Map<Cell, Observed>();
    const run = async (cell: Cell) => {
      const runner = runners[cell.operation];
      try {
        observed.set(cell, runner ? await runner(cell.actor, cell.record) : 'NO RUNNER');
      } catch (err) {
        observed.set(cell, `THREW ${(err as Error).message}`);
      }
    };
    // Subscriptions one at a time: each watches the listener count of its channel.
    await pool(
      all.filter((c) => c.kind !== 'Subscription'),
      6,
      run,
    );
    await pool(
      all.filter((c) => c.kind === 'Subscription'),
      1,
      run,
    );

    const differing = all.filter((c) => observed.get(c) !== (c.code ?? c.expect));
    const divergences = all.filter((c) => c.code);
    const line = (c: Cell) =>
      `${c.kind}.${c.operation} × ${c.actor} × ${c.record}: expected ${c.code ?? c.expect}` +
      `${c.code ? ` (DESIGN.md: ${c.expect})` : ''}, got ${observed.get(c)}`;
    console.log(
      [
        `role matrix: ${all.length} cells over ${Object.keys(MATRIX).length} operations; ` +
          `${differing.length} differ; ${divergences.length} where the code departs from DESIGN.md:`,
        ...divergences.map((c) => `  ${line(c)} — ${c.note}`),
      ].join('\n'),
    );
    if (differing.length) {
      throw new Error(
        `${differing.length} of ${all.length} cells differ:\n${differing.map(line).join('\n')}`,
      );
    }
  });
});
