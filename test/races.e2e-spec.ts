import {
  MatchStatus,
  Priority,
  Recommendation,
  Role,
  SubjectType,
  Visibility,
} from '../src/common/enums';
import { createThread } from '../src/discussions/threads';
import { Match } from '../src/matching/entities/match.entity';
import { Review } from '../src/matching/entities/review.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { User } from '../src/users/entities/user.entity';
import { GqlResponse, startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory } from './support/factories';

/**
 * Races at scale, all requests in flight at once: optimistic concurrency of
 * updateNeed (200 pairs), and the row locks of decideMatch and reviewMatch.
 * needs.e2e-spec.ts and matching-workflow.e2e-spec.ts check the rules on a
 * few rounds; this file checks that they hold under many at the same time.
 */
jest.setTimeout(240_000);

const UPDATE_NEED = `mutation($id: ID!, $input: UpdateNeedInput!) {
  updateNeed(id: $id, input: $input) { id version title priority } }`;
const DECIDE = `mutation($input: DecideMatchInput!) {
  decideMatch(input: $input) { id status version decidedBy { id } decisionNote } }`;
const REVIEW = `mutation($input: ReviewMatchInput!) {
  reviewMatch(input: $input) { id relevance comment reviewer { id } } }`;

type Signed = { user: User; token: string };

