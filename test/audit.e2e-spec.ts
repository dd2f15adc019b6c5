import { randomBytes } from 'node:crypto';
import { Role } from '../src/common/enums';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory, PASSWORD } from './support/factories';

jest.setTimeout(120_000);

const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id operation entityType entityId requestId occurredAt actor { id }
      changes { field before after } } } } }`;

type Signed = { user: User; token: string };
type Change = { before: unknown; after: unknown };

describe('the audit trail', () => {
  let t: TestApp;
  let f: Factory;
  let admin: Signed;
  let coordinator: Signed;
  let coordinator2: Signed;
  let staff: Signed;
  let provider: Signed;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    admin = await f.signedIn(Role.ADMIN);
    coordinator = await f.signedIn(Role.COORDINATOR);
    coordinator2 = await f.signedIn(Role.COORDINATOR);
    staff = await f.signedIn(Role.MINISTRY_STAFF);
    provider = await f.signedIn(Role.SOLUTION_PROVIDER);
  });
  afterAll(() => t.close());

  /** Runs a mutation with a request id of its own, and returns its data and that id. */
  async function mutate(query: string, variables: Record<string, unknown>, token: string) {
    const requestId = `audit-${randomBytes(6).toString('hex')}`;
    const data = dataOf(await t.gql(query, variables, token, { 'x-request-id': requestId }));
    return { data, requestId };
  }

  /** The events of one record, as the working group reads them. */
  async function eventsOf(entityId: string) {
    const data = dataOf(
      await t.gql(EVENTS, { filter: { entityId }, first: 100 }, coordinator.token),
    );
    return data.auditEvents.edges.map((e: any) => e.node) as any[];
  }

  /** Exactly one event of this operation on this record, by this actor, in that request. */
  async function theEvent(
    entityId: string,
    operation: string,
    actor: Signed,
    requestId: string,
  ): Promise<Record<string, Change>> {
    const events = (await eventsOf(entityId)).filter((e) => e.requestId === requestId);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ operation, entityId, actor: { id: actor.user.id } });
    expect(JSON.stringify(event)).not.toMatch(
      /argon2|passwordHash|password|accessToken|refreshToken/i,
    );
    return Object.fromEntries(
      event.changes.map((c: any) => [
        c.field,
        {
          before: c.before === null ? null : JSON.parse(c.before),
          after: c.after === null ? null : JSON.parse(c.after),
        },
      ]),
    );
  }

  const NEED_INPUT = {
    title: 'Interoperable civil registry',
    description: 'Births and deaths registered online.',
    countryCode: 'SN',
    domainCodes: ['PUBLIC_ADMINISTRATION'],
    visibility: 'PUBLIC',
  };
  const SOLUTION_INPUT = {
    title: 'OpenCRVS deployment',
    summary: 'Civil registration.',
    description: 'Deployed in several countries.',
    domainCodes: ['PUBLIC_ADMINISTRATION'],
    maturity: 'DEPLOYED',
    openSource: true,
    status: 'PUBLISHED',
  };

  it('records createMinistry, createOrganization and createUser, never a password or its hash', async () => {
    const ministry = await mutate(
      'mutation($input: CreateMinistryInput!) { createMinistry(input: $input) { id } }',
      { input: { name: 'Ministère de la Santé', acronym: 'MSAN' } },
      admin.token,
    );
    const m = await theEvent(
      ministry.data.createMinistry.id,
      'createMinistry',
      admin,
      ministry.requestId,
    );
    expect(m.name).toEqual({ before: null, after: 'Ministère de la Santé' });
    expect(m.acronym).toEqual({ before: null, after: 'MSAN' });

    const org = await mutate(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: 'LIST', kind: 'RESEARCH' } },
      admin.token,
    );
    const o = await theEvent(
      org.data.createOrganization.id,
      'createOrganization',
      admin,
      org.requestId,
    );
    expect(o.kind).toEqual({ before: null, after: 'RESEARCH' });

    const user = await mutate(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: 'new.user@test.d4d.lu',
          displayName: 'New User',
          password: PASSWORD,
          role: 'COORDINATOR',
        },
      },
      admin.token,
    );
    const u = await theEvent(user.data.createUser.id, 'createUser', admin, user.requestId);
    expect(u.email).toEqual({ before: null, after: 'new.user@test.d4d.lu' });
    expect(u.role).toEqual({ before: null, after: 'COORDINATOR' });
    expect(Object.keys(u).some((k) => /password|hash/i.test(k))).toBe(false);
    const [raw] = await t.db.query(
      'SELECT changes::text AS c FROM audit_event WHERE entity_id = $1',
      [user.data.createUser.id],
    );
    expect(raw.c).not.toContain(PASSWORD);
    expect(raw.c).not.toMatch(/argon2/);
  });

  it('records updateMyProfile with the fields before and after', async () => {
    const me = await f.signedIn(Role.MINISTRY_STAFF, { displayName: 'Awa Diop' });
    const res = await mutate(
      'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id displayName locale } }',
      { input: { displayName: 'Awa Diop-Ndiaye', locale: 'fr' } },
      me.token,
    );
    expect(res.data.updateMyProfile).toMatchObject({
      displayName: 'Awa Diop-Ndiaye',
      locale: 'fr',
    });
    const c = await theEvent(me.user.id, 'updateMyProfile', me, res.requestId);
    expect(c.displayName).toEqual({ before: 'Awa Diop', after: 'Awa Diop-Ndiaye' });
    expect(c.locale).toEqual({ before: 'en', after: 'fr' });
  });

  it('records createNeed and updateNeed, and nothing for an edit that failed', async () => {
    const created = await mutate(
      'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id version } }',
      { input: NEED_INPUT },
      staff.token,
    );
    const id = created.data.createNeed.id;
    const c = await theEvent(id, 'createNeed', staff, created.requestId);
    expect(c.title).toEqual({ before: null, after: NEED_INPUT.title });
    expect(c.domainCodes).toEqual({ before: null, after: ['PUBLIC_ADMINISTRATION'] });
    expect(c.status).toEqual({ before: null, after: 'OPEN' });

    const UPDATE =
      'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }';
    const updated = await mutate(
      UPDATE,
      { id, input: { version: 1, title: 'Civil registry, interoperable', priority: 'HIGH' } },
      staff.token,
    );
    const u = await theEvent(id, 'updateNeed', staff, updated.requestId);
    expect(u).toEqual({
      title: { before: NEED_INPUT.title, after: 'Civil registry, interoperable' },
      priority: { before: 'MEDIUM', after: 'HIGH' },
      version: { before: 1, after: 2 },
    });
    // A stale edit changes nothing, so it leaves no event.
    expectError(
      await t.gql(UPDATE, { id, input: { version: 1, title: 'lost' } }, staff.token),
      'CONFLICT',
    );
    expect(await eventsOf(id)).toHaveLength(2);
  });

  it('records createSolution and updateSolution', async () => {
    const created = await mutate(
      'mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }',
      { input: SOLUTION_INPUT },
      provider.token,
    );
    const id = created.data.createSolution.id;
    const c = await theEvent(id, 'createSolution', provider, created.requestId);
    expect(c.providerId).toEqual({ before: null, after: provider.user.organizationId });
    const updated = await mutate(
      'mutation($id: ID!, $input: UpdateSolutionInput!) { updateSolution(id: $id, input: $input) { id } }',
      { id, input: { version: 1, maturity: 'SCALED', openSource: false } },
      provider.token,
    );
    const u = await theEvent(id, 'updateSolution', provider, updated.requestId);
    expect(u).toEqual({
      maturity: { before: 'DEPLOYED', after: 'SCALED' },
      openSource: { before: true, after: false },
      version: { before: 1, after: 2 },
    });
  });

  it('records every step of a match: propose, startReview, reviewMatch, decideMatch (with the need it moves)', async () => {
    const need = await f.need(staff.user);
    const solution = await f.solution(provider.user);
    const proposed = await mutate(
      'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
      { input: { needId: need.id, solutionId: solution.id, rationale: 'Fits well.' } },
      staff.token,
    );
    const id = proposed.data.proposeMatch.id;
    const p = await theEvent(id, 'proposeMatch', staff, proposed.requestId);
    expect(p.status).toEqual({ before: null, after: 'PROPOSED' });
    expect(p.rationale).toEqual({ before: null, after: 'Fits well.' });

    const started = await mutate(
      'mutation($id: ID!) { startReview(matchId: $id) { id } }',
      { id },
      coordinator.token,
    );
    const s = await theEvent(id, 'startReview', coordinator, started.requestId);
    expect(s.status).toEqual({ before: 'PROPOSED', after: 'UNDER_REVIEW' });

    const REVIEW =
      'mutation($input: ReviewMatchInput!) { reviewMatch(input: $input) { id recommendation } }';
    const rubric = {
      matchId: id,
      relevance: 4,
      feasibility: 4,
      sustainability: 3,
      principlesAlignment: 5,
    };
    const reviewed = await mutate(
      REVIEW,
      { input: { ...rubric, recommendation: 'ACCEPT' } },
      coordinator2.token,
    );
    const reviewId = reviewed.data.reviewMatch.id;
    const r = await theEvent(reviewId, 'reviewMatch', coordinator2, reviewed.requestId);
    expect(r.recommendation).toEqual({ before: null, after: 'ACCEPT' });
    expect(r.matchId).toEqual({ before: null, after: id });
    // A second review by the same person replaces the first: before and after of that review.
    const again = await mutate(
      REVIEW,
      { input: { ...rubric, recommendation: 'ABSTAIN', relevance: 2 } },
      coordinator2.token,
    );
    const r2 = await theEvent(reviewId, 'reviewMatch', coordinator2, again.requestId);
    expect(r2).toEqual({
      recommendation: { before: 'ACCEPT', after: 'ABSTAIN' },
      relevance: { before: 4, after: 2 },
    });

    const decided = await mutate(
      'mutation($input: DecideMatchInput!) { decideMatch(input: $input) { id } }',
      { input: { matchId: id, status: 'ACCEPTED', note: 'Go.' } },
      coordinator.token,
    );
    const d = await theEvent(id, 'decideMatch', coordinator, decided.requestId);
    expect(d.status).toEqual({ before: 'UNDER_REVIEW', after: 'ACCEPTED' });
    expect(d.decidedById).toEqual({ before: null, after: coordinator.user.id });
    expect(d.decisionNote).toEqual({ before: null, after: 'Go.' });
    expect(d['need.status']).toEqual({ before: 'OPEN', after: 'MATCHED' });
    // The match's own trail: proposed, review started, decided (reviews are on their own records).
    expect((await eventsOf(id)).map((e) => e.operation)).toEqual([
      'decideMatch',
      'startReview',
      'proposeMatch',
    ]);
    expect(await eventsOf(reviewId)).toHaveLength(2);
  });

  it('records withdrawMatch', async () => {
    const need = await f.need(staff.user);
    const solution = await f.solution(provider.user);
    const { data } = await mutate(
      'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
      { input: { needId: need.id, solutionId: solution.id } },
      provider.token,
    );
    const withdrawn = await mutate(
      'mutation($id: ID!) { withdrawMatch(matchId: $id) { id } }',
      { id: data.proposeMatch.id },
      provider.token,
    );
    const w = await theEvent(data.proposeMatch.id, 'withdrawMatch', provider, withdrawn.requestId);
    expect(w.status).toEqual({ before: 'PROPOSED', after: 'WITHDRAWN' });
  });

  it('records postComment, editComment and deleteComment, keeping text as data', async () => {
    const need = await f.need(staff.user);
    const [{ id: threadId }] = await t.db.query(
      "SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1",
      [need.id],
    );
    const body = 'Line one\nFAKE LOG LINE: admin logged in\r\n';
    const posted = await mutate(
      'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
      { input: { threadId, body } },
      staff.token,
    );
    const id = posted.data.postComment.id;
    const p = await theEvent(id, 'postComment', staff, posted.requestId);
    expect(p.body).toEqual({ before: null, after: body });
    expect(p.threadId).toEqual({ before: null, after: threadId });

    const edited = await mutate(
      'mutation($input: EditCommentInput!) { editComment(input: $input) { id } }',
      { input: { commentId: id, body: 'Line one, fixed' } },
      staff.token,
    );
    const e = await theEvent(id, 'editComment', staff, edited.requestId);
    expect(e.body).toEqual({ before: body, after: 'Line one, fixed' });
    expect(e.editedAt.before).toBeNull();
    expect(typeof e.editedAt.after).toBe('string');

    const deleted = await mutate(
      'mutation($id: ID!) { deleteComment(id: $id) { id } }',
      { id },
      admin.token,
    );
    const d = await theEvent(id, 'deleteComment', admin, deleted.requestId);
    expect(d.body).toEqual({ before: 'Line one, fixed', after: '' });
    expect(d.deletedById).toEqual({ before: null, after: admin.user.id });
  });

  it('records markNotificationsRead against the reader', async () => {
    const need = await f.need(staff.user);
    const [{ id: threadId }] = await t.db.query(
      "SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1",
      [need.id],
    );
    const reader = await f.signedIn(Role.COORDINATOR);
    dataOf(
      await t.gql(
        'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
        { input: { threadId, body: `@${reader.user.email} please look` } },
        staff.token,
      ),
    );
    const [{ id }] = await t.db.query('SELECT id FROM notification WHERE recipient_id = $1', [
      reader.user.id,
    ]);
    const marked = await mutate(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }',
      { ids: [id] },
      reader.token,
    );
    const m = await theEvent(reader.user.id, 'markNotificationsRead', reader, marked.requestId);
    expect(m.notificationsRead).toEqual({ before: null, after: [id] });
  });

  it('is for ADMIN and COORDINATOR only', async () => {
    dataOf(await t.gql(EVENTS, {}, admin.token));
    dataOf(await t.gql(EVENTS, {}, coordinator.token));
    expectError(await t.gql(EVENTS, {}, staff.token), 'FORBIDDEN');
    expectError(await t.gql(EVENTS, {}, provider.token), 'FORBIDDEN');
    expectError(await t.gql(EVENTS, {}), 'UNAUTHENTICATED');
  });

  it('filters by operation, for a feed of the work without the housekeeping', async () => {
    const actor = await f.signedIn(Role.MINISTRY_STAFF);
    const created = await mutate(
      'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
      { input: { ...NEED_INPUT, title: 'Feed need' } },
      actor.token,
    );
    await mutate(
      'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
      { input: { locale: 'fr' } },
      actor.token,
    );
    const operationsOf = async (operations: string[] | null) =>
      dataOf(
        await t.gql(
          EVENTS,
          { filter: { actorId: actor.user.id, operations }, first: 10 },
          coordinator.token,
        ),
      ).auditEvents.edges.map((e: any) => e.node.operation);
    expect((await operationsOf(null)).sort()).toEqual(['createNeed', 'updateMyProfile']);
    expect(await operationsOf(['createNeed', 'decideMatch'])).toEqual(['createNeed']);
    expect(await operationsOf([])).toEqual([]);
    expect(created.data.createNeed.id).toBeTruthy();
    expectError(
      await t.gql(EVENTS, { filter: { operations: ['create need; --'] } }, coordinator.token),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.gql(
        EVENTS,
        { filter: { operations: Array(51).fill('createNeed') } },
        coordinator.token,
      ),
      'BAD_USER_INPUT',
    );
  });

  it('filters by actor and time, newest first, and pages', async () => {
    const actor = await f.signedIn(Role.MINISTRY_STAFF);
    const before = new Date();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push(
        (
          await mutate(
            'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
            { input: { ...NEED_INPUT, title: `Need ${i}` } },
            actor.token,
          )
        ).data.createNeed.id,
      );
    }
    const page1 = dataOf(
      await t.gql(EVENTS, { filter: { actorId: actor.user.id }, first: 2 }, coordinator.token),
    ).auditEvents;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.entityId)).toEqual([ids[2], ids[1]]);
    const page2 = dataOf(
      await t.gql(
        EVENTS,
        { filter: { actorId: actor.user.id }, first: 2, after: page1.pageInfo.endCursor },
        coordinator.token,
      ),
    ).auditEvents;
    expect(page2.edges.map((e: any) => e.node.entityId)).toEqual([ids[0]]);
    const later = dataOf(
      await t.gql(
        EVENTS,
        { filter: { actorId: actor.user.id, from: new Date(Date.now() + 60_000).toISOString() } },
        coordinator.token,
      ),
    ).auditEvents;
    expect(later.totalCount).toBe(0);
    const window = dataOf(
      await t.gql(
        EVENTS,
        {
          filter: {
            actorId: actor.user.id,
            from: new Date(before.getTime() - 60_000).toISOString(),
            to: new Date(Date.now() + 60_000).toISOString(),
          },
        },
        coordinator.token,
      ),
    ).auditEvents;
    expect(window.totalCount).toBe(3);
    expectError(
      await t.gql(EVENTS, { filter: { actorId: 'nope' } }, coordinator.token),
      'BAD_USER_INPUT',
      'filter.actorId',
    );
  });

  it('cannot be rewritten: the table refuses UPDATE and DELETE', async () => {
    await expect(t.db.query("UPDATE audit_event SET operation = 'forged'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
