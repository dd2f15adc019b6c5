import { Role } from '../src/common/enums';
import { StatementCounter, startTestApp, TestApp } from './support/app';
import { Factory } from './support/factories';

const PAGE = `query($first: Int!) {
  needs(first: $first) {
    totalCount
    edges { node {
      id title
      country { code name nameFr region }
      domains { code label }
      principles { code title }
      ministry { id acronym }
      createdBy { id displayName ministry { acronym } organization { name } }
    } }
  }
}`;

/**
 * Relation fields go through per-request DataLoaders: the statements for a
 * page of needs with all its relations do not grow with the page size.
 */
describe('statements per request', () => {
  const counter = new StatementCounter();
  let t: TestApp;
  let token: string;

  let needId: string;

  beforeAll(async () => {
    t = await startTestApp({ queryLogger: counter });
    const f = new Factory(t);
    const coordinator = await f.signedIn(Role.COORDINATOR);
    token = coordinator.token;
    // 120 needs by 12 authors of 6 ministries, with domains and principles.
    const ministries = await Promise.all([...Array(6)].map(() => f.ministry()));
    const authors = await Promise.all(
      [...Array(12)].map((_, i) =>
        f.user(Role.MINISTRY_STAFF, { ministryId: ministries[i % 6].id }),
      ),
    );
    for (let i = 0; i < 120; i += 1) {
      ({ id: needId } = await f.need(authors[i % 12], {
        countryCode: ['SN', 'CV', 'RW', 'BF'][i % 4],
        domainCodes: ['TELEMEDICINE', 'FINTECH', 'EDUCATION'].slice(0, (i % 3) + 1),
        principleCodes: ['DESIGN_WITH_USER', 'OPEN_STANDARDS'].slice(0, i % 3),
      }));
    }
  });
  afterAll(() => t.close());

  const statementsFor = async (first: number) => {
    counter.reset();
    const res = await t.gql(PAGE, { first }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.needs.edges).toHaveLength(first);
    return counter.count;
  };

  it('sends as many statements for 100 needs as for 5', async () => {
    await statementsFor(1); // reference data is read once per process, on first use
    const five = await statementsFor(5);
    const twenty = await statementsFor(20);
    const hundred = await statementsFor(100);
    console.log(
      `SQL statements per request: 5 needs ${five}, 20 needs ${twenty}, 100 needs ${hundred}`,
    );
    expect(twenty).toBe(five);
    expect(hundred).toBe(five);
    // The caller, the page with its count, the ministries and the users; reference data comes from memory.
    expect(hundred).toBeLessThanOrEqual(5);
  });

  it('checks the caller once per operation, however many root fields it has', async () => {
    const callerChecks = () =>
      counter.statements.filter((s) => s.includes('session_version AS "sessionVersion"')).length;
    counter.reset();
    const one = await t.gql('{ countries { code } }', {}, token);
    expect(one.errors).toBeUndefined();
    expect(callerChecks()).toBe(1);
    counter.reset();
    const res = await t.gql(
      `{ open: needs(first: 0) { totalCount } recent: needs(first: 2) { edges { node { id } } }
         solutions(first: 1) { totalCount } countries { code } me { id } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recent.edges).toHaveLength(2);
    expect(res.data!.me.id).toBeTruthy();
    expect(callerChecks()).toBe(1);
    // And a bad token is still refused on every root field, not only the first.
    const refused = await t.gql('{ countries { code } me { id } }', {}, `${token}x`);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });

  it('counts totalCount in the page’s own statement, the same on every page, and on an empty one', async () => {
    const LIST = `query($first: Int!, $after: String) {
      needs(first: $first, after: $after) { ...counted edges { node { id } } pageInfo { endCursor } }
    }
    fragment counted on NeedConnection { totalCount }`;
    const all = await t.db.query<{ n: string }[]>('SELECT count(*) AS n FROM need');
    const total = Number(all[0].n);
    counter.reset();
    const first = await t.gql(LIST, { first: 50 }, token);
    expect(first.errors).toBeUndefined();
    // The caller and the page: no COUNT statement of its own.
    expect(counter.count).toBe(2);
    expect(first.data!.needs.totalCount).toBe(total);
    const next = await t.gql(
      LIST,
      { first: 50, after: first.data!.needs.pageInfo.endCursor },
      token,
    );
    expect(next.data!.needs.totalCount).toBe(total);
    expect(next.data!.needs.edges).toHaveLength(Math.min(50, total - 50));
    // Past the last row: no row carries the count, which is then counted on its own.
    const last = await t.gql(
      `query($after: String) {
      needs(first: 100, after: $after) { edges { node { id } } pageInfo { endCursor } } }`,
      { after: first.data!.needs.pageInfo.endCursor },
      token,
    );
    const empty = await t.gql(
      LIST,
      { first: 5, after: last.data!.needs.pageInfo.endCursor },
      token,
    );
    expect(empty.data!.needs.edges).toHaveLength(0);
    expect(empty.data!.needs.totalCount).toBe(total);
  });

  // Every need, solution and match has a thread: a scan of them all on every record page
  // grows with the catalogue (the soak found it costing the most time per call after the ranking).
  it('finds a record’s thread through the index on its subject, not by scanning threads', async () => {
    counter.reset();
    const res = await t.gql(
      'query($id: ID!) { need(id: $id) { thread { id } } }',
      { id: needId },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.need.thread.id).toBeTruthy();
    const i = counter.statements.findIndex((s) => /FROM "thread"/.test(s) && /subject_id/.test(s));
    expect(i).toBeGreaterThanOrEqual(0);
    // With sequential scans priced out, the plan shows whether the index can be searched.
    const plan = await t.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const [row] = await tx.query(
        `EXPLAIN (FORMAT JSON) ${counter.statements[i]}`,
        counter.parameters[i],
      );
      return row['QUERY PLAN'][0].Plan as PlanNode;
    });
    const scans = nodes(plan).filter((n) => n['Relation Name'] === 'thread');
    expect(scans).not.toHaveLength(0);
    for (const scan of scans) expect(scan['Index Cond']).toMatch(/subject_type = .*subject_id = /);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
