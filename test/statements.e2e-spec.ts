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
      await f.need(authors[i % 12], {
        countryCode: ['SN', 'CV', 'RW', 'BF'][i % 4],
        domainCodes: ['TELEMEDICINE', 'FINTECH', 'EDUCATION'].slice(0, (i % 3) + 1),
        principleCodes: ['DESIGN_WITH_USER', 'OPEN_STANDARDS'].slice(0, i % 3),
      });
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
    // The caller, the page, its count, the ministries and the users; reference data comes from memory.
    expect(hundred).toBeLessThanOrEqual(6);
  });
});
