import { MatchStatus, NeedStatus, Role, SolutionStatus } from '../src/common/enums';
import { Match } from '../src/matching/entities/match.entity';
import { Need } from '../src/needs/entities/need.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory } from './support/factories';

jest.setTimeout(60_000);

const COVERAGE = `{ portfolioCoverage {
  country { code } domain { code } openNeeds matchedNeeds acceptedMatches
} }`;

type Cell = {
  country: { code: string };
  domain: { code: string };
  openNeeds: number;
  matchedNeeds: number;
  acceptedMatches: number;
};

describe('portfolioCoverage', () => {
  let t: TestApp;
  let f: Factory;
  let staff: { user: User; token: string };
  let otherStaff: { user: User; token: string };
  let coordinator: { user: User; token: string };
  let provider: { user: User; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    [staff, otherStaff, coordinator, provider] = await Promise.all([
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.SOLUTION_PROVIDER),
    ]);
  });
  afterAll(() => t.close());

  const match = (need: Need, solution: Solution, status: MatchStatus) =>
    t.db.getRepository(Match).insert({
      needId: need.id,
      solutionId: solution.id,
      proposedById: coordinator.user.id,
      status,
      score: null,
      rationale: null,
    });

  async function cell(token: string, country: string, domain: string): Promise<Cell | undefined> {
    const cells = dataOf(
      await t.gql<{ portfolioCoverage: Cell[] }>(COVERAGE, {}, token),
    ).portfolioCoverage;
    return cells.find((c) => c.country.code === country && c.domain.code === domain);
  }

  it('counts only the accepted matches the caller may read', async () => {
    const need = await f.need(staff.user, {
      status: NeedStatus.MATCHED,
      countryCode: 'RW',
      domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
    });
    const published = await f.solution(provider.user);
    const archived = await f.solution(provider.user, { status: SolutionStatus.ARCHIVED });
    const draft = await f.solution(provider.user, { status: SolutionStatus.DRAFT });
    await match(need, published, MatchStatus.ACCEPTED);
    await match(need, archived, MatchStatus.ACCEPTED);
    await match(need, draft, MatchStatus.ACCEPTED);
    const rejected = await f.solution(provider.user);
    await match(need, rejected, MatchStatus.REJECTED);

    // The working group reads every match: three accepted, in each of the need's domains.
    for (const domain of ['TELEMEDICINE', 'DATA_STATISTICS']) {
      expect(await cell(coordinator.token, 'RW', domain)).toMatchObject({
        openNeeds: 0,
        matchedNeeds: 1,
        acceptedMatches: 3,
      });
    }
    // Ministry staff do not read matches of archived or draft solutions, so those do not count.
    for (const who of [staff, otherStaff]) {
      const matches = dataOf(
        await t.gql(`{ matches(filter: { needId: "${need.id}" }) { totalCount } }`, {}, who.token),
      ).matches;
      expect(matches.totalCount).toBe(2); // the accepted and the rejected ones of published solutions
      expect(await cell(who.token, 'RW', 'TELEMEDICINE')).toMatchObject({
        matchedNeeds: 1,
        acceptedMatches: 1,
      });
    }
  });

  it("leaves out the needs the caller may not read (another ministry's drafts)", async () => {
    await f.need(otherStaff.user, { status: NeedStatus.DRAFT, countryCode: 'CV' });
    await f.need(staff.user, { countryCode: 'CV' });
    expect(await cell(staff.token, 'CV', 'PUBLIC_ADMINISTRATION')).toMatchObject({ openNeeds: 1 });
    expect(await cell(coordinator.token, 'CV', 'PUBLIC_ADMINISTRATION')).toMatchObject({
      openNeeds: 1, // a draft is neither open nor matched
    });
  });

  it('is not for providers', async () => {
    expectError(await t.gql(COVERAGE, {}, provider.token), 'FORBIDDEN');
  });
});
