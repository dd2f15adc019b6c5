import fc from 'fast-check';
import {
  MatchStatus,
  Maturity,
  NeedStatus,
  OrganizationKind,
  Priority,
  Recommendation,
  Role,
  SolutionStatus,
  SubjectType,
  Visibility,
} from '../src/common/enums';
import { Match } from '../src/matching/entities/match.entity';
import { Review } from '../src/matching/entities/review.entity';
import { Need } from '../src/needs/entities/need.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { createThread } from '../src/discussions/threads';
import { User } from '../src/users/entities/user.entity';
import { PasswordResetsService } from '../src/users/password-resets.service';
import { startTestApp, TestApp } from './support/app';
import { Factory, PASSWORD } from './support/factories';
import {
  boolField,
  codesField,
  enumField,
  field,
  aroundLimit,
  hostileString,
  idField,
  inputOf,
  intField,
  oversized,
  Ref,
  resolveRefs,
  tagsField,
  textField,
} from './support/hostile';

/**
 * Hostile input for every mutation: fast-check generates malformed,
 * oversized, wrongly typed and boundary inputs and sends them over HTTP to
 * the real application. Every answer must be a success or an error with a
 * code (never INTERNAL_SERVER_ERROR, a stack trace or an `exception`), and a
 * refused call must leave every table as it was (row counts and an md5 of
 * the rows). FUZZ_RUNS sets the runs per mutation (100 in `npm test`,
 * 1,000 with `npm run fuzz`); FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
// Per mutation: the runs, and fast-check's shrinking should one fail.
jest.setTimeout(120_000 + RUNS * 3_000);

/** The tables that mutations write; any table not known to be static is checked too. */
const STATIC_TABLES = new Set([
  'migrations',
  'typeorm_metadata',
  'country',
  'domain',
  'principle',
  'vocabulary_phrase',
  'vocabulary_version',
]);
const STACK = /\bat .*\.(ts|js):\d+/;

type Caller = 'anon' | 'admin' | 'coordinator' | 'reviewer' | 'staff' | 'provider' | 'pwUser';

interface MutationFuzz {
  document: string;
  variables: fc.Arbitrary<unknown>;
  callers: Caller[];
  /** Keeps the fixture's chained state current after a success (tokens, passwords). */
  onSuccess?: (data: any, variables: any) => Promise<void> | void;
}

