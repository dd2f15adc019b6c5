import { Role } from '../src/common/enums';
import { Organization } from '../src/organizations/entities/organization.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory } from './support/factories';

/**
 * Suggestions leave out the pairs that already have a live match, but only
 * of the matches the caller may read: a provider may not read another
 * organisation's matches, so their suggestions must not change when one is
 * proposed (the pair vanishing would tell them). Found by a privacy review.
 */

// Signing users in (argon2) takes a few seconds.
jest.setTimeout(60_000);

type Signed = { user: User; token: string };

const NEED_SUGGESTIONS = `query($id: ID!) {
  need(id: $id) { id suggestedSolutions(first: 50) { solution { id } } }
}`;
const SOLUTION_SUGGESTIONS = `query($id: ID!) {
  solution(id: $id) { id suggestedNeeds(first: 50) { need { id } } }
}`;
const PROPOSE = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`;
const MATCH = `query($id: ID!) { match(id: $id) { id } }`;
const MATCHES = `query($filter: MatchFilter) { matches(filter: $filter) { totalCount edges { node { id } } } }`;

describe('suggestions and the matches a caller may not read', () => {
  let t: TestApp;
  let f: Factory;
  let orgX: Organization;
  let orgY: Organization;
  let coordinator: Signed;
  let staff: Signed;
  let providerX: Signed;
  let providerY: Signed;
  let solY: Solution;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    orgX = await f.organization();
    orgY = await f.organization();
    [coordinator, staff, providerX, providerY] = await Promise.all([
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgX.id }),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgY.id }),
    ]);
    // Another organisation's published solution, and one of X's own so that X has suggestions too.
    solY = await f.solution(providerY.user, { title: 'Cadastre numérique Y', tags: ['cadastre'] });
    await f.solution(providerX.user, { title: 'Cadastre numérique X', tags: ['cadastre'] });
  });
  afterAll(() => t.close());

  /** A coordinator proposes org Y's solution for a need; provider X may not read that match. */
  async function proposeHiddenMatch(needId: string): Promise<string> {
    const { proposeMatch } = dataOf(
      await t.gql(PROPOSE, { input: { needId, solutionId: solY.id } }, coordinator.token),
    );
    // The policy: a provider reads only the matches of their own organisation's solutions.
    expectError(await t.gql(MATCH, { id: proposeMatch.id }, providerX.token), 'NOT_FOUND');
    const { matches } = dataOf(await t.gql(MATCHES, { filter: { needId } }, providerX.token));
    expect(matches.totalCount).toBe(0);
    return proposeMatch.id as string;
  }

  describe('live pairs are left out only for those who may read the match', () => {
    it("Need.suggestedSolutions: a provider's list does not change when another organisation's solution is proposed", async () => {
      const need = await f.need(staff.user, {
        title: 'Registre cadastre numérique',
        tags: ['cadastre'],
      });
      const ids = async (token: string) =>
        dataOf(await t.gql(NEED_SUGGESTIONS, { id: need.id }, token)).need.suggestedSolutions.map(
          (s: { solution: { id: string } }) => s.solution.id,
        ) as string[];

      const before = await ids(providerX.token);
      expect(before).toContain(solY.id);
      expect(await ids(coordinator.token)).toContain(solY.id);

      await proposeHiddenMatch(need.id);

      // Had solY vanished, X would learn that Y's solution is proposed for this need.
      expect(await ids(providerX.token)).toEqual(before);
      // Those who may read the match no longer get the pair suggested.
      expect(await ids(coordinator.token)).not.toContain(solY.id);
      expect(await ids(staff.token)).not.toContain(solY.id);
      expect(await ids(providerY.token)).not.toContain(solY.id);
    });

    it("Solution.suggestedNeeds: a provider reading another organisation's solution does not learn which needs it is proposed for", async () => {
      const need = await f.need(staff.user, {
        title: 'Cadastre numérique rural',
        tags: ['cadastre'],
      });
      const ids = async (token: string) =>
        dataOf(
          await t.gql(SOLUTION_SUGGESTIONS, { id: solY.id }, token),
        ).solution.suggestedNeeds.map((s: { need: { id: string } }) => s.need.id) as string[];

      const before = await ids(providerX.token);
      expect(before).toContain(need.id);
      expect(await ids(providerY.token)).toContain(need.id);

      await proposeHiddenMatch(need.id);

      // Had the need vanished, X would learn which needs Y's solution is proposed for.
      expect(await ids(providerX.token)).toEqual(before);
      // Y, and the working group, may read the match: the pair is left out for them.
      expect(await ids(providerY.token)).not.toContain(need.id);
      expect(await ids(coordinator.token)).not.toContain(need.id);
    });
  });
});
