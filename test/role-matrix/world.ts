import { createHash, randomBytes } from 'node:crypto';
import {
  MatchStatus,
  NeedStatus,
  Recommendation,
  Role as R,
  SolutionStatus,
  SubjectType,
  Visibility,
} from '../../src/common/enums';
import { commentChannel } from '../../src/discussions/live';
import { matchChannel } from '../../src/matching/match-live';
import { createThread } from '../../src/discussions/threads';
import { Match } from '../../src/matching/entities/match.entity';
import { Review } from '../../src/matching/entities/review.entity';
import { Ministry } from '../../src/ministries/entities/ministry.entity';
import { Need } from '../../src/needs/entities/need.entity';
import { notificationChannel } from '../../src/notifications/notifications.service';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Solution } from '../../src/solutions/entities/solution.entity';
import { User } from '../../src/users/entities/user.entity';
import { GqlResponse, TestApp } from '../support/app';
import { Factory, PASSWORD } from '../support/factories';
import { listeners, subscribe, wsClient } from '../support/live';
import { Actor, Role } from './matrix';

export type Signed = { user: User; token: string; refreshToken: string };
/** What a cell observed: an outcome of the table, or a description of something else. */
export type Observed = string;
export type Runner = (actor: Actor, record: string) => Promise<Observed>;

const unique = () => randomBytes(4).toString('hex');
const STACK = /\bat .*\.(ts|js):\d+/;

/** The outcome of a GraphQL answer: its error's code, or what `ok` makes of the data. */
export function outcomeOf(res: GqlResponse, ok: (data: any) => Observed = () => 'OK'): Observed {
  const text = JSON.stringify(res);
  if (STACK.test(text) || /"(stacktrace|exception)"/.test(text))
    return `LEAK ${text.slice(0, 200)}`;
  if (res.errors?.length)
    return res.errors[0].extensions?.code ?? `NO CODE: ${res.errors[0].message}`;
  if (!res.data) return `NO DATA ${text.slice(0, 200)}`;
  return ok(res.data);
}