describe('hostile input to every mutation', () => {
  let t: TestApp;
  let f: Factory;
  let tables: string[];
  const tokens = {} as Record<Caller, string | undefined>;
  const users = {} as Record<Caller, User>;
  const cases = new Map<string, number>();
  const codes = new Map<string, Map<string, number>>();
  let fuzz: Record<string, MutationFuzz>;

  // Chained state: the current refresh tokens and password of the users they belong to.
  const chain = { refresh: '', logout: '', password: PASSWORD, resetToken: '' };
  let logoutUser: User;

  const login = async (user: User, password = PASSWORD) => {
    const res = await t.gql(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email: user.email, password } },
    );
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login as { accessToken: string; refreshToken: string };
  };

  const spent = { checksum: 0, send: 0 };
  async function checksum(): Promise<string> {
    const started = Date.now();
    try {
      return await checksumNow();
    } finally {
      spent.checksum += Date.now() - started;
    }
  }
  async function checksumNow(): Promise<string> {
    const parts = tables.map(
      (name) =>
        `SELECT '${name}' AS t, count(*)::int AS n,
                md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h FROM "${name}" r`,
    );
    const rows: { t: string; n: number; h: string }[] = await t.db.query(parts.join(' UNION ALL '));
    return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(' ');
  }

  /** POSTs like a client would; a value marked "overlong" goes out as invalid UTF-8 bytes. */
  async function send(document: string, variables: unknown, token?: string) {
    let body: Buffer = Buffer.from(JSON.stringify({ query: document, variables }), 'utf8');
    const marker = Buffer.from('\u00C0\u00AF', 'utf8');
    if (body.includes(marker)) {
      const at = body.indexOf(marker);
      body = Buffer.concat([
        body.subarray(0, at),
        Buffer.from([0xc0, 0xaf]),
        body.subarray(at + 4),
      ]);
    }
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: new Uint8Array(body),
    });
    return { status: res.status, text: await res.text() };
  }

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    const all: { table_name: string }[] = await t.db.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    tables = all.map((r) => r.table_name).filter((n) => !STATIC_TABLES.has(n));

    const [ministry, otherMinistry, org] = await Promise.all([
      f.ministry(),
      f.ministry(),
      f.organization(),
    ]);
    const signed = await Promise.all([
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministry.id }),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: org.id }),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministry.id }),
      f.signedIn(Role.MINISTRY_STAFF, { ministryId: otherMinistry.id }),
    ]);
    const callers: Caller[] = ['admin', 'coordinator', 'reviewer', 'staff', 'provider', 'pwUser'];
    callers.forEach((c, i) => {
      tokens[c] = signed[i].token;
      users[c] = signed[i].user;
    });
    tokens.anon = undefined;
    chain.refresh = signed[6].refreshToken;
    logoutUser = signed[7].user;
    chain.logout = signed[7].refreshToken;
    const staff = users.staff;
    const provider = users.provider;

    const codesOf = async (table: string) =>
      ((await t.db.query(`SELECT code FROM ${table} ORDER BY code`)) as { code: string }[]).map(
        (r) => r.code,
      );
    const domains = await codesOf('domain');
    const principles = await codesOf('principle');
    const countries = ['SN', 'LU', 'BF', 'XK', 'CV', 'NE', 'ML', 'RW'];

    // Records the mutations work on: a few of each, so that successes happen too.
    const needs = await Promise.all(
      Array.from({ length: 6 }, () => f.need(staff, { visibility: Visibility.PUBLIC })),
    );
    const solutions = await Promise.all(Array.from({ length: 4 }, () => f.solution(provider)));
    const insertMatch = async (status: MatchStatus, reviewed: boolean) => {
      const need = await f.need(staff, { visibility: Visibility.PUBLIC });
      const { identifiers } = await t.db.getRepository(Match).insert({
        needId: need.id,
        solutionId: solutions[0].id,
        proposedById: staff.id,
        status,
        score: null,
        rationale: null,
      });
      const id = identifiers[0].id as string;
      await createThread(t.db.manager, { type: SubjectType.MATCH, id });
      if (reviewed) {
        await t.db.getRepository(Review).insert({
          matchId: id,
          reviewerId: users.admin.id,
          recommendation: Recommendation.ACCEPT,
          relevance: 3,
          feasibility: 3,
          sustainability: 3,
          principlesAlignment: 3,
          comment: null,
        });
      }
      return id;
    };
    const proposed: string[] = [];
    const underReview: string[] = [];
    for (let i = 0; i < 6; i++) proposed.push(await insertMatch(MatchStatus.PROPOSED, false));
    for (let i = 0; i < 6; i++) underReview.push(await insertMatch(MatchStatus.UNDER_REVIEW, true));
    const [thread] = (await t.db.query(
      "SELECT id FROM thread WHERE subject_type = 'NEED' AND subject_id = $1",
      [needs[0].id],
    )) as { id: string }[];
    const comments: string[] = [];
    const notifications: string[] = [];
    for (let i = 0; i < 6; i++) {
      const [c] = await t.db.query(
        'INSERT INTO comment (thread_id, author_id, body) VALUES ($1, $2, $3) RETURNING id',
        [thread.id, staff.id, `Comment ${i}`],
      );
      comments.push(c.id);
      const [n] = await t.db.query(
        `INSERT INTO notification (recipient_id, kind, actor_id, target_type, target_id)
         VALUES ($1, 'MATCH_PROPOSED', $2, 'NEED', $3) RETURNING id`,
        [staff.id, users.admin.id, needs[0].id],
      );
      notifications.push(n.id);
    }

    // People, ministries and organisations that the administration mutations change: never
    // a caller (deactivating one would turn its later calls into UNAUTHENTICATED).
    const victims = await Promise.all([
      f.user(Role.COORDINATOR),
      f.user(Role.MINISTRY_STAFF, { ministryId: ministry.id }),
      f.user(Role.SOLUTION_PROVIDER, { organizationId: org.id }),
      f.user(Role.COORDINATOR, { deactivatedAt: new Date() }),
    ]);
    const resetVictim = await f.user(Role.COORDINATOR);
    const adminMinistries = await Promise.all([f.ministry(), f.ministry(), f.ministry()]);
    const adminOrgs = await Promise.all([f.organization(), f.organization(), f.organization()]);
    const issueResetToken = async () => {
      const res = await t.gql(
        'mutation($id: ID!) { issuePasswordResetLink(userId: $id) { url } }',
        { id: resetVictim.id },
        tokens.admin,
      );
      return new URL(res.data!.issuePasswordResetLink.url).searchParams.get('token')!;
    };
    chain.resetToken = await issueResetToken();

    // ---- refs: real values, worked out when a call is sent ----
    const ref = (label: string, value: unknown) => new Ref(label, () => value);
    const needRefs = needs.map((n, i) => ref(`need ${i}`, n.id));
    const solutionRefs = solutions.map((s, i) => ref(`solution ${i}`, s.id));
    const versionOf = (entity: typeof Need | typeof Solution, id: string) =>
      new Ref('current version', async () => {
        const row = await t.db.getRepository(entity).findOneByOrFail({ id });
        return row.version;
      });
    const emails = fc.oneof(
      fc.emailAddress(),
      fc
        .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 12 })
        .map((h) => `fuzz.${h}@test.d4d.lu`),
    );
    const needFields = (optional: boolean) => ({
      title: textField(200),
      description: textField(20_000),
      countryCode: field(fc.constantFrom(...countries), [
        fc.constantFrom('sn', 'ZZ', 'S', 'SNN', '', 'S\u0000', 'É', '🇱🇺'),
      ]),
      domainCodes: codesField(domains, 1, 12),
      principleCodes: codesField(principles, 0, 9),
      tags: tagsField(),
      partnerInstitution: textField(200),
      priority: enumField(Object.values(Priority)),
      visibility: enumField(Object.values(Visibility)),
      status: enumField(Object.values(NeedStatus)),
      ...(optional
        ? {}
        : {
            ministryId: idField(
              ref('ministry', ministry.id),
              ref('other ministry', otherMinistry.id),
            ),
          }),
    });
    const solutionFields = () => ({
      title: textField(200),
      summary: textField(500),
      description: textField(20_000),
      domainCodes: codesField(domains, 1, 12),
      principleCodes: codesField(principles, 0, 9),
      tags: tagsField(),
      maturity: enumField(Object.values(Maturity)),
      openSource: boolField(),
      countryCodesDeployed: codesField(countries, 0, 250, 2),
      status: enumField(Object.values(SolutionStatus)),
    });
    const rubric = (max: number) => intField(1, max);
    const victimRefs = victims.map((v, i) => ref(`person ${i}`, v.id));
    const ministryRefs = adminMinistries.map((m, i) => ref(`ministry ${i}`, m.id));
    const orgRefs = adminOrgs.map((o, i) => ref(`organisation ${i}`, o.id));
    const acronymField = () =>
      field(fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{1,19}$/), [
        aroundLimit(20),
        fc.constantFrom(ministry.acronym, 'maee', 'A', '-ABC', 'ÄÖÜ'),
      ]);
    const websiteField = () =>
      field(fc.constantFrom('https://example.lu', 'http://a.example/b?c=d', null), [
        fc.constantFrom(
          'javascript:alert(1)',
          'ftp://example.lu',
          `https://${'a'.repeat(300)}.lu`,
          'https://exa mple.lu',
        ),
      ]);
    const byId = (name: string, refs: Ref[], callers: Caller[], selection = 'id') => ({
      document: `mutation($id: ID!) { ${name}(id: $id) { ${selection} } }`,
      callers,
      variables: fc.record({ id: idField(...refs) }),
    });
    const newPassword = () =>
      field(
        fc
          .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 10, maxLength: 40 })
          .map((h) => `pw ${h}`),
        [aroundLimit(10), aroundLimit(200), oversized, fc.constant('short')],
      );

    fuzz = {
      login: {
        document: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        callers: ['anon'],
        variables: fc.record({
          input: inputOf({
            email: field(fc.constantFrom(users.admin.email, 'nobody@test.d4d.lu'), [
              emails,
              aroundLimit(254),
              oversized,
            ]),
            password: field(fc.constantFrom(PASSWORD, 'not the password'), [
              aroundLimit(200),
              oversized,
            ]),
          }),
        }),
      },
      refreshSession: {
        document:
          'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }',
        callers: ['anon'],
        variables: fc.record({
          t: field(fc.constant(new Ref('current refresh token', () => chain.refresh)), [
            fc.base64String({ minLength: 43, maxLength: 44 }),
            aroundLimit(200),
            oversized,
            fc.constant(new Ref('refresh token + x', () => `${chain.refresh}x`)),
          ]),
        }),
        onSuccess: (data) => {
          chain.refresh = data.refreshSession.refreshToken;
        },
      },
      logout: {
        document: 'mutation($t: String!) { logout(refreshToken: $t) }',
        callers: ['staff', 'admin', 'anon'],
        variables: fc.record({
          t: field(fc.constant(new Ref('a refresh token', () => chain.logout)), [
            aroundLimit(200),
            oversized,
          ]),
        }),
        onSuccess: async (data) => {
          if (data.logout) chain.logout = (await login(logoutUser)).refreshToken;
        },
      },
      changePassword: {
        document:
          'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
        callers: ['pwUser', 'anon'],
        variables: fc.record({
          input: inputOf({
            currentPassword: field(
              fc.constant(new Ref('the current password', () => chain.password)),
              [aroundLimit(200), oversized],
            ),
            newPassword: field(
              fc
                .string({
                  unit: fc.constantFrom(...'0123456789abcdef'),
                  minLength: 10,
                  maxLength: 40,
                })
                .map((h) => `pw ${h}`),
              [aroundLimit(10), aroundLimit(200), oversized, fc.constant('short')],
            ),
          }),
        }),
        onSuccess: (data, variables) => {
          chain.password = variables.input.newPassword;
          tokens.pwUser = data.changePassword.accessToken;
        },
      },
      updateMyProfile: {
        document: 'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
        callers: ['staff', 'provider', 'anon'],
        variables: fc.record({
          input: inputOf({
            displayName: textField(120),
            locale: enumField(['en', 'fr']),
          }),
        }),
      },
      createMinistry: {
        document: 'mutation($input: CreateMinistryInput!) { createMinistry(input: $input) { id } }',
        callers: ['admin', 'coordinator', 'anon'],
        variables: fc.record({
          input: inputOf({
            name: textField(200),
            acronym: field(fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{1,19}$/), [
              aroundLimit(20),
              fc.constantFrom(ministry.acronym, 'maee', 'A', '-ABC', 'ÄÖÜ'),
            ]),
          }),
        }),
      },
      createOrganization: {
        document:
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        callers: ['admin', 'staff', 'anon'],
        variables: fc.record({
          input: inputOf({
            name: textField(200),
            kind: enumField(Object.values(OrganizationKind)),
            countryCode: field(fc.constantFrom(...countries), [fc.constantFrom('zz', 'LUX', '')]),
            website: field(fc.constantFrom('https://example.lu', 'http://a.example/b?c=d'), [
              fc.constantFrom(
                'javascript:alert(1)',
                'ftp://example.lu',
                `https://${'a'.repeat(300)}.lu`,
                'https://exa mple.lu',
                'https://example.lu/\r\nx',
              ),
            ]),
          }),
        }),
      },
      createUser: {
        document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        callers: ['admin', 'coordinator', 'anon'],
        variables: fc.record({
          input: inputOf({
            email: field(emails, [aroundLimit(254), oversized, fc.constant(users.staff.email)]),
            displayName: textField(120),
            password: field(fc.constant('a long enough password'), [
              aroundLimit(10),
              aroundLimit(200),
              oversized,
            ]),
            role: enumField(Object.values(Role)),
            ministryId: idField(ref('ministry', ministry.id)),
            organizationId: idField(ref('organisation', org.id)),
          }),
        }),
      },
      createNeed: {
        document: 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
        callers: ['staff', 'coordinator', 'provider', 'anon'],
        variables: fc.record({ input: inputOf(needFields(false)) }),
      },
      updateNeed: {
        document:
          'mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }',
        callers: ['staff', 'coordinator', 'provider', 'anon'],
        variables: fc.constantFrom(...needs.map((n, i) => ({ n, i }))).chain(({ n, i }) =>
          fc.record({
            id: idField(needRefs[i], ...needRefs),
            input: inputOf({
              version: field(fc.constant(versionOf(Need, n.id)), [intField(1, 2 ** 31 - 1)]),
              ...needFields(true),
            }),
          }),
        ),
      },
      createSolution: {
        document: 'mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id } }',
        callers: ['provider', 'coordinator', 'staff', 'anon'],
        variables: fc.record({
          input: inputOf({ ...solutionFields(), providerId: idField(ref('organisation', org.id)) }),
        }),
      },
      updateSolution: {
        document:
          'mutation($id: ID!, $input: UpdateSolutionInput!) { updateSolution(id: $id, input: $input) { id version } }',
        callers: ['provider', 'coordinator', 'staff', 'anon'],
        variables: fc.constantFrom(...solutions.map((s, i) => ({ s, i }))).chain(({ s, i }) =>
          fc.record({
            id: idField(solutionRefs[i], ...solutionRefs),
            input: inputOf({
              version: field(fc.constant(versionOf(Solution, s.id)), [intField(1, 2 ** 31 - 1)]),
              ...solutionFields(),
            }),
          }),
        ),
      },
      proposeMatch: {
        document: 'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
        callers: ['coordinator', 'staff', 'provider', 'anon'],
        variables: fc.record({
          input: inputOf({
            needId: idField(...needRefs),
            solutionId: idField(...solutionRefs),
            rationale: textField(5000),
          }),
        }),
      },
      startReview: {
        document: 'mutation($id: ID!) { startReview(matchId: $id) { id } }',
        callers: ['coordinator', 'staff', 'anon'],
        variables: fc.record({ id: idField(...proposed.map((id) => ref('proposed match', id))) }),
      },
      reviewMatch: {
        document: 'mutation($input: ReviewMatchInput!) { reviewMatch(input: $input) { id } }',
        callers: ['reviewer', 'staff', 'provider', 'anon'],
        variables: fc.record({
          input: inputOf({
            matchId: idField(...underReview.map((id) => ref('match under review', id))),
            recommendation: enumField(Object.values(Recommendation)),
            relevance: rubric(5),
            feasibility: rubric(5),
            sustainability: rubric(5),
            principlesAlignment: rubric(5),
            comment: textField(5000),
          }),
        }),
      },
      decideMatch: {
        document: 'mutation($input: DecideMatchInput!) { decideMatch(input: $input) { id } }',
        callers: ['coordinator', 'staff', 'anon'],
        variables: fc.record({
          input: inputOf({
            matchId: idField(...underReview.map((id) => ref('reviewed match', id))),
            status: enumField(Object.values(MatchStatus)),
            note: textField(5000),
          }),
        }),
      },
      withdrawMatch: {
        document: 'mutation($id: ID!) { withdrawMatch(matchId: $id) { id } }',
        callers: ['staff', 'coordinator', 'anon'],
        variables: fc.record({
          id: idField(...[...proposed, ...underReview].map((id) => ref('match', id))),
        }),
      },
      postComment: {
        document: 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
        callers: ['staff', 'provider', 'coordinator', 'anon'],
        variables: fc.record({
          input: inputOf({
            threadId: idField(ref('thread', thread.id)),
            body: textField(10_000),
          }),
        }),
      },
      editComment: {
        document: 'mutation($input: EditCommentInput!) { editComment(input: $input) { id } }',
        callers: ['staff', 'admin', 'anon'],
        variables: fc.record({
          input: inputOf({
            commentId: idField(...comments.map((id) => ref('comment', id))),
            body: textField(10_000),
          }),
        }),
      },
      deleteComment: {
        document: 'mutation($id: ID!) { deleteComment(id: $id) { id } }',
        callers: ['staff', 'coordinator', 'anon'],
        variables: fc.record({ id: idField(...comments.map((id) => ref('comment', id))) }),
      },
      updateUser: {
        document:
          'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role active } }',
        callers: ['admin', 'coordinator', 'anon'],
        variables: fc.record({
          id: idField(...victimRefs),
          input: inputOf({
            displayName: textField(120),
            role: enumField(Object.values(Role)),
            ministryId: idField(ref('ministry', ministry.id), ministryRefs[0]),
            organizationId: idField(ref('organisation', org.id), orgRefs[0]),
          }),
        }),
      },
      deactivateUser: byId('deactivateUser', victimRefs, ['admin', 'staff', 'anon'], 'id active'),
      reactivateUser: byId(
        'reactivateUser',
        victimRefs,
        ['admin', 'coordinator', 'anon'],
        'id active',
      ),
      issuePasswordResetLink: {
        document: 'mutation($id: ID!) { issuePasswordResetLink(userId: $id) { url expiresAt } }',
        callers: ['admin', 'coordinator', 'anon'],
        variables: fc.record({ id: idField(...victimRefs) }),
      },
      requestPasswordReset: {
        document: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
        callers: ['anon', 'staff'],
        variables: fc.record({
          email: field(fc.constantFrom(...victims.map((v) => v.email), 'nobody@test.d4d.lu'), [
            emails,
            aroundLimit(254),
            oversized,
            fc.constant(victims[0].email.toUpperCase()),
          ]),
        }),
        // The link is written after the answer: wait for it before the next baseline.
        onSuccess: () => t.app.get(PasswordResetsService).settled(),
      },
      resetPassword: {
        document:
          'mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }',
        callers: ['anon', 'staff'],
        variables: fc.record({
          token: field(fc.constant(new Ref('a live reset token', () => chain.resetToken)), [
            fc.base64String({ minLength: 43, maxLength: 44 }),
            aroundLimit(200),
            oversized,
            fc.constant(new Ref('reset token + x', () => `${chain.resetToken}x`)),
          ]),
          pw: newPassword(),
        }),
        onSuccess: async () => {
          chain.resetToken = await issueResetToken();
        },
      },
      updateMinistry: {
        document:
          'mutation($id: ID!, $input: UpdateMinistryInput!) { updateMinistry(id: $id, input: $input) { id } }',
        callers: ['admin', 'coordinator', 'anon'],
        variables: fc.record({
          id: idField(...ministryRefs),
          input: inputOf({
            name: textField(200),
            acronym: acronymField(),
            website: websiteField(),
          }),
        }),
      },
      retireMinistry: byId('retireMinistry', ministryRefs, ['admin', 'coordinator', 'anon']),
      reinstateMinistry: byId('reinstateMinistry', ministryRefs, ['admin', 'staff', 'anon']),
      updateOrganization: {
        document:
          'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }',
        callers: ['admin', 'provider', 'anon'],
        variables: fc.record({
          id: idField(...orgRefs),
          input: inputOf({
            name: textField(200),
            acronym: acronymField(),
            kind: enumField(Object.values(OrganizationKind)),
            countryCode: field(fc.constantFrom(...countries), [fc.constantFrom('zz', 'LUX', '')]),
            website: websiteField(),
          }),
        }),
      },
      retireOrganization: byId('retireOrganization', orgRefs, ['admin', 'provider', 'anon']),
      reinstateOrganization: byId('reinstateOrganization', orgRefs, [
        'admin',
        'coordinator',
        'anon',
      ]),
      markNotificationsRead: {
        document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }',
        callers: ['staff', 'admin', 'anon'],
        variables: fc.record({
          ids: field(fc.subarray(notifications.map((id) => ref('notification', id))), [
            fc.constant(Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000')),
            fc.array(hostileString, { minLength: 1, maxLength: 3 }),
            fc.constant([null]),
            fc.array(fc.uuid(), { maxLength: 100 }),
          ]),
        }),
      },
    };
  });

  afterAll(async () => {
    const total = [...cases.values()].reduce((a, b) => a + b, 0);
    const lines = [...cases.entries()].map(
      ([name, n]) =>
        `  ${name}: ${n} cases (${[...(codes.get(name) ?? new Map()).entries()]
          .map(([c, k]) => `${c} ${k}`)
          .join(', ')})`,
    );
    console.log(
      [
        `fuzz: ${total} cases over ${cases.size} mutations, seed ${SEED}; ` +
          `${(spent.send / 1000).toFixed(1)} s in calls, ${(spent.checksum / 1000).toFixed(1)} s in checksums`,
        ...lines,
      ].join('\n'),
    );
    await t?.close();
  });

  it('covers every mutation of the schema', async () => {
    const { GraphQLSchemaHost } = await import('@nestjs/graphql');
    const mutations = Object.keys(
      t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields(),
    );
    expect(mutations.filter((m) => !(m in fuzz)).sort()).toEqual([]);
    // And every entry of the table is run below.
    expect([...MUTATIONS].sort()).toEqual(Object.keys(fuzz).sort());
  });

  const MUTATIONS = [
    'login',
    'refreshSession',
    'logout',
    'changePassword',
    'updateMyProfile',
    'createMinistry',
    'createOrganization',
    'createUser',
    'createNeed',
    'updateNeed',
    'createSolution',
    'updateSolution',
    'proposeMatch',
    'startReview',
    'reviewMatch',
    'decideMatch',
    'withdrawMatch',
    'postComment',
    'editComment',
    'deleteComment',
    'markNotificationsRead',
    // Last: they change people, ministries and organisations of their own only.
    'updateUser',
    'deactivateUser',
    'reactivateUser',
    'issuePasswordResetLink',
    'requestPasswordReset',
    'resetPassword',
    'updateMinistry',
    'retireMinistry',
    'reinstateMinistry',
    'updateOrganization',
    'retireOrganization',
    'reinstateOrganization',
  ];

  it.each(MUTATIONS)('%s answers hostile input with a code and refuses it whole', async (name) => {
    const spec = fuzz[name];
    const byCode = new Map<string, number>();
    codes.set(name, byCode);
    let baseline = await checksum();
    const callerArb = fc.oneof(
      { arbitrary: fc.constant(spec.callers[0]), weight: 6 },
      { arbitrary: fc.constantFrom(...spec.callers), weight: 2 },
    );
    await fc.assert(
      fc.asyncProperty(callerArb, spec.variables, async (caller, raw) => {
        cases.set(name, (cases.get(name) ?? 0) + 1);
        const variables = (await resolveRefs(raw)) as Record<string, unknown>;
        const sentAt = Date.now();
        const { status, text } = await send(spec.document, variables, tokens[caller]);
        spent.send += Date.now() - sentAt;
        expect(text).not.toMatch(STACK);
        expect(text).not.toMatch(/"(stacktrace|exception)"/);
        expect(status).toBeLessThan(500);
        const body = JSON.parse(text) as {
          data?: Record<string, unknown> | null;
          errors?: { extensions?: { code?: string } }[];
        };
        if (body.errors?.length) {
          for (const error of body.errors) {
            expect(error.extensions?.code).toEqual(expect.any(String));
            expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
          }
          const code = body.errors[0].extensions!.code!;
          byCode.set(code, (byCode.get(code) ?? 0) + 1);
          // Refused: nothing written, in any table.
          expect(await checksum()).toBe(baseline);
        } else {
          expect(body.data?.[name]).toBeDefined();
          byCode.set('OK', (byCode.get('OK') ?? 0) + 1);
          await spec.onSuccess?.(body.data, variables);
          baseline = await checksum();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: RUNS > 100 },
    );
  });
});
