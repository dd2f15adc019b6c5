import { MatchStatus, NeedStatus, Role } from '../src/common/enums';
import { Match } from '../src/matching/entities/match.entity';
import { Need } from '../src/needs/entities/need.entity';
import { User } from '../src/users/entities/user.entity';
import { GqlResponse, startTestApp, TestApp } from './support/app';
import { dataOf, expectError, rowCount } from './support/assertions';
import { Factory } from './support/factories';

// Signing users in (argon2) takes a while.
jest.setTimeout(60_000);

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id status version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) {
  updateNeed(id: $id, input: $input) { id status version }
}`;
const PROPOSE = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`;
const START = `mutation($id: ID!) { startReview(matchId: $id) { id } }`;
const REVIEW = `mutation($input: ReviewMatchInput!) { reviewMatch(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideMatchInput!) {
  decideMatch(input: $input) { id status need { id status version } }
}`;

type Signed = { user: User; token: string };

const messageOf = (res: GqlResponse) => res.errors?.[0]?.message ?? '';

/**
 * A need's status follows the work (src/needs/need-status.ts): an edit moves
 * it between DRAFT, OPEN and CLOSED; only an accepted match makes it MATCHED,
 * and while one stands no edit takes it back to OPEN (or DRAFT).
 */
describe("a need's status", () => {
  let t: TestApp;
  let f: Factory;
  let staff: Signed;
  let coordinator: Signed;
  let admin: Signed;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    [staff, coordinator, admin] = await Promise.all([
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.ADMIN),
    ]);
  });
  afterAll(() => t.close());

  const dbNeed = (id: string) => t.db.getRepository(Need).findOneByOrFail({ id });
  const update = (id: string, input: Record<string, unknown>, token = staff.token) =>
    t.gql(UPDATE, { id, input }, token);
  const create = (status: string, token = staff.token) =>
    t.gql(
      CREATE,
      {
        input: {
          title: `Need logged as ${status}`,
          description: 'Digitalise the civil registry.',
          countryCode: 'SN',
          domainCodes: ['PUBLIC_ADMINISTRATION'],
          status,
        },
      },
      token,
    );

  /** A need of `staff`'s ministry with a match accepted through the workflow: MATCHED, version 2. */
  async function matchedNeed(): Promise<Need> {
    const need = await f.need(staff.user);
    const provider = await f.user(Role.SOLUTION_PROVIDER);
    const solution = await f.solution(provider);
    const { proposeMatch } = dataOf(
      await t.gql(PROPOSE, { input: { needId: need.id, solutionId: solution.id } }, staff.token),
    );
    dataOf(await t.gql(START, { id: proposeMatch.id }, coordinator.token));
    dataOf(
      await t.gql(
        REVIEW,
        {
          input: {
            matchId: proposeMatch.id,
            recommendation: 'ACCEPT',
            relevance: 4,
            feasibility: 4,
            sustainability: 4,
            principlesAlignment: 4,
          },
        },
        admin.token,
      ),
    );
    const decided = dataOf(
      await t.gql(
        DECIDE,
        { input: { matchId: proposeMatch.id, status: 'ACCEPTED' } },
        coordinator.token,
      ),
    ).decideMatch;
    expect(decided.need).toMatchObject({ status: 'MATCHED', version: 2 });
    return dbNeed(need.id);
  }

  describe('createNeed', () => {
    it('takes DRAFT or OPEN only; MATCHED and CLOSED are BAD_USER_INPUT on status', async () => {
      for (const status of ['MATCHED', 'CLOSED']) {
        const before = await rowCount(t, 'need');
        for (const token of [staff.token, coordinator.token, admin.token]) {
          const res = await create(status, token);
          expectError(res, 'BAD_USER_INPUT', 'status');
          expect(messageOf(res)).toContain(status);
        }
        expect(await rowCount(t, 'need')).toBe(before);
      }
      expect(dataOf(await create('DRAFT')).createNeed).toMatchObject({ status: 'DRAFT' });
      expect(dataOf(await create('OPEN')).createNeed).toMatchObject({ status: 'OPEN' });
    });
  });

  describe('updateNeed', () => {
    it('refuses to set MATCHED by hand: only an accepted match does, naming the current state', async () => {
      for (const from of [NeedStatus.OPEN, NeedStatus.DRAFT, NeedStatus.CLOSED]) {
        const need = await f.need(staff.user, { status: from });
        for (const token of [staff.token, coordinator.token, admin.token]) {
          const res = await update(need.id, { version: 1, status: 'MATCHED' }, token);
          expectError(res, 'BAD_USER_INPUT', 'status');
          expect(res.errors![0].extensions).toMatchObject({ currentStatus: from });
          expect(messageOf(res)).toContain(from);
        }
        // Refused whole: no other field of the same edit is written either.
        expectError(
          await update(need.id, { version: 1, title: 'Changed', status: 'MATCHED' }),
          'BAD_USER_INPUT',
          'status',
        );
        expect(await dbNeed(need.id)).toMatchObject({ status: from, version: 1 });
      }
    });

    it('refuses MATCHED → OPEN (and DRAFT) while an accepted match stands', async () => {
      const need = await matchedNeed();
      for (const status of ['OPEN', 'DRAFT']) {
        for (const token of [staff.token, admin.token]) {
          const res = await update(need.id, { version: 2, status }, token);
          expectError(res, 'BAD_USER_INPUT', 'status');
          expect(res.errors![0].extensions).toMatchObject({ currentStatus: 'MATCHED' });
          // MATCHED → DRAFT is no edit at all; MATCHED → OPEN is one, held back by the match.
          if (status === 'OPEN') expect(messageOf(res)).toMatch(/accepted match/);
        }
      }
      expect(await dbNeed(need.id)).toMatchObject({ status: 'MATCHED', version: 2 });
    });

    it('closes a MATCHED need, and does not reopen it to OPEN while its accepted match stands', async () => {
      const need = await matchedNeed();
      const closed = dataOf(await update(need.id, { version: 2, status: 'CLOSED' })).updateNeed;
      expect(closed).toMatchObject({ status: 'CLOSED', version: 3 });
      const res = await update(need.id, { version: 3, status: 'OPEN' });
      expectError(res, 'BAD_USER_INPUT', 'status');
      expect(res.errors![0].extensions).toMatchObject({ currentStatus: 'CLOSED' });
      expect(await dbNeed(need.id)).toMatchObject({ status: 'CLOSED', version: 3 });
    });

    it('lets an edit move DRAFT ⇄ OPEN, OPEN → CLOSED → OPEN, and keep the status it has', async () => {
      const need = await f.need(staff.user, { status: NeedStatus.DRAFT });
      let version = 1;
      for (const status of ['OPEN', 'DRAFT', 'OPEN', 'CLOSED', 'OPEN', 'OPEN']) {
        const edited = dataOf(await update(need.id, { version, status })).updateNeed;
        expect(edited).toMatchObject({ status, version: version + 1 });
        version++;
      }
      // A form that sends the status it read, unchanged, is an edit like any other.
      const matched = await matchedNeed();
      const kept = dataOf(
        await update(matched.id, { version: 2, status: 'MATCHED', title: 'Still matched' }),
      ).updateNeed;
      expect(kept).toMatchObject({ status: 'MATCHED', version: 3 });
    });

    it('lets a MATCHED need with no accepted match go back to OPEN (a status set by hand before)', async () => {
      const need = await f.need(staff.user, { status: NeedStatus.MATCHED });
      const reopened = dataOf(await update(need.id, { version: 1, status: 'OPEN' })).updateNeed;
      expect(reopened).toMatchObject({ status: 'OPEN', version: 2 });
    });

    it('answers a stale version with CONFLICT before judging the status', async () => {
      const need = await f.need(staff.user);
      dataOf(await update(need.id, { version: 1, title: 'First' }));
      const res = await update(need.id, { version: 1, status: 'MATCHED' });
      expectError(res, 'CONFLICT');
      expect(res.errors![0].extensions).toMatchObject({ givenVersion: 1, currentVersion: 2 });
    });

    it('judges the edit on the row as locked: a match accepted while it waited holds it back', async () => {
      // A need left MATCHED by hand (no accepted match yet), and a live match for it.
      const need = await f.need(staff.user, { status: NeedStatus.MATCHED });
      const provider = await f.user(Role.SOLUTION_PROVIDER);
      const solution = await f.solution(provider);
      const { identifiers } = await t.db.getRepository(Match).insert({
        needId: need.id,
        solutionId: solution.id,
        proposedById: staff.user.id,
        status: MatchStatus.UNDER_REVIEW,
        score: null,
        rationale: null,
      });
      const matchId = identifiers[0].id as string;
      // Another transaction holds the need's row while it accepts the match.
      const runner = t.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SELECT id FROM need WHERE id = $1 FOR UPDATE', [need.id]);
        const edit = update(need.id, { version: 1, status: 'OPEN' });
        await waitForLockWait();
        await runner.query(`UPDATE match SET status = 'ACCEPTED' WHERE id = $1`, [matchId]);
        await runner.commitTransaction();
        const res = await edit;
        expectError(res, 'BAD_USER_INPUT', 'status');
        expect(messageOf(res)).toMatch(/accepted match/);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await dbNeed(need.id)).toMatchObject({ status: 'MATCHED', version: 1 });
    });
  });

  /** Until a statement of this database waits for a row lock. */
  async function waitForLockWait() {
    for (let i = 0; i < 200; i++) {
      const [row] = await t.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (row.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the edit never waited for the lock');
  }
});