describe('races', () => {
  let t: TestApp;
  let f: Factory;
  let staff: Signed;
  let coordinator: Signed;
  let coordinator2: Signed;
  let coordinator3: Signed;
  let admin: Signed;
  let provider: Signed;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    [staff, coordinator, coordinator2, coordinator3, admin, provider] = await Promise.all([
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.SOLUTION_PROVIDER),
    ]);
  });
  afterAll(() => t.close());

  /** Matches under review, proposed by the staff member, each with one review by the admin. */
  async function underReview(count: number, reviewed: boolean): Promise<Match[]> {
    const solution: Solution = await f.solution(provider.user);
    const matches: Match[] = [];
    for (let i = 0; i < count; i++) {
      const need = await f.need(staff.user, { visibility: Visibility.PUBLIC });
      const { identifiers } = await t.db.getRepository(Match).insert({
        needId: need.id,
        solutionId: solution.id,
        proposedById: staff.user.id,
        status: MatchStatus.UNDER_REVIEW,
        score: null,
        rationale: null,
      });
      const id = identifiers[0].id as string;
      await createThread(t.db.manager, { type: SubjectType.MATCH, id });
      if (reviewed) {
        await t.db.getRepository(Review).insert({
          matchId: id,
          reviewerId: admin.user.id,
          recommendation: Recommendation.ACCEPT,
          relevance: 3,
          feasibility: 3,
          sustainability: 3,
          principlesAlignment: 3,
          comment: null,
        });
      }
      matches.push(await t.db.getRepository(Match).findOneByOrFail({ id }));
    }
    return matches;
  }

  const auditCount = async (operation: string, ids: string[]) =>
    new Map(
      (
        (await t.db.query(
          `SELECT entity_id, count(*)::int AS n FROM audit_event
            WHERE operation = $1 AND entity_id = ANY($2::uuid[]) GROUP BY entity_id`,
          [operation, ids],
        )) as { entity_id: string; n: number }[]
      ).map((r) => [r.entity_id, r.n]),
    );

  it('settles 200 concurrent pairs of updateNeed on one version: one success and one CONFLICT each', async () => {
    const PAIRS = 200;
    const needs = [];
    for (let i = 0; i < PAIRS; i += 20) {
      needs.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, j) => f.need(staff.user, { title: `Race ${i + j}` })),
        )),
      );
    }

    const started = Date.now();
    const results = await Promise.all(
      needs.map((need, i) => {
        // Two editors, two different edits of version 1, sent together (in either order).
        const edits = [
          { who: staff, input: { version: 1, title: `A ${i}`, priority: Priority.HIGH } },
          { who: coordinator, input: { version: 1, title: `B ${i}`, priority: Priority.LOW } },
        ];
        if (i % 2) edits.reverse();
        return Promise.all(
          edits.map(async (edit) => ({
            edit,
            res: await t.gql(UPDATE_NEED, { id: need.id, input: edit.input }, edit.who.token),
          })),
        );
      }),
    );
    const elapsed = Date.now() - started;

    const rows = new Map(
      (
        (await t.db.query(
          'SELECT id, version, title, priority FROM need WHERE id = ANY($1::uuid[])',
          [needs.map((n) => n.id)],
        )) as { id: string; version: number; title: string; priority: string }[]
      ).map((r) => [r.id, r]),
    );
    const audits = await auditCount(
      'updateNeed',
      needs.map((n) => n.id),
    );
    let firstWins = 0;
    needs.forEach((need, i) => {
      const pair = results[i];
      const wins = pair.filter((p) => !p.res.errors);
      const losses = pair.filter((p) => p.res.errors);
      expect({ need: i, wins: wins.length, losses: losses.length }).toEqual({
        need: i,
        wins: 1,
        losses: 1,
      });
      expectError(losses[0].res, 'CONFLICT');
      expect(losses[0].res.errors![0].extensions).toMatchObject({
        givenVersion: 1,
        currentVersion: 2,
      });
      const winner = wins[0];
      if (winner === pair[0]) firstWins += 1;
      expect(dataOf(winner.res).updateNeed).toMatchObject({
        id: need.id,
        version: 2,
        title: winner.edit.input.title,
        priority: winner.edit.input.priority,
      });
      // The row holds the winner's values, whole: no field of the loser's edit.
      expect(rows.get(need.id)).toEqual({
        id: need.id,
        version: 2,
        title: winner.edit.input.title,
        priority: winner.edit.input.priority,
      });
      expect(audits.get(need.id)).toBe(1);
    });
    console.log(
      `updateNeed races: ${PAIRS} pairs (${PAIRS * 2} requests in flight) in ${elapsed} ms; ` +
        `${PAIRS} successes, ${PAIRS} CONFLICTs; the first sent won ${firstWins} times`,
    );
  });

  it('lets one of several concurrent decisions of a match stand, with no duplicate effects', async () => {
    const MATCHES = 40;
    const matches = await underReview(MATCHES, true);
    const deciders = [coordinator, coordinator2, coordinator3, admin];
    const started = Date.now();
    const results = await Promise.all(
      matches.map((m, i) =>
        Promise.all(
          deciders.map(async (who, j) => {
            const status = (i + j) % 2 ? 'ACCEPTED' : 'REJECTED';
            const note = `by ${who.user.id}`;
            return {
              who,
              status,
              note,
              res: await t.gql(DECIDE, { input: { matchId: m.id, status, note } }, who.token),
            };
          }),
        ),
      ),
    );
    const elapsed = Date.now() - started;

    const ids = matches.map((m) => m.id);
    const audits = await auditCount('decideMatch', ids);
    const notified = new Map(
      (
        (await t.db.query(
          `SELECT target_id, recipient_id, count(*)::int AS n FROM notification
            WHERE kind = 'MATCH_DECIDED' AND target_id = ANY($1::uuid[])
            GROUP BY target_id, recipient_id`,
          [ids],
        )) as { target_id: string; recipient_id: string; n: number }[]
      ).map((r) => [`${r.target_id}:${r.recipient_id}`, r.n]),
    );
    let accepted = 0;
    for (const [i, m] of matches.entries()) {
      const wins = results[i].filter((r) => !r.res.errors);
      expect({ match: i, wins: wins.length }).toEqual({ match: i, wins: 1 });
      for (const loss of results[i].filter((r) => r.res.errors)) {
        expectError(loss.res, 'CONFLICT');
      }
      const winner = wins[0];
      if (winner.status === 'ACCEPTED') accepted += 1;
      const row = await t.db.getRepository(Match).findOneByOrFail({ id: m.id });
      expect(row).toMatchObject({
        status: winner.status,
        decidedById: winner.who.user.id,
        decisionNote: winner.note,
        version: 2,
      });
      const need = (await t.db.query('SELECT status, version FROM need WHERE id = $1', [
        m.needId,
      ])) as { status: string; version: number }[];
      expect(need[0]).toEqual(
        winner.status === 'ACCEPTED'
          ? { status: 'MATCHED', version: 2 }
          : { status: 'OPEN', version: 1 },
      );
      expect(audits.get(m.id)).toBe(1);
      // Each person told of the decision is told once.
      for (const [key, n] of notified)
        if (key.startsWith(m.id)) expect({ key, n }).toEqual({ key, n: 1 });
    }
    console.log(
      `decideMatch races: ${MATCHES} matches × ${deciders.length} deciders (${MATCHES * deciders.length} ` +
        `requests in flight) in ${elapsed} ms; one decision each (${accepted} accepted), ` +
        `${MATCHES * (deciders.length - 1)} CONFLICTs`,
    );
  });

  it('keeps one review per reviewer under concurrent reviewMatch calls by that reviewer', async () => {
    // Takes of one reviewer queue on the match's row lock, each holding a pool connection
    // while it waits: more than this in flight starves the pool of 10 on a loaded machine
    // (then SERVICE_UNAVAILABLE, see the report of issue 6).
    const MATCHES = 25;
    const TAKES = 4;
    const matches = await underReview(MATCHES, false);
    const started = Date.now();
    const results = await Promise.all(
      matches.map((m) =>
        Promise.all(
          Array.from({ length: TAKES }, (_, k) =>
            t.gql(
              REVIEW,
              {
                input: {
                  matchId: m.id,
                  recommendation: 'ACCEPT',
                  relevance: k + 1,
                  feasibility: k + 1,
                  sustainability: k + 1,
                  principlesAlignment: k + 1,
                  comment: `take ${k}`,
                },
              },
              coordinator.token,
            ),
          ),
        ),
      ),
    );
    const elapsed = Date.now() - started;

    const ids = matches.map((m) => m.id);
    const rows = (await t.db.query(
      `SELECT match_id, reviewer_id, relevance, feasibility, sustainability, principles_alignment, comment
         FROM review WHERE match_id = ANY($1::uuid[])`,
      [ids],
    )) as Record<string, any>[];
    const audits = (await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event a JOIN review r ON r.id = a.entity_id
        WHERE a.operation = 'reviewMatch' AND r.match_id = ANY($1::uuid[])`,
      [ids],
    )) as { n: number }[];
    for (const [i, m] of matches.entries()) {
      // Each call succeeds: a second review by the same person replaces the first.
      for (const res of results[i] as GqlResponse<any>[]) {
        expect(dataOf(res).reviewMatch.reviewer.id).toBe(coordinator.user.id);
      }
      const mine = rows.filter((r) => r.match_id === m.id);
      expect({ match: i, rows: mine.length }).toEqual({ match: i, rows: 1 });
      // The row is one of the takes, whole (no mix of two).
      const k = Number(/^take (\d)$/.exec(mine[0].comment)![1]);
      expect(mine[0]).toMatchObject({
        reviewer_id: coordinator.user.id,
        relevance: k + 1,
        feasibility: k + 1,
        sustainability: k + 1,
        principles_alignment: k + 1,
      });
      const status = await t.db.getRepository(Match).findOneByOrFail({ id: m.id });
      expect(status.status).toBe('UNDER_REVIEW');
    }
    // Every take is in the trail, as a change of the one review.
    expect(audits[0].n).toBe(MATCHES * TAKES);
    console.log(
      `reviewMatch races: ${MATCHES} matches × ${TAKES} takes by one reviewer (${MATCHES * TAKES} ` +
        `requests in flight) in ${elapsed} ms; ${rows.length} review rows`,
    );
  });
});