const ID_PAGE = (field: string, extra = '') =>
  `query($after: String) { ${field}(first: 100, after: $after${extra}) {
     edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/**
 * The seeded fixture of the role matrix and one runner per operation.
 * The actor's own records belong to ministry A (staff) or organisation A
 * (provider); "other" records to ministry B and organisation B, written by
 * other users. Read records are made once; every cell that changes state
 * makes fresh records.
 */
export class World {
  actors!: Record<Role, Signed>;
  colleague!: Signed; // staff of ministry A
  otherStaff!: Signed; // staff of ministry B
  otherProvider!: Signed; // provider of organisation B
  otherCoordinator!: Signed;
  deactivated!: User; // a coordinator who left
  ministryA!: Ministry;
  ministryB!: Ministry;
  orgA!: Organization;
  orgB!: Organization;
  private readonly memo = new Map<string, Promise<any>>();

  constructor(
    readonly t: TestApp,
    readonly f: Factory,
  ) {}

  async seed(): Promise<void> {
    const { f } = this;
    [this.ministryA, this.ministryB, this.orgA, this.orgB] = await Promise.all([
      f.ministry(),
      f.ministry(),
      f.organization(),
      f.organization(),
    ]);
    const [admin, coordinator, staff, provider, colleague, otherStaff, otherProvider, otherCo] =
      await Promise.all([
        f.signedIn(R.ADMIN),
        f.signedIn(R.COORDINATOR),
        f.signedIn(R.MINISTRY_STAFF, { ministryId: this.ministryA.id }),
        f.signedIn(R.SOLUTION_PROVIDER, { organizationId: this.orgA.id }),
        f.signedIn(R.MINISTRY_STAFF, { ministryId: this.ministryA.id }),
        f.signedIn(R.MINISTRY_STAFF, { ministryId: this.ministryB.id }),
        f.signedIn(R.SOLUTION_PROVIDER, { organizationId: this.orgB.id }),
        f.signedIn(R.COORDINATOR),
      ]);
    this.actors = {
      ADMIN: admin,
      COORDINATOR: coordinator,
      MINISTRY_STAFF: staff,
      SOLUTION_PROVIDER: provider,
    };
    this.colleague = colleague;
    this.otherStaff = otherStaff;
    this.otherProvider = otherProvider;
    this.otherCoordinator = otherCo;
    this.deactivated = await f.user(R.COORDINATOR, { deactivatedAt: new Date() });
  }

  token(actor: Actor): string | undefined {
    return actor === 'ANON' ? undefined : this.actors[actor].token;
  }

  /** The actor's user; anonymous cells borrow the staff member's records (refused anyway). */
  userOf(actor: Actor): User {
    return this.actors[actor === 'ANON' ? 'MINISTRY_STAFF' : actor].user;
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }

  // ---- records --------------------------------------------------------------

  /** A fresh need of a NEED_RECORDS kind (or 'same ministry (colleague)', 'own'). */
  freshNeed(actor: Actor, record: string): Promise<Need> {
    const other = this.otherStaff.user;
    switch (record) {
      case 'own':
      case 'own draft':
        return this.f.need(this.userOf(actor), {
          ...(record === 'own draft' && { status: NeedStatus.DRAFT }),
          visibility: Visibility.INTERNAL,
        });
      case 'same ministry (colleague)':
        return this.f.need(this.colleague.user, { visibility: Visibility.INTERNAL });
      case 'other draft':
        return this.f.need(other, { status: NeedStatus.DRAFT, visibility: Visibility.INTERNAL });
      case 'other internal':
        return this.f.need(other, { visibility: Visibility.INTERNAL });
      case 'other public':
        return this.f.need(other, { visibility: Visibility.PUBLIC });
    }
    throw new Error(`no need record "${record}"`);
  }

  /** The read fixture's need: one per actor for their own, one shared for the others'. */
  need(actor: Actor, record: string): Promise<Need> {
    const key = record.startsWith('own') ? `need:${actor}:${record}` : `need:${record}`;
    return this.once(key, () => this.freshNeed(actor, record));
  }

  freshSolution(actor: Actor, record: string): Promise<Solution> {
    const me = this.userOf(actor);
    const mine = me.organizationId ? {} : { providerId: this.orgB.id };
    switch (record) {
      case 'own':
        return this.f.solution(me, mine);
      case 'own draft':
        return this.f.solution(me, { ...mine, status: SolutionStatus.DRAFT });
      case 'other draft':
        return this.f.solution(this.otherProvider.user, { status: SolutionStatus.DRAFT });
      case 'other published':
        return this.f.solution(this.otherProvider.user);
    }
    throw new Error(`no solution record "${record}"`);
  }

  solution(actor: Actor, record: string): Promise<Solution> {
    const key = record.startsWith('own') ? `solution:${actor}:${record}` : `solution:${record}`;
    return this.once(key, () => this.freshSolution(actor, record));
  }

  /** A match written straight to the database, with its thread (and a review, if asked). */
  async insertMatch(options: {
    needVisibility?: Visibility;
    org: 'A' | 'B';
    proposer: User;
    status?: MatchStatus;
    reviewer?: User;
    solutionStatus?: SolutionStatus;
  }): Promise<Match> {
    const need = await this.f.need(this.otherStaff.user, {
      visibility: options.needVisibility ?? Visibility.PUBLIC,
    });
    const solution = await this.f.solution(
      options.org === 'A' ? this.actors.SOLUTION_PROVIDER.user : this.otherProvider.user,
      { status: options.solutionStatus ?? SolutionStatus.PUBLISHED },
    );
    const repo = this.t.db.getRepository(Match);
    const { identifiers } = await repo.insert({
      needId: need.id,
      solutionId: solution.id,
      proposedById: options.proposer.id,
      status: options.status ?? MatchStatus.PROPOSED,
      score: null,
      rationale: null,
    });
    const id = identifiers[0].id as string;
    await createThread(this.t.db.manager, { type: SubjectType.MATCH, id });
    if (options.reviewer) {
      await this.t.db.getRepository(Review).insert({
        matchId: id,
        reviewerId: options.reviewer.id,
        recommendation: Recommendation.ACCEPT,
        relevance: 3,
        feasibility: 3,
        sustainability: 3,
        principlesAlignment: 3,
        comment: null,
      });
    }
    return repo.findOneByOrFail({ id });
  }

  /** A fresh match of a MATCH_RECORDS kind ('own' or 'other' for the workflow's mutations). */
  freshMatch(
    actor: Actor,
    record: string,
    extra: { status?: MatchStatus; reviewer?: User } = {},
  ): Promise<Match> {
    switch (record) {
      case 'own':
        return this.insertMatch({
          org: actor === 'SOLUTION_PROVIDER' ? 'A' : 'B',
          proposer: this.userOf(actor),
          ...extra,
        });
      case 'other':
        return this.insertMatch({ org: 'B', proposer: this.otherStaff.user, ...extra });
      case 'own-org solution, internal need':
        return this.insertMatch({
          org: 'A',
          needVisibility: Visibility.INTERNAL,
          proposer: this.otherCoordinator.user,
          ...extra,
        });
      case 'other, solution since archived':
        return this.insertMatch({
          org: 'B',
          proposer: this.otherStaff.user,
          solutionStatus: SolutionStatus.ARCHIVED,
          ...extra,
        });
    }
    throw new Error(`no match record "${record}"`);
  }

  match(actor: Actor, record: string): Promise<Match> {
    const key = record === 'own' ? `match:${actor}:own` : `match:${record}`;
    return this.once(key, () => this.freshMatch(actor, record));
  }

  /** A PERSON_RECORDS person. */
  person(actor: Actor, record: string): User {
    switch (record) {
      case 'self':
        return this.userOf(actor);
      case 'another person':
        return this.otherStaff.user;
      case 'deactivated person':
        return this.deactivated;
    }
    throw new Error(`no person record "${record}"`);
  }

  /** A person of their own for a cell that changes an account (it ends their sessions). */
  freshPerson(overrides: Partial<User> = {}): Promise<User> {
    return this.f.user(R.COORDINATOR, overrides);
  }

  async threadOf(kind: 'need' | 'solution' | 'match', id: string): Promise<string> {
    const rows: { id: string }[] = await this.t.db.query(
      `SELECT id FROM thread WHERE subject_type = '${kind.toUpperCase()}' AND subject_id = $1`,
      [id],
    );
    return rows[0].id;
  }

  /** The thread of a THREAD_RECORDS record ("need: other draft", ...). */
  async thread(actor: Actor, record: string): Promise<string> {
    const [kind, rest] = record.split(': ') as ['need' | 'solution' | 'match', string];
    const subject =
      kind === 'need'
        ? await this.need(actor, rest)
        : kind === 'solution'
          ? await this.solution(actor, rest)
          : await this.match(actor, rest);
    return this.threadOf(kind, subject.id);
  }

  async insertComment(threadId: string, author: User): Promise<string> {
    const rows: { id: string }[] = await this.t.db.query(
      'INSERT INTO comment (thread_id, author_id, body) VALUES ($1, $2, $3) RETURNING id',
      [threadId, author.id, 'A comment for the role matrix.'],
    );
    return rows[0].id;
  }

  /** A comment of the kind editComment and deleteComment are tried on. */
  async freshComment(actor: Actor, record: string): Promise<string> {
    if (record === 'other, unreadable thread') {
      const need = await this.need(actor, 'other draft');
      return this.insertComment(await this.threadOf('need', need.id), this.otherStaff.user);
    }
    const need = await this.need(actor, 'other public');
    const author = record === 'own' ? this.userOf(actor) : this.otherCoordinator.user;
    return this.insertComment(await this.threadOf('need', need.id), author);
  }

  async insertNotification(recipient: User): Promise<string> {
    const need = await this.need('ANON', 'other public');
    const rows: { id: string }[] = await this.t.db.query(
      `INSERT INTO notification (recipient_id, kind, actor_id, target_type, target_id)
       VALUES ($1, 'MATCH_PROPOSED', $2, 'NEED', $3) RETURNING id`,
      [recipient.id, this.otherCoordinator.user.id, need.id],
    );
    return rows[0].id;
  }

  // ---- calls ----------------------------------------------------------------

  gql(actor: Actor, query: string, variables: Record<string, unknown> = {}) {
    return this.t.gql(query, variables, this.token(actor));
  }

  /** Every id a connection lists to the actor, page by page. */
  async listedIds(actor: Actor, field: string, extra = ''): Promise<Set<string> | Observed> {
    const ids = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res = await this.gql(actor, ID_PAGE(field, extra), { after });
      if (res.errors?.length || !res.data) return outcomeOf(res);
      const conn = res.data[field];
      for (const e of conn.edges) ids.add(e.node.id);
      if (!conn.pageInfo.hasNextPage) return ids;
      after = conn.pageInfo.endCursor;
    }
    return 'TOO MANY PAGES';
  }

  async listed(actor: Actor, field: string, id: string, extra = ''): Promise<Observed> {
    const ids = await this.listedIds(actor, field, extra);
    if (typeof ids === 'string') return ids;
    return ids.has(id) ? 'LISTED' : 'OMITTED';
  }

  /** Signs a user in again (a fresh refresh token of their own). */
  async login(user: User): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await this.t.gql(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email: user.email, password: PASSWORD } },
    );
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login;
  }

  /**
   * Subscribes over graphql-ws: OK once the server listens on the channel,
   * else the code the subscription ended with (4403 at connection_init is
   * UNAUTHENTICATED).
   */
  async subscribeOutcome(
    actor: Actor,
    query: string,
    variables: Record<string, unknown>,
    trigger: string,
  ): Promise<Observed> {
    const token = this.token(actor);
    const client = wsClient(this.t.url, token ? { authorization: `Bearer ${token}` } : undefined);
    const before = listeners(this.t, trigger);
    const sub = subscribe(client, query, variables);
    let settled: Observed | undefined;
    void sub.ended.then((end) => {
      if (Array.isArray(end)) settled ??= end[0]?.extensions?.code ?? 'NO CODE';
      else if ((end as { code?: number } | null)?.code === 4403) settled ??= 'UNAUTHENTICATED';
      else settled ??= `ENDED ${JSON.stringify(end)}`;
    });
    try {
      const started = Date.now();
      while (settled === undefined) {
        if (listeners(this.t, trigger) > before) settled = 'OK';
        else if (Date.now() - started > 15_000) settled = 'TIMEOUT';
        else await new Promise((r) => setTimeout(r, 10));
      }
      return settled;
    } finally {
      sub.dispose();
      await client.dispose();
    }
  }

  // ---- the runners, one per operation ------------------------------------------

  runners(): Record<string, Runner> {
    const simple =
      (query: string): Runner =>
      async (actor) =>
        outcomeOf(await this.gql(actor, query));
    const byId =
      (field: string, load: (actor: Actor, record: string) => Promise<{ id: string }>): Runner =>
      async (actor, record) => {
        const { id } = await load(actor, record);
        return outcomeOf(
          await this.gql(actor, `query($id: ID!) { ${field}(id: $id) { id } }`, { id }),
        );
      };
    const inList =
      (field: string, load: (actor: Actor, record: string) => Promise<{ id: string }>): Runner =>
      async (actor, record) =>
        this.listed(actor, field, (await load(actor, record)).id);
    const matchMutation =
      (
        document: string,
        variables: (id: string) => Record<string, unknown>,
        extra: (actor: Actor) => { status?: MatchStatus; reviewer?: User } = () => ({}),
      ): Runner =>
      async (actor, record) => {
        const m = await this.freshMatch(actor, record, extra(actor));
        return outcomeOf(await this.gql(actor, document, variables(m.id)));
      };

    return {
      countries: simple('{ countries { code } }'),
      domains: simple('{ domains { code } }'),
      principles: simple('{ principles { code } }'),
      ministries: simple('{ ministries { id } }'),
      organizations: simple('{ organizations { id } }'),
      me: async (actor) =>
        outcomeOf(await this.gql(actor, '{ me { id } }'), (d) =>
          d.me?.id === this.userOf(actor).id ? 'OK' : `SOMEONE ELSE ${d.me?.id}`,
        ),
      unreadNotificationCount: simple('{ unreadNotificationCount }'),
      portfolioCoverage: simple('{ portfolioCoverage { openNeeds } }'),
      auditEvents: simple('{ auditEvents(first: 1) { totalCount } }'),
      need: byId('need', (a, r) => this.need(a, r)),
      solution: byId('solution', (a, r) => this.solution(a, r)),
      match: byId('match', (a, r) => this.match(a, r)),
      needs: inList('needs', (a, r) => this.need(a, r)),
      solutions: inList('solutions', (a, r) => this.solution(a, r)),
      matches: inList('matches', (a, r) => this.match(a, r)),
      thread: async (actor, record) =>
        outcomeOf(
          await this.gql(actor, 'query($id: ID!) { thread(id: $id) { id } }', {
            id: await this.thread(actor, record),
          }),
        ),
      users: inList('users', async (a, r) => this.person(a, r)),
      user: byId('user', async (a, r) => this.person(a, r)),
      notifications: async (actor, record) => {
        const recipient = record === 'own' ? this.userOf(actor) : this.otherStaff.user;
        return this.listed(actor, 'notifications', await this.insertNotification(recipient));
      },

      login: async (actor) => {
        const user =
          actor === 'ANON' ? (await this.f.signedIn(R.COORDINATOR)).user : this.userOf(actor);
        return outcomeOf(
          await this.gql(
            actor,
            'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
            { input: { email: user.email, password: PASSWORD } },
          ),
          (d) => (d.login.user.id === user.id ? 'OK' : 'SOMEONE ELSE'),
        );
      },
      refreshSession: async (actor) => {
        const user = actor === 'ANON' ? this.colleague.user : this.userOf(actor);
        const { refreshToken } = await this.login(user);
        return outcomeOf(
          await this.gql(
            actor,
            'mutation($t: String!) { refreshSession(refreshToken: $t) { user { id } } }',
            { t: refreshToken },
          ),
        );
      },
      logout: async (actor, record) => {
        const owner = record === 'own' ? this.userOf(actor) : this.otherCoordinator.user;
        const { refreshToken } = await this.login(owner);
        const res = await this.gql(actor, 'mutation($t: String!) { logout(refreshToken: $t) }', {
          t: refreshToken,
        });
        const [row] = await this.t.db.query(
          'SELECT revoked_at FROM refresh_token WHERE token_hash = $1',
          [createHash('sha256').update(refreshToken, 'utf8').digest('hex')],
        );
        return outcomeOf(res, (d) =>
          d.logout === true && row.revoked_at
            ? 'OK'
            : d.logout === false && !row.revoked_at
              ? 'OMITTED'
              : `INCONSISTENT ${d.logout} ${row.revoked_at}`,
        );
      },
      updateMyProfile: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
            { input: { displayName: `Matrix ${unique()}` } },
          ),
        ),
      changePassword: async (actor) => {
        // A user of its own: the change ends every session of theirs.
        const who =
          actor === 'ANON' ? null : await this.f.signedIn(R[actor], this.affiliation(actor));
        return outcomeOf(
          await this.t.gql(
            'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
            { input: { currentPassword: PASSWORD, newPassword: `new password ${unique()}` } },
            who?.token,
          ),
        );
      },
      createMinistry: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: CreateMinistryInput!) { createMinistry(input: $input) { id } }',
            { input: { name: `Ministère ${unique()}`, acronym: `MX${unique().toUpperCase()}` } },
          ),
        ),
      createOrganization: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
            { input: { name: `Organisation ${unique()}`, kind: 'RESEARCH' } },
          ),
        ),
      createUser: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
            {
              input: {
                email: `matrix.${unique()}@test.d4d.lu`,
                displayName: 'Matrix user',
                password: 'a long enough password',
                role: 'COORDINATOR',
              },
            },
          ),
        ),
      updateUser: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
            { id: (await this.freshPerson()).id, input: { displayName: `Renamed ${unique()}` } },
          ),
        ),
      deactivateUser: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { deactivateUser(id: $id) { id } }', {
            id: (await this.freshPerson()).id,
          }),
        ),
      reactivateUser: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { reactivateUser(id: $id) { id } }', {
            id: (await this.freshPerson({ deactivatedAt: new Date() })).id,
          }),
        ),
      issuePasswordResetLink: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($id: ID!) { issuePasswordResetLink(userId: $id) { url } }',
            { id: (await this.freshPerson()).id },
          ),
        ),
      requestPasswordReset: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($e: String!) { requestPasswordReset(email: $e) }', {
            e: this.userOf(actor).email,
          }),
          (d) => (d.requestPasswordReset === true ? 'OK' : `ANSWERED ${d.requestPasswordReset}`),
        ),
      resetPassword: async (actor) => {
        const issued = await this.gql(
          'ADMIN',
          'mutation($id: ID!) { issuePasswordResetLink(userId: $id) { url } }',
          { id: (await this.freshPerson()).id },
        );
        const token = new URL(issued.data!.issuePasswordResetLink.url).searchParams.get('token');
        return outcomeOf(
          await this.gql(
            actor,
            'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }',
            { t: token, p: `new password ${unique()}` },
          ),
        );
      },
      updateMinistry: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($id: ID!, $input: UpdateMinistryInput!) { updateMinistry(id: $id, input: $input) { id } }',
            { id: (await this.f.ministry()).id, input: { name: `Ministère ${unique()}` } },
          ),
        ),
      retireMinistry: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { retireMinistry(id: $id) { id } }', {
            id: (await this.f.ministry()).id,
          }),
        ),
      reinstateMinistry: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { reinstateMinistry(id: $id) { id } }', {
            id: (await this.f.ministry({ retiredAt: new Date() })).id,
          }),
        ),
      updateOrganization: async (actor) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }',
            { id: (await this.f.organization()).id, input: { name: `Organisation ${unique()}` } },
          ),
        ),
      retireOrganization: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { retireOrganization(id: $id) { id } }', {
            id: (await this.f.organization()).id,
          }),
        ),
      reinstateOrganization: async (actor) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { reinstateOrganization(id: $id) { id } }', {
            id: (await this.f.organization({ retiredAt: new Date() })).id,
          }),
        ),
      createNeed: async (actor, record) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
            {
              input: {
                title: `Need ${unique()}`,
                description: 'A need logged by the role matrix.',
                countryCode: 'SN',
                domainCodes: ['PUBLIC_ADMINISTRATION'],
                ...(record === 'another ministry' && { ministryId: this.ministryB.id }),
              },
            },
          ),
        ),
      updateNeed: async (actor, record) => {
        const need = await this.freshNeed(actor, record);
        return outcomeOf(
          await this.gql(
            actor,
            'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id } }',
            { id: need.id, input: { version: need.version, title: 'Edited by the matrix' } },
          ),
        );
      },
      createSolution: async (actor, record) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }',
            {
              input: {
                title: `Solution ${unique()}`,
                summary: 'A solution of the role matrix.',
                description: 'It is described by the role matrix.',
                domainCodes: ['PUBLIC_ADMINISTRATION'],
                maturity: 'PILOT',
                openSource: true,
                ...(record === 'other organisation' && { providerId: this.orgB.id }),
              },
            },
          ),
        ),
      updateSolution: async (actor, record) => {
        const solution = await this.freshSolution(actor, record);
        return outcomeOf(
          await this.gql(
            actor,
            'mutation($id: ID!, $input: UpdateSolutionInput!) { updateSolution(id: $id, input: $input) { id } }',
            {
              id: solution.id,
              input: { version: solution.version, title: 'Edited by the matrix' },
            },
          ),
        );
      },
      proposeMatch: async (actor, record) => {
        const need = await this.f.need(this.otherStaff.user, {
          visibility: record.endsWith('internal need') ? Visibility.INTERNAL : Visibility.PUBLIC,
        });
        const solution = await this.f.solution(
          record.startsWith('own-org')
            ? this.actors.SOLUTION_PROVIDER.user
            : this.otherProvider.user,
        );
        return outcomeOf(
          await this.gql(
            actor,
            'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
            { input: { needId: need.id, solutionId: solution.id } },
          ),
        );
      },
      startReview: matchMutation(
        'mutation($id: ID!) { startReview(matchId: $id) { id } }',
        (id) => ({
          id,
        }),
      ),
      reviewMatch: matchMutation(
        'mutation($input: ReviewMatchInput!) { reviewMatch(input: $input) { id } }',
        (matchId) => ({
          input: {
            matchId,
            recommendation: 'ACCEPT',
            relevance: 4,
            feasibility: 4,
            sustainability: 4,
            principlesAlignment: 4,
          },
        }),
        () => ({ status: MatchStatus.UNDER_REVIEW }),
      ),
      decideMatch: matchMutation(
        'mutation($input: DecideMatchInput!) { decideMatch(input: $input) { id } }',
        (matchId) => ({ input: { matchId, status: 'ACCEPTED' } }),
        () => ({ status: MatchStatus.UNDER_REVIEW, reviewer: this.otherCoordinator.user }),
      ),
      withdrawMatch: matchMutation(
        'mutation($id: ID!) { withdrawMatch(matchId: $id) { id } }',
        (id) => ({ id }),
      ),
      postComment: async (actor, record) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
            {
              input: { threadId: await this.thread(actor, record), body: 'Posted by the matrix.' },
            },
          ),
        ),
      editComment: async (actor, record) =>
        outcomeOf(
          await this.gql(
            actor,
            'mutation($input: EditCommentInput!) { editComment(input: $input) { id } }',
            { input: { commentId: await this.freshComment(actor, record), body: 'Edited.' } },
          ),
        ),
      deleteComment: async (actor, record) =>
        outcomeOf(
          await this.gql(actor, 'mutation($id: ID!) { deleteComment(id: $id) { id } }', {
            id: await this.freshComment(actor, record),
          }),
        ),
      markNotificationsRead: async (actor, record) => {
        const recipient = record === 'own' ? this.userOf(actor) : this.otherStaff.user;
        const id = await this.insertNotification(recipient);
        const res = await this.gql(
          actor,
          'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }',
          { ids: [id] },
        );
        const [row] = await this.t.db.query('SELECT read_at FROM notification WHERE id = $1', [id]);
        return outcomeOf(res, (d) => {
          const returned = (d.markNotificationsRead as { id: string }[]).some((n) => n.id === id);
          if (returned && row.read_at) return 'LISTED';
          if (!returned && !row.read_at) return 'OMITTED';
          return `INCONSISTENT returned=${returned} read=${row.read_at}`;
        });
      },

      commentAdded: async (actor, record) => {
        const threadId = await this.thread(actor, record);
        return this.subscribeOutcome(
          actor,
          'subscription($id: ID!) { commentAdded(threadId: $id) { id } }',
          { id: threadId },
          commentChannel(threadId),
        );
      },
      matchUpdated: async (actor, record) => {
        const needId =
          record === 'all matches' ? null : (await this.need(actor, record.slice(6))).id;
        return this.subscribeOutcome(
          actor,
          'subscription($needId: ID) { matchUpdated(needId: $needId) { id } }',
          { needId },
          matchChannel(needId),
        );
      },
      notificationAdded: async (actor) =>
        this.subscribeOutcome(
          actor,
          'subscription { notificationAdded { id } }',
          {},
          notificationChannel(this.userOf(actor).id),
        ),
    };
  }

  /** A fresh user of a role needs the affiliation the role requires. */
  private affiliation(role: Role): Partial<User> {
    if (role === 'MINISTRY_STAFF') return { ministryId: this.ministryA.id };
    if (role === 'SOLUTION_PROVIDER') return { organizationId: this.orgA.id };
    return {};
  }
}
