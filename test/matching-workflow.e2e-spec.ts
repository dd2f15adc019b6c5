import { Maturity, NeedStatus, Role, SolutionStatus, Visibility } from '../src/common/enums';
import { Match } from '../src/matching/entities/match.entity';
import { Need } from '../src/needs/entities/need.entity';
import { Organization } from '../src/organizations/entities/organization.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { User } from '../src/users/entities/user.entity';
import { GqlResponse, startTestApp, TestApp } from './support/app';
import { dataOf, expectError, MISSING_ID, rowCount } from './support/assertions';
import { Factory } from './support/factories';

// Signing nine users in (argon2) and the concurrency rounds take a while.
jest.setTimeout(120_000);

const REVIEW_FIELDS = `id recommendation relevance feasibility sustainability principlesAlignment comment
  createdAt reviewer { id }`;
const MATCH_FIELDS = `id status score rationale decisionNote version createdAt updatedAt
  need { id status version } solution { id provider { id } } proposedBy { id } decidedBy { id }
  reviews { ${REVIEW_FIELDS} }`;

const PROPOSE = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { ${MATCH_FIELDS} } }`;
const START = `mutation($id: ID!) { startReview(matchId: $id) { ${MATCH_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewMatchInput!) { reviewMatch(input: $input) { ${REVIEW_FIELDS} } }`;
const DECIDE = `mutation($input: DecideMatchInput!) { decideMatch(input: $input) { ${MATCH_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMatch(matchId: $id) { ${MATCH_FIELDS} } }`;
const MATCH = `query($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;
const MATCHES = `query($filter: MatchFilter, $first: Int, $after: String) {
  matches(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status need { id } solution { id } } }
  }
}`;
const NEED_MATCHES = `query($id: ID!) { need(id: $id) { id matches { id status solution { id } } } }`;
const SOLUTION_MATCHES = `query($id: ID!) { solution(id: $id) { id matches { id status need { id } } } }`;
const SUGGESTED = `query($id: ID!) {
  need(id: $id) { suggestedSolutions(first: 50) { score solution { id } reasons { contribution } } }
}`;

type Signed = { user: User; token: string };
type M = Record<string, any>;
type Conn = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: M }[];
};

const RUBRIC = {
  recommendation: 'ACCEPT',
  relevance: 4,
  feasibility: 3,
  sustainability: 5,
  principlesAlignment: 2,
  comment: 'Answers the need; deployment looks realistic.',
};
const rubric = (matchId: string, overrides: Record<string, unknown> = {}) => ({
  matchId,
  ...RUBRIC,
  ...overrides,
});

/** The one error's message, for assertions on the reason given. */
const messageOf = (res: GqlResponse) => res.errors?.[0]?.message ?? '';

describe('matching workflow', () => {
  let t: TestApp;
  let f: Factory;
  let orgA: Organization;
  let orgB: Organization;
  let admin: Signed;
  let coordinator: Signed;
  let coordinator2: Signed;
  let coordinatorOfA: Signed; // a coordinator who (by a direct database edit) belongs to organisation A
  let staff: Signed;
  let staff2: Signed;
  let providerA: Signed; // of organisation A
  let providerA2: Signed; // also of organisation A
  let providerB: Signed; // of organisation B

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    orgA = await f.organization();
    orgB = await f.organization();
    [
      admin,
      coordinator,
      coordinator2,
      coordinatorOfA,
      staff,
      staff2,
      providerA,
      providerA2,
      providerB,
    ] = await Promise.all([
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id }),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id }),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgB.id }),
    ]);
    // Only SOLUTION_PROVIDER users have organisations (the factory and createUser see to it),
    // and providers may not review at all (FORBIDDEN by role), so the "solution from your own
    // organisation" conflict of interest can only be reached by a reviewer role that also has
    // an organisation: we give this coordinator organisation A straight in the database. The
    // access token names the user; the server loads the organisation on every request.
    await t.db.query('UPDATE "user" SET organization_id = $1 WHERE id = $2', [
      orgA.id,
      coordinatorOfA.user.id,
    ]);
  });
  afterAll(() => t.close());

  // ---- helpers ------------------------------------------------------------

  /** A PUBLIC, OPEN need (the factory's defaults) logged by ministry staff. */
  const need = (overrides: Partial<Need> = {}) => f.need(staff.user, overrides);
  /** A PUBLISHED solution of organisation A. */
  const solutionA = (overrides: Partial<Solution> = {}) => f.solution(providerA.user, overrides);
  /** A PUBLISHED solution of organisation B. */
  const solutionB = (overrides: Partial<Solution> = {}) => f.solution(providerB.user, overrides);

  const propose = (token: string, needId: string, solutionId: string, rationale?: string) =>
    t.gql(PROPOSE, { input: { needId, solutionId, ...(rationale ? { rationale } : {}) } }, token);
  const startReview = (token: string, id: string) => t.gql(START, { id }, token);
  const review = (token: string, matchId: string, overrides: Record<string, unknown> = {}) =>
    t.gql(REVIEW, { input: rubric(matchId, overrides) }, token);
  const decide = (token: string, matchId: string, status: string, note?: string) =>
    t.gql(DECIDE, { input: { matchId, status, ...(note ? { note } : {}) } }, token);
  const withdraw = (token: string, id: string) => t.gql(WITHDRAW, { id }, token);
  const readMatch = (token: string, id: string) => t.gql(MATCH, { id }, token);
  const list = (token: string, variables: Record<string, unknown>) =>
    t.gql<{ matches: Conn }>(MATCHES, variables, token);

  const dbMatch = (id: string) => t.db.getRepository(Match).findOneByOrFail({ id });
  const dbNeed = (id: string) => t.db.getRepository(Need).findOneByOrFail({ id });
  const reviewRows = async (matchId: string) =>
    (await t.db.query('SELECT * FROM review WHERE match_id = $1', [matchId])) as M[];
  const pairRows = async (needId: string, solutionId: string) =>
    (await t.db.query('SELECT id, status FROM match WHERE need_id = $1 AND solution_id = $2', [
      needId,
      solutionId,
    ])) as { id: string; status: string }[];

  /**
   * A match on a fresh need and solution (of organisation A), brought to a state
   * by the usual people: proposed by `proposer` (ministry staff unless told),
   * review opened by the coordinator, reviewed by the admin, decided by the coordinator.
   */
  async function matchIn(status: string, proposer: Signed = staff): Promise<M> {
    const n = await need();
    const s = await solutionA();
    const proposed = dataOf(await propose(proposer.token, n.id, s.id)).proposeMatch;
    if (status === 'PROPOSED') return proposed;
    if (status === 'WITHDRAWN')
      return dataOf(await withdraw(proposer.token, proposed.id)).withdrawMatch;
    const opened = dataOf(await startReview(coordinator.token, proposed.id)).startReview;
    if (status === 'UNDER_REVIEW') return opened;
    dataOf(await review(admin.token, proposed.id));
    return dataOf(await decide(coordinator.token, proposed.id, status)).decideMatch;
  }

  /** Until a statement of this test's database waits for a row lock. */
  async function waitForLockWait() {
    for (let i = 0; i < 200; i++) {
      const [row] = await t.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (row.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the decision never waited for the lock');
  }

  /** The engine's current score for a pair, as Need.suggestedSolutions shows it (null if absent). */
  async function suggestedScore(needId: string, solutionId: string): Promise<number | null> {
    const found = dataOf(await t.gql(SUGGESTED, { id: needId }, coordinator.token)).need
      .suggestedSolutions as { score: number; solution: { id: string } }[];
    return found.find((s) => s.solution.id === solutionId)?.score ?? null;
  }

  // ---- proposeMatch -------------------------------------------------------

  describe('proposeMatch', () => {
    it('lets ADMIN, COORDINATOR and MINISTRY_STAFF propose a published solution for an open need', async () => {
      for (const who of [admin, coordinator, staff]) {
        const n = await need();
        const s = await solutionA();
        const m = dataOf(await propose(who.token, n.id, s.id, 'Fits the need.')).proposeMatch;
        expect(m).toMatchObject({
          status: 'PROPOSED',
          rationale: 'Fits the need.',
          need: { id: n.id, status: 'OPEN', version: 1 },
          solution: { id: s.id, provider: { id: orgA.id } },
          proposedBy: { id: who.user.id },
          decidedBy: null,
          decisionNote: null,
          reviews: [],
          version: 1,
        });
        const row = await dbMatch(m.id);
        expect(row).toMatchObject({
          needId: n.id,
          solutionId: s.id,
          status: 'PROPOSED',
          proposedById: who.user.id,
          decidedById: null,
        });
      }
    });

    it('also takes a MATCHED need (a need can be served by more than one solution)', async () => {
      const n = await need({ status: NeedStatus.MATCHED });
      const s = await solutionA();
      const m = dataOf(await propose(coordinator.token, n.id, s.id)).proposeMatch;
      expect(m).toMatchObject({ status: 'PROPOSED', need: { id: n.id, status: 'MATCHED' } });
    });

    it("lets a provider propose its own organisation's published solution for a public need", async () => {
      const n = await need();
      const s = await solutionA(); // created by providerA, proposed by a colleague
      const m = dataOf(await propose(providerA2.token, n.id, s.id, 'Ours fits.')).proposeMatch;
      expect(m).toMatchObject({
        status: 'PROPOSED',
        need: { id: n.id },
        solution: { id: s.id },
        proposedBy: { id: providerA2.user.id },
      });
      expect((await dbMatch(m.id)).proposedById).toBe(providerA2.user.id);
    });

    it("refuses a provider another organisation's solution (FORBIDDEN) and needs it may not read (NOT_FOUND)", async () => {
      const before = await rowCount(t, 'match');
      const open = await need();
      const ownSolution = await solutionA();

      const other = await propose(providerA.token, open.id, (await solutionB()).id);
      expectError(other, 'FORBIDDEN');
      expect(messageOf(other)).toMatch(/own organisation/);

      const internal = await need({ visibility: Visibility.INTERNAL });
      expectError(await propose(providerA.token, internal.id, ownSolution.id), 'NOT_FOUND');
      const draft = await need({ status: NeedStatus.DRAFT });
      expectError(await propose(providerA.token, draft.id, ownSolution.id), 'NOT_FOUND');
      // Another organisation's draft is not even readable.
      const otherDraft = await solutionB({ status: SolutionStatus.DRAFT });
      expectError(await propose(providerA.token, open.id, otherDraft.id), 'NOT_FOUND');
      expectError(await propose(providerA.token, MISSING_ID, ownSolution.id), 'NOT_FOUND');

      // The working group may propose for the INTERNAL need.
      dataOf(await propose(coordinator.token, internal.id, ownSolution.id));
      expect(await rowCount(t, 'match')).toBe(before + 1);
    });

    it('refuses DRAFT and ARCHIVED solutions with BAD_USER_INPUT naming the status', async () => {
      const before = await rowCount(t, 'match');
      const n = await need();
      for (const status of [SolutionStatus.DRAFT, SolutionStatus.ARCHIVED]) {
        for (const who of [coordinator, staff, providerA]) {
          // Staff may not read a DRAFT or ARCHIVED solution at all.
          const s = await solutionA({ status });
          const res = await propose(who.token, n.id, s.id);
          if (who === staff) {
            expectError(res, 'NOT_FOUND');
          } else {
            expectError(res, 'BAD_USER_INPUT', 'solutionId');
            expect(messageOf(res)).toContain(status);
          }
        }
      }
      expect(await rowCount(t, 'match')).toBe(before);
    });

    it('refuses DRAFT and CLOSED needs with BAD_USER_INPUT naming the status', async () => {
      const before = await rowCount(t, 'match');
      const s = await solutionA();
      for (const status of [NeedStatus.DRAFT, NeedStatus.CLOSED]) {
        for (const who of [admin, coordinator, staff]) {
          const n = await need({ status }); // logged by `staff`, so staff reads even the draft
          const res = await propose(who.token, n.id, s.id);
          expectError(res, 'BAD_USER_INPUT', 'needId');
          expect(messageOf(res)).toContain(status);
        }
      }
      expect(await rowCount(t, 'match')).toBe(before);
    });

    it('refuses a second live match of a pair with CONFLICT (PROPOSED, UNDER_REVIEW, ACCEPTED)', async () => {
      const m = await matchIn('PROPOSED');
      const pair = [m.need.id, m.solution.id] as const;
      expectError(await propose(coordinator.token, ...pair), 'CONFLICT');
      expectError(await propose(staff.token, ...pair), 'CONFLICT');

      dataOf(await startReview(coordinator.token, m.id));
      expectError(await propose(admin.token, ...pair), 'CONFLICT');

      dataOf(await review(admin.token, m.id));
      dataOf(await decide(coordinator.token, m.id, 'ACCEPTED'));
      const again = await propose(admin.token, ...pair);
      expectError(again, 'CONFLICT');
      expect(messageOf(again)).toMatch(/already proposed/);

      expect(await pairRows(...pair)).toEqual([{ id: m.id, status: 'ACCEPTED' }]);
    });

    it('allows the pair again after it was WITHDRAWN or REJECTED', async () => {
      for (const status of ['WITHDRAWN', 'REJECTED']) {
        const old = await matchIn(status);
        expect(old.status).toBe(status);
        const fresh = dataOf(
          await propose(coordinator.token, old.need.id, old.solution.id),
        ).proposeMatch;
        expect(fresh.id).not.toBe(old.id);
        expect(fresh.status).toBe('PROPOSED');
        const rows = await pairRows(old.need.id, old.solution.id);
        expect(rows.map((r) => r.status).sort()).toEqual(['PROPOSED', status].sort());
        // ...and only once more while that one is live.
        expectError(await propose(admin.token, old.need.id, old.solution.id), 'CONFLICT');
      }
    });

    it('settles concurrent proposals of one pair: exactly one success, the others CONFLICT', async () => {
      for (let round = 0; round < 5; round++) {
        const n = await need();
        const s = await solutionA();
        const results = await Promise.all([
          propose(coordinator.token, n.id, s.id),
          propose(staff.token, n.id, s.id),
        ]);
        const wins = results.filter((r) => !r.errors);
        const losses = results.filter((r) => r.errors);
        expect(wins).toHaveLength(1);
        expect(losses).toHaveLength(1);
        expectError(losses[0], 'CONFLICT');
        expect(await pairRows(n.id, s.id)).toEqual([
          { id: wins[0].data!.proposeMatch.id, status: 'PROPOSED' },
        ]);
      }
      // Many at once, too.
      const n = await need();
      const s = await solutionA();
      const proposers = [admin, coordinator, coordinator2, staff, staff2, providerA, providerA2];
      const results = await Promise.all(proposers.map((p) => propose(p.token, n.id, s.id)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const loss of results.filter((r) => r.errors)) expectError(loss, 'CONFLICT');
      expect(await pairRows(n.id, s.id)).toHaveLength(1);
    });

    it("records the engine's score for the pair at the moment of proposing", async () => {
      const n = await need({
        title: 'Registre foncier numérique',
        description: 'Numériser le cadastre et les titres fonciers de trois régions.',
        domainCodes: ['PUBLIC_ADMINISTRATION'],
        countryCode: 'SN',
      });
      const s = await solutionA({
        title: 'Digital land registry',
        summary: 'Land titles and cadastre, online.',
        domainCodes: ['PUBLIC_ADMINISTRATION'],
        countryCodesDeployed: ['SN'],
        maturity: Maturity.DEPLOYED,
      });
      const expected = await suggestedScore(n.id, s.id);
      expect(typeof expected).toBe('number');
      expect(expected!).toBeGreaterThan(0);
      expect(expected!).toBeLessThanOrEqual(1);

      const first = dataOf(await propose(coordinator.token, n.id, s.id)).proposeMatch;
      expect(first.score).toBe(expected); // stored as real: six decimals survive exactly
      expect(first.score).toBeGreaterThanOrEqual(0);
      expect(first.score).toBeLessThanOrEqual(1);
      expect((await dbMatch(first.id)).score).toBeCloseTo(expected!, 6);

      // The solution changes; a new proposal records the new score, the old one keeps its own.
      dataOf(await withdraw(coordinator.token, first.id));
      await t.db
        .getRepository(Solution)
        .update(s.id, { countryCodesDeployed: [], maturity: Maturity.IDEA });
      const later = await suggestedScore(n.id, s.id);
      expect(later).not.toBeNull();
      expect(later!).toBeLessThan(expected! - 0.1);
      const second = dataOf(await propose(coordinator.token, n.id, s.id)).proposeMatch;
      expect(second.score).toBe(later);
      expect(dataOf(await readMatch(coordinator.token, first.id)).match.score).toBeCloseTo(
        expected!,
        6,
      );
    });

    it('records a null score when the engine would not suggest the pair', async () => {
      const n = await need({
        title: 'Irrigation goutte à goutte',
        description: 'Des capteurs pour les périmètres irrigués.',
        domainCodes: ['AGRICULTURE'],
      });
      const s = await solutionA({
        title: 'Security operations centre',
        summary: 'Round-the-clock monitoring of intrusions.',
        description: 'A managed service for national CERTs.',
        domainCodes: ['CYBERSECURITY'],
      });
      expect(await suggestedScore(n.id, s.id)).toBeNull();
      const m = dataOf(await propose(staff.token, n.id, s.id)).proposeMatch;
      expect(m.score).toBeNull();
      expect((await dbMatch(m.id)).score).toBeNull();
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      const n = await need();
      const s = await solutionA();
      expectError(
        await t.gql(PROPOSE, { input: { needId: n.id, solutionId: s.id } }),
        'UNAUTHENTICATED',
      );
      expect(await pairRows(n.id, s.id)).toEqual([]);
    });
  });

  // ---- startReview --------------------------------------------------------

  describe('startReview', () => {
    it('lets ADMIN and COORDINATOR open a review; STAFF and PROVIDER get FORBIDDEN', async () => {
      const m = await matchIn('PROPOSED', providerA);
      for (const who of [staff, staff2, providerA, providerA2]) {
        const res = await startReview(who.token, m.id);
        expectError(res, 'FORBIDDEN');
        expect(messageOf(res)).toMatch(/coordinators/);
      }
      expect((await dbMatch(m.id)).status).toBe('PROPOSED');

      const opened = dataOf(await startReview(coordinator.token, m.id)).startReview;
      expect(opened).toMatchObject({ id: m.id, status: 'UNDER_REVIEW', version: 2 });
      expect((await dbMatch(m.id)).status).toBe('UNDER_REVIEW');

      const other = await matchIn('PROPOSED');
      expect(dataOf(await startReview(admin.token, other.id)).startReview.status).toBe(
        'UNDER_REVIEW',
      );
    });

    it('refuses every other starting state with BAD_USER_INPUT naming it', async () => {
      for (const status of ['UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']) {
        const m = await matchIn(status);
        const before = await dbMatch(m.id);
        const res = await startReview(coordinator.token, m.id);
        expectError(res, 'BAD_USER_INPUT');
        expect(messageOf(res)).toContain(status);
        expect(res.errors![0].extensions!.currentStatus).toBe(status);
        const after = await dbMatch(m.id);
        expect(after.status).toBe(status);
        expect(after.version).toBe(before.version);
      }
    });

    it('answers NOT_FOUND for an unknown match and BAD_USER_INPUT for a malformed id', async () => {
      expectError(await startReview(coordinator.token, MISSING_ID), 'NOT_FOUND');
      expectError(await startReview(coordinator.token, 'not-a-uuid'), 'BAD_USER_INPUT');
    });
  });

  // ---- reviewMatch --------------------------------------------------------

  describe('reviewMatch', () => {
    it('lets ADMIN, COORDINATOR and MINISTRY_STAFF review; a provider is FORBIDDEN', async () => {
      const m = await matchIn('UNDER_REVIEW'); // proposed by `staff`
      const given = [
        { who: admin, values: { recommendation: 'ACCEPT', relevance: 5 } },
        { who: coordinator, values: { recommendation: 'REJECT', feasibility: 1 } },
        { who: staff2, values: { recommendation: 'ABSTAIN', comment: null } },
      ];
      for (const { who, values } of given) {
        const r = dataOf(await review(who.token, m.id, values)).reviewMatch;
        expect(r).toMatchObject({ ...RUBRIC, ...values, reviewer: { id: who.user.id } });
        expect(r).not.toHaveProperty('matchId');
      }
      for (const who of [providerA, providerB]) {
        const res = await review(who.token, m.id);
        expectError(res, 'FORBIDDEN');
        expect(messageOf(res)).toMatch(/role/);
      }
      const read = dataOf(await readMatch(coordinator.token, m.id)).match;
      expect(read.status).toBe('UNDER_REVIEW');
      expect(read.reviews.map((r: M) => r.reviewer.id).sort()).toEqual(
        [admin.user.id, coordinator.user.id, staff2.user.id].sort(),
      );
      const byCoordinator = read.reviews.find((r: M) => r.reviewer.id === coordinator.user.id);
      expect(byCoordinator).toMatchObject({
        recommendation: 'REJECT',
        relevance: 4,
        feasibility: 1,
        sustainability: 5,
        principlesAlignment: 2,
      });
      expect(await reviewRows(m.id)).toHaveLength(3);
    });

    it('takes reviews only while UNDER_REVIEW, naming the current state otherwise', async () => {
      for (const status of ['PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']) {
        const m = await matchIn(status);
        const before = (await reviewRows(m.id)).length;
        const res = await review(coordinator2.token, m.id);
        expectError(res, 'BAD_USER_INPUT');
        expect(messageOf(res)).toContain(status);
        expect(res.errors![0].extensions!.currentStatus).toBe(status);
        expect(await reviewRows(m.id)).toHaveLength(before);
      }
    });

    it('refuses the proposer with FORBIDDEN and the reason', async () => {
      for (const proposer of [staff, coordinator2]) {
        const m = await matchIn('UNDER_REVIEW', proposer);
        const res = await review(proposer.token, m.id);
        expectError(res, 'FORBIDDEN');
        expect(messageOf(res)).toMatch(/You proposed this match/);
        expect(await reviewRows(m.id)).toHaveLength(0);
      }
    });

    it("refuses a reviewer from the solution's own organisation with FORBIDDEN and the reason", async () => {
      const m = await matchIn('UNDER_REVIEW'); // organisation A's solution
      // The providers of organisation A are stopped by their role first...
      const byRole = await review(providerA2.token, m.id);
      expectError(byRole, 'FORBIDDEN');
      expect(messageOf(byRole)).toMatch(/role/);
      // ...and a reviewer role with organisation A is stopped by the conflict of interest.
      const conflicted = await review(coordinatorOfA.token, m.id);
      expectError(conflicted, 'FORBIDDEN');
      expect(messageOf(conflicted)).toMatch(/your own organisation/);
      expect(await reviewRows(m.id)).toHaveLength(0);

      // The same coordinator reviews organisation B's solution.
      const n = await need();
      const s = await solutionB();
      const other = dataOf(await propose(staff.token, n.id, s.id)).proposeMatch;
      dataOf(await startReview(coordinator.token, other.id));
      const r = dataOf(await review(coordinatorOfA.token, other.id)).reviewMatch;
      expect(r.reviewer.id).toBe(coordinatorOfA.user.id);
    });

    it('refuses rubric scores outside 1..5 with BAD_USER_INPUT naming the field', async () => {
      const m = await matchIn('UNDER_REVIEW');
      for (const field of ['relevance', 'feasibility', 'sustainability', 'principlesAlignment']) {
        for (const value of [0, 6, -1, 100]) {
          const res = await review(coordinator.token, m.id, { [field]: value });
          expectError(res, 'BAD_USER_INPUT', field);
          expect(messageOf(res)).toContain(field);
        }
      }
      expect(await reviewRows(m.id)).toHaveLength(0);
      // The bounds themselves are fine.
      dataOf(await review(coordinator.token, m.id, { relevance: 1, feasibility: 5 }));
      expect(await reviewRows(m.id)).toHaveLength(1);
    });

    it('replaces the first review of a reviewer with their second', async () => {
      const m = await matchIn('UNDER_REVIEW');
      dataOf(await review(admin.token, m.id, { comment: 'First thoughts.' }));
      dataOf(await review(coordinator.token, m.id));
      const second = dataOf(
        await review(admin.token, m.id, {
          recommendation: 'REJECT',
          relevance: 1,
          feasibility: 2,
          sustainability: 3,
          principlesAlignment: 4,
          comment: 'On reflection, no.',
        }),
      ).reviewMatch;
      expect(second).toMatchObject({ recommendation: 'REJECT', comment: 'On reflection, no.' });

      const reviews = dataOf(await readMatch(staff.token, m.id)).match.reviews as M[];
      expect(reviews).toHaveLength(2);
      const byAdmin = reviews.filter((r) => r.reviewer.id === admin.user.id);
      expect(byAdmin).toHaveLength(1);
      expect(byAdmin[0]).toMatchObject({
        recommendation: 'REJECT',
        relevance: 1,
        feasibility: 2,
        sustainability: 3,
        principlesAlignment: 4,
        comment: 'On reflection, no.',
      });
      const rows = await reviewRows(m.id);
      expect(rows.filter((r) => r.reviewer_id === admin.user.id)).toHaveLength(1);
    });

    it('keeps one row for one reviewer under 20 concurrent reviews', async () => {
      const m = await matchIn('UNDER_REVIEW');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          review(coordinator.token, m.id, { relevance: (i % 5) + 1, comment: `take ${i}` }),
        ),
      );
      for (const res of results) expect(res.errors).toBeUndefined();
      const rows = await reviewRows(m.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].reviewer_id).toBe(coordinator.user.id);
      // The row is one of the 20 reviews, whole.
      const i = Number(/^take (\d+)$/.exec(rows[0].comment)![1]);
      expect(rows[0].relevance).toBe((i % 5) + 1);
      const reviews = dataOf(await readMatch(coordinator.token, m.id)).match.reviews;
      expect(reviews).toHaveLength(1);
    });
  });

  // ---- decideMatch --------------------------------------------------------

  describe('decideMatch', () => {
    /** Under review with one review (by the admin), proposed by `proposer`. */
    async function reviewed(proposer: Signed = staff): Promise<M> {
      const m = await matchIn('UNDER_REVIEW', proposer);
      dataOf(await review(admin.token, m.id));
      return m;
    }

    it('lets only ADMIN and COORDINATOR decide', async () => {
      const m = await reviewed();
      for (const who of [staff, staff2, providerA, providerB]) {
        const res = await decide(who.token, m.id, 'ACCEPTED');
        expectError(res, 'FORBIDDEN');
        expect(messageOf(res)).toMatch(/coordinators/);
      }
      expect((await dbMatch(m.id)).status).toBe('UNDER_REVIEW');

      const accepted = dataOf(await decide(admin.token, m.id, 'ACCEPTED', 'Go ahead.')).decideMatch;
      expect(accepted).toMatchObject({
        status: 'ACCEPTED',
        decidedBy: { id: admin.user.id },
        decisionNote: 'Go ahead.',
        version: 3,
      });
      const row = await dbMatch(m.id);
      expect(row).toMatchObject({ status: 'ACCEPTED', decidedById: admin.user.id });
      expect(row.decidedAt).toBeInstanceOf(Date);

      const other = await reviewed();
      expect(
        dataOf(await decide(coordinator.token, other.id, 'REJECTED')).decideMatch,
      ).toMatchObject({ status: 'REJECTED', decidedBy: { id: coordinator.user.id } });
    });

    it('needs at least one review', async () => {
      const m = await matchIn('UNDER_REVIEW');
      const res = await decide(coordinator.token, m.id, 'ACCEPTED');
      expectError(res, 'BAD_USER_INPUT');
      expect(messageOf(res)).toMatch(/review/);
      const row = await dbMatch(m.id);
      expect(row).toMatchObject({ status: 'UNDER_REVIEW', decidedById: null });
      expect((await dbNeed(m.need.id)).status).toBe('OPEN');

      dataOf(await review(staff2.token, m.id));
      expect(dataOf(await decide(coordinator.token, m.id, 'ACCEPTED')).decideMatch.status).toBe(
        'ACCEPTED',
      );
    });

    it('refuses the proposer with FORBIDDEN and the reason', async () => {
      const m = await reviewed(coordinator2);
      const res = await decide(coordinator2.token, m.id, 'ACCEPTED');
      expectError(res, 'FORBIDDEN');
      expect(messageOf(res)).toMatch(/You proposed this match/);
      expect((await dbMatch(m.id)).status).toBe('UNDER_REVIEW');
      expect(dataOf(await decide(coordinator.token, m.id, 'ACCEPTED')).decideMatch.status).toBe(
        'ACCEPTED',
      );
    });

    it('takes only ACCEPTED or REJECTED as the decision', async () => {
      const m = await reviewed();
      for (const status of ['PROPOSED', 'UNDER_REVIEW', 'WITHDRAWN']) {
        const res = await decide(coordinator.token, m.id, status);
        expectError(res, 'BAD_USER_INPUT', 'status');
      }
      expectError(await decide(coordinator.token, m.id, 'MAYBE'), 'BAD_USER_INPUT');
      expect((await dbMatch(m.id)).status).toBe('UNDER_REVIEW');
    });

    it('decides only under review: PROPOSED and WITHDRAWN matches get BAD_USER_INPUT naming the state', async () => {
      for (const status of ['PROPOSED', 'WITHDRAWN']) {
        const m = await matchIn(status);
        const res = await decide(coordinator.token, m.id, 'ACCEPTED');
        expectError(res, 'BAD_USER_INPUT');
        expect(messageOf(res)).toContain(status);
        expect((await dbMatch(m.id)).status).toBe(status);
      }
    });

    it('ACCEPTED moves an OPEN need to MATCHED and increments its version, once', async () => {
      const m = await reviewed();
      expect(await dbNeed(m.need.id)).toMatchObject({ status: 'OPEN', version: 1 });
      const accepted = dataOf(await decide(coordinator.token, m.id, 'ACCEPTED')).decideMatch;
      expect(accepted.need).toEqual({ id: m.need.id, status: 'MATCHED', version: 2 });
      expect(await dbNeed(m.need.id)).toMatchObject({ status: 'MATCHED', version: 2 });

      // A second accepted solution for the same (now MATCHED) need leaves it as it is.
      const s = await solutionA();
      const second = dataOf(await propose(staff.token, m.need.id, s.id)).proposeMatch;
      dataOf(await startReview(coordinator.token, second.id));
      dataOf(await review(admin.token, second.id));
      dataOf(await decide(coordinator.token, second.id, 'ACCEPTED'));
      expect(await dbNeed(m.need.id)).toMatchObject({ status: 'MATCHED', version: 2 });
    });

    it('refuses to accept once the need was CLOSED (or back to DRAFT) meanwhile, naming its state', async () => {
      for (const status of [NeedStatus.CLOSED, NeedStatus.DRAFT]) {
        const m = await reviewed();
        await t.db.getRepository(Need).update(m.need.id, { status });
        const events = await rowCount(t, 'audit_event');
        const res = await decide(coordinator.token, m.id, 'ACCEPTED');
        expectError(res, 'BAD_USER_INPUT', 'matchId');
        expect(res.errors![0].extensions).toMatchObject({ needStatus: status });
        expect(messageOf(res)).toContain(status);
        expect(await dbMatch(m.id)).toMatchObject({ status: 'UNDER_REVIEW', decidedById: null });
        expect(await dbNeed(m.need.id)).toMatchObject({ status, version: 1 });
        expect(await rowCount(t, 'audit_event')).toBe(events);
        // Rejecting it stays possible: it clears the queue and changes no need.
        expect(dataOf(await decide(coordinator.token, m.id, 'REJECTED')).decideMatch.status).toBe(
          'REJECTED',
        );
        expect(await dbNeed(m.need.id)).toMatchObject({ status, version: 1 });
      }
    });

    it('refuses to accept once the solution was ARCHIVED (or back to DRAFT) meanwhile, naming its state', async () => {
      for (const status of [SolutionStatus.ARCHIVED, SolutionStatus.DRAFT]) {
        const m = await reviewed();
        await t.db.getRepository(Solution).update(m.solution.id, { status });
        const res = await decide(coordinator.token, m.id, 'ACCEPTED');
        expectError(res, 'BAD_USER_INPUT', 'matchId');
        expect(res.errors![0].extensions).toMatchObject({ solutionStatus: status });
        expect(messageOf(res)).toContain(status);
        expect(await dbMatch(m.id)).toMatchObject({ status: 'UNDER_REVIEW', decidedById: null });
        expect(await dbNeed(m.need.id)).toMatchObject({ status: 'OPEN', version: 1 });
        expect(dataOf(await decide(coordinator.token, m.id, 'REJECTED')).decideMatch.status).toBe(
          'REJECTED',
        );
      }
    });

    it('re-checks the need under lock: a need closed while the decision waited is not matched', async () => {
      const m = await reviewed();
      // Another transaction holds the need's row, closes it and commits while the decision waits.
      const runner = t.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SELECT id FROM need WHERE id = $1 FOR UPDATE', [m.need.id]);
        const decision = decide(coordinator.token, m.id, 'ACCEPTED');
        await waitForLockWait();
        await runner.query(`UPDATE need SET status = 'CLOSED' WHERE id = $1`, [m.need.id]);
        await runner.commitTransaction();
        const res = await decision;
        expectError(res, 'BAD_USER_INPUT', 'matchId');
        expect(res.errors![0].extensions).toMatchObject({ needStatus: 'CLOSED' });
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await dbMatch(m.id)).toMatchObject({ status: 'UNDER_REVIEW' });
      expect((await dbNeed(m.need.id)).status).toBe('CLOSED');
    });

    it('REJECTED leaves the need OPEN', async () => {
      const m = await reviewed();
      const rejected = dataOf(
        await decide(coordinator.token, m.id, 'REJECTED', 'Not now.'),
      ).decideMatch;
      expect(rejected).toMatchObject({
        status: 'REJECTED',
        decisionNote: 'Not now.',
        need: { id: m.need.id, status: 'OPEN', version: 1 },
      });
      expect(await dbNeed(m.need.id)).toMatchObject({ status: 'OPEN', version: 1 });
    });

    it('refuses a second decision with CONFLICT naming the decision that stands', async () => {
      for (const [first, second] of [
        ['ACCEPTED', 'REJECTED'],
        ['REJECTED', 'ACCEPTED'],
        ['ACCEPTED', 'ACCEPTED'],
      ]) {
        const m = await reviewed();
        dataOf(await decide(coordinator.token, m.id, first));
        const res = await decide(coordinator2.token, m.id, second);
        expectError(res, 'CONFLICT');
        expect(messageOf(res)).toContain(first);
        const row = await dbMatch(m.id);
        expect(row).toMatchObject({ status: first, decidedById: coordinator.user.id });
        expect((await dbNeed(m.need.id)).status).toBe(first === 'ACCEPTED' ? 'MATCHED' : 'OPEN');
      }
    });

    it('lets exactly one of two simultaneous decisions stand; the other gets CONFLICT', async () => {
      for (let round = 0; round < 10; round++) {
        const m = await reviewed();
        const [a, b] = round % 2 ? ['ACCEPTED', 'REJECTED'] : ['REJECTED', 'ACCEPTED'];
        const deciders = [
          { who: coordinator, status: a },
          { who: coordinator2, status: b },
        ];
        const results = await Promise.all(
          deciders.map((d) => decide(d.who.token, m.id, d.status, `by ${d.who.user.id}`)),
        );
        const won = results.map((r) => !r.errors);
        expect(won.filter(Boolean)).toHaveLength(1);
        const loser = results[won.indexOf(false)];
        expectError(loser, 'CONFLICT');
        const winner = deciders[won.indexOf(true)];
        const row = await dbMatch(m.id);
        expect(row).toMatchObject({
          status: winner.status,
          decidedById: winner.who.user.id,
          decisionNote: `by ${winner.who.user.id}`,
          version: 3,
        });
        expect(await dbNeed(m.need.id)).toMatchObject(
          winner.status === 'ACCEPTED'
            ? { status: 'MATCHED', version: 2 }
            : { status: 'OPEN', version: 1 },
        );
      }
    });
  });

  // ---- withdrawMatch ------------------------------------------------------

  describe('withdrawMatch', () => {
    it('lets only the proposer withdraw; others get FORBIDDEN, or NOT_FOUND if they cannot read it', async () => {
      const m = await matchIn('PROPOSED', providerA);
      for (const who of [providerA2, admin, coordinator, staff]) {
        const res = await withdraw(who.token, m.id);
        expectError(res, 'FORBIDDEN');
        expect(messageOf(res)).toMatch(/proposed/);
      }
      expectError(await withdraw(providerB.token, m.id), 'NOT_FOUND');
      expect((await dbMatch(m.id)).status).toBe('PROPOSED');

      const done = dataOf(await withdraw(providerA.token, m.id)).withdrawMatch;
      expect(done).toMatchObject({ id: m.id, status: 'WITHDRAWN', decidedBy: null, version: 2 });
    });

    it('withdraws from PROPOSED and from UNDER_REVIEW (reviews and all)', async () => {
      const proposed = await matchIn('PROPOSED');
      expect(dataOf(await withdraw(staff.token, proposed.id)).withdrawMatch.status).toBe(
        'WITHDRAWN',
      );
      const underReview = await matchIn('UNDER_REVIEW');
      dataOf(await review(admin.token, underReview.id));
      expect(dataOf(await withdraw(staff.token, underReview.id)).withdrawMatch.status).toBe(
        'WITHDRAWN',
      );
      expect((await dbMatch(underReview.id)).status).toBe('WITHDRAWN');
      expect((await dbNeed(underReview.need.id)).status).toBe('OPEN');
    });

    it('refuses after a decision (or a withdrawal) with BAD_USER_INPUT naming the state', async () => {
      for (const status of ['ACCEPTED', 'REJECTED', 'WITHDRAWN']) {
        const m = await matchIn(status);
        const res = await withdraw(staff.token, m.id);
        expectError(res, 'BAD_USER_INPUT');
        expect(messageOf(res)).toContain(status);
        expect((await dbMatch(m.id)).status).toBe(status);
      }
    });
  });

  // ---- reading ------------------------------------------------------------

  describe('reading matches', () => {
    let n: Need;
    let sA: Solution;
    let sB: Solution;
    let mA: M; // organisation A's solution for n
    let mB: M; // organisation B's solution for n
    let internalMatch: M; // organisation A's solution for an INTERNAL need

    beforeAll(async () => {
      n = await need();
      sA = await solutionA();
      sB = await solutionB();
      mA = dataOf(await propose(coordinator.token, n.id, sA.id)).proposeMatch;
      mB = dataOf(await propose(staff.token, n.id, sB.id)).proposeMatch;
      const internal = await need({ visibility: Visibility.INTERNAL });
      internalMatch = dataOf(await propose(coordinator.token, internal.id, sA.id)).proposeMatch;
    });

    const ids = (conn: Conn) => conn.edges.map((e) => e.node.id).sort();

    it("shows a provider only its own organisation's matches", async () => {
      const asA = dataOf(await list(providerA.token, { filter: { needId: n.id } })).matches;
      expect(ids(asA)).toEqual([mA.id]);
      expect(asA.totalCount).toBe(1);
      const asB = dataOf(await list(providerB.token, { filter: { needId: n.id } })).matches;
      expect(ids(asB)).toEqual([mB.id]);

      expect(dataOf(await readMatch(providerA.token, mA.id)).match).toMatchObject({
        id: mA.id,
        need: { id: n.id },
        solution: { id: sA.id },
      });
      expectError(await readMatch(providerA.token, mB.id), 'NOT_FOUND');
      expectError(await readMatch(providerB.token, mA.id), 'NOT_FOUND');
      // Its own solution, but a need it may not read: hidden too.
      expectError(await readMatch(providerA.token, internalMatch.id), 'NOT_FOUND');

      const all = dataOf(await list(providerA.token, { first: 100 })).matches;
      expect(all.edges.map((e) => e.node.id)).not.toContain(mB.id);
      expect(all.edges.map((e) => e.node.id)).not.toContain(internalMatch.id);
      for (const e of all.edges) {
        const read = dataOf(await readMatch(admin.token, e.node.id)).match;
        expect(read.solution.provider.id).toBe(orgA.id);
      }

      const needMatches = dataOf(await t.gql(NEED_MATCHES, { id: n.id }, providerA.token)).need;
      expect(needMatches.matches.map((m: M) => m.id)).toEqual([mA.id]);
      const otherSolution = dataOf(
        await t.gql(SOLUTION_MATCHES, { id: sB.id }, providerA.token),
      ).solution;
      expect(otherSolution.matches).toEqual([]);
      const ownSolution = dataOf(
        await t.gql(SOLUTION_MATCHES, { id: sA.id }, providerA.token),
      ).solution;
      expect(ownSolution.matches.map((m: M) => m.id)).toEqual([mA.id]);
    });

    it('shows staff, coordinators and admins every match', async () => {
      for (const who of [staff, coordinator, admin]) {
        const byNeed = dataOf(await list(who.token, { filter: { needId: n.id } })).matches;
        expect(ids(byNeed)).toEqual([mA.id, mB.id].sort());
        expect(byNeed.totalCount).toBe(2);
        expect(dataOf(await readMatch(who.token, mB.id)).match.id).toBe(mB.id);
        expect(dataOf(await readMatch(who.token, internalMatch.id)).match.id).toBe(
          internalMatch.id,
        );

        const needMatches = dataOf(await t.gql(NEED_MATCHES, { id: n.id }, who.token)).need;
        expect(needMatches.matches.map((m: M) => m.id).sort()).toEqual([mA.id, mB.id].sort());
        const solutionMatches = dataOf(
          await t.gql(SOLUTION_MATCHES, { id: sA.id }, who.token),
        ).solution;
        expect(solutionMatches.matches.map((m: M) => m.id).sort()).toEqual(
          [mA.id, internalMatch.id].sort(),
        );
      }
      expectError(await readMatch(staff.token, MISSING_ID), 'NOT_FOUND');
    });

    it('filters by statuses, needId and solutionId', async () => {
      const target = await need();
      const [s1, s2, s3] = [await solutionA(), await solutionA(), await solutionB()];
      const m1 = dataOf(await propose(staff.token, target.id, s1.id)).proposeMatch;
      const m2 = dataOf(await propose(staff.token, target.id, s2.id)).proposeMatch;
      const m3 = dataOf(await propose(staff.token, target.id, s3.id)).proposeMatch;
      dataOf(await startReview(coordinator.token, m2.id));
      dataOf(await withdraw(staff.token, m3.id));

      const q = async (filter: Record<string, unknown>) =>
        ids(dataOf(await list(coordinator.token, { filter })).matches);
      expect(await q({ needId: target.id })).toEqual([m1.id, m2.id, m3.id].sort());
      expect(await q({ needId: target.id, statuses: ['PROPOSED'] })).toEqual([m1.id]);
      expect(await q({ needId: target.id, statuses: ['UNDER_REVIEW', 'WITHDRAWN'] })).toEqual(
        [m2.id, m3.id].sort(),
      );
      expect(await q({ needId: target.id, statuses: ['ACCEPTED'] })).toEqual([]);
      expect(await q({ solutionId: s2.id })).toEqual([m2.id]);
      expect(await q({ needId: target.id, solutionId: s3.id, statuses: ['WITHDRAWN'] })).toEqual([
        m3.id,
      ]);
      expect(await q({ needId: n.id, solutionId: s1.id })).toEqual([]);
      // A provider's filter stays inside its own organisation.
      const asA = dataOf(await list(providerA.token, { filter: { needId: target.id } })).matches;
      expect(ids(asA)).toEqual([m1.id, m2.id].sort());

      expectError(
        await list(coordinator.token, { filter: { statuses: ['PENDING'] } }),
        'BAD_USER_INPUT',
      );
      expectError(
        await list(coordinator.token, { filter: { needId: 'not-a-uuid' } }),
        'BAD_USER_INPUT',
      );
    });

    it('resolves need, solution, proposedBy, decidedBy and reviews { reviewer }', async () => {
      const m = await matchIn('ACCEPTED'); // staff proposes, admin reviews, coordinator decides
      const read = dataOf(await readMatch(staff2.token, m.id)).match;
      expect(read).toMatchObject({
        id: m.id,
        status: 'ACCEPTED',
        need: { id: m.need.id, status: 'MATCHED' },
        solution: { id: m.solution.id, provider: { id: orgA.id } },
        proposedBy: { id: staff.user.id },
        decidedBy: { id: coordinator.user.id },
      });
      expect(read.reviews).toHaveLength(1);
      expect(read.reviews[0]).toMatchObject({
        ...RUBRIC,
        reviewer: { id: admin.user.id },
      });
      expect(typeof read.reviews[0].createdAt).toBe('string');
      expect(Date.parse(read.createdAt)).not.toBeNaN();

      const undecided = dataOf(await readMatch(staff2.token, mA.id)).match;
      expect(undecided).toMatchObject({ decidedBy: null, reviews: [] });
    });

    it('takes first from 0 to 100 and refuses anything else', async () => {
      const zero = dataOf(
        await list(coordinator.token, { filter: { needId: n.id }, first: 0 }),
      ).matches;
      expect(zero).toMatchObject({ totalCount: 2, edges: [], pageInfo: { hasNextPage: true } });
      const one = dataOf(
        await list(coordinator.token, { filter: { needId: n.id }, first: 1 }),
      ).matches;
      expect(one.edges).toHaveLength(1);
      expect(one.pageInfo.hasNextPage).toBe(true);
      const rest = dataOf(
        await list(coordinator.token, {
          filter: { needId: n.id },
          first: 1,
          after: one.pageInfo.endCursor,
        }),
      ).matches;
      expect(rest.edges).toHaveLength(1);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect([one.edges[0].node.id, rest.edges[0].node.id].sort()).toEqual([mA.id, mB.id].sort());
      dataOf(await list(coordinator.token, { first: 100 }));
      for (const first of [101, -1, 1000]) {
        expectError(await list(coordinator.token, { first }), 'BAD_USER_INPUT', 'first');
      }
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      expectError(await t.gql(MATCHES, {}), 'UNAUTHENTICATED');
      expectError(await t.gql(MATCH, { id: mA.id }), 'UNAUTHENTICATED');
    });
  });
});
