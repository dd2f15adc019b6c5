import { NeedStatus, Role, SolutionStatus, Visibility } from '../src/common/enums';
import { Organization } from '../src/organizations/entities/organization.entity';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, StatementCounter, TestApp } from './support/app';
import { dataOf, expectError, MISSING_ID } from './support/assertions';
import { Factory } from './support/factories';

jest.setTimeout(120_000);

const THREAD = `query($id: ID!) { thread(id: $id) { id subject subjectType subjectId
  comments { totalCount edges { node { id body } } } } }`;
const NEED_THREAD = `query($id: ID!) { need(id: $id) { id thread { id subjectType subjectId subject } } }`;
const SOLUTION_THREAD = `query($id: ID!) { solution(id: $id) { id thread { id subjectType subjectId } } }`;
const MATCH_THREAD = `query($id: ID!) { match(id: $id) { id thread { id subjectType subjectId subject } } }`;
const COMMENT_FIELDS = 'id body createdAt editedAt deleted deletedAt threadId author { id }';
const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { ${COMMENT_FIELDS} } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { ${COMMENT_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { ${COMMENT_FIELDS} } }`;
const PAGE = `query($id: ID!, $first: Int, $after: String) { thread(id: $id) {
  comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${COMMENT_FIELDS} } } } } }`;

type Signed = { user: User; token: string };

describe('discussion threads and comments', () => {
  let t: TestApp;
  let f: Factory;
  let counter: StatementCounter;
  let orgA: Organization;
  let admin: Signed;
  let coordinator: Signed;
  let staff: Signed; // ministry M1
  let colleague: Signed; // also M1
  let otherStaff: Signed; // another ministry
  let providerA: Signed;
  let providerB: Signed;

  beforeAll(async () => {
    counter = new StatementCounter();
    t = await startTestApp({ queryLogger: counter });
    f = new Factory(t);
    orgA = await f.organization();
    admin = await f.signedIn(Role.ADMIN);
    coordinator = await f.signedIn(Role.COORDINATOR);
    staff = await f.signedIn(Role.MINISTRY_STAFF);
    colleague = await f.signedIn(Role.MINISTRY_STAFF, { ministryId: staff.user.ministryId });
    otherStaff = await f.signedIn(Role.MINISTRY_STAFF);
    providerA = await f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id });
    providerB = await f.signedIn(Role.SOLUTION_PROVIDER);
  });
  afterAll(() => t.close());

  const threadIdOf = async (query: string, id: string, field: 'need' | 'solution' | 'match') =>
    dataOf(await t.gql(query, { id }, admin.token))[field].thread.id as string;
  const post = (token: string, threadId: string, body: string) =>
    t.gql(POST, { input: { threadId, body } }, token);

  describe('who may read and post, role by role', () => {
    it('opens a thread with every need, solution and match created through the API', async () => {
      const need = dataOf(
        await t.gql(
          `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id thread { id subjectType subjectId subject } } }`,
          {
            input: {
              title: 'Registre foncier numérique',
              description: 'Digitise the land registry.',
              countryCode: 'SN',
              domainCodes: ['PUBLIC_ADMINISTRATION'],
              visibility: 'PUBLIC',
            },
          },
          staff.token,
        ),
      ).createNeed;
      expect(need.thread).toMatchObject({
        subjectType: 'NEED',
        subjectId: need.id,
        subject: 'Registre foncier numérique',
      });
      const solution = dataOf(
        await t.gql(
          `mutation($input: CreateSolutionInput!) { createSolution(input: $input) { id thread { id subjectType subjectId } } }`,
          {
            input: {
              title: 'Cadastre',
              summary: 'A land registry.',
              description: 'Runs offline.',
              domainCodes: ['PUBLIC_ADMINISTRATION'],
              maturity: 'PILOT',
              openSource: true,
              status: 'PUBLISHED',
            },
          },
          providerA.token,
        ),
      ).createSolution;
      expect(solution.thread).toMatchObject({ subjectType: 'SOLUTION', subjectId: solution.id });
      const match = dataOf(
        await t.gql(
          `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id thread { id subjectType subjectId subject } } }`,
          { input: { needId: need.id, solutionId: solution.id } },
          providerA.token,
        ),
      ).proposeMatch;
      expect(match.thread).toMatchObject({
        subjectType: 'MATCH',
        subjectId: match.id,
        subject: 'Cadastre → Registre foncier numérique',
      });
      const threads = await t.db.query(
        `SELECT count(*)::int AS n FROM thread
          WHERE (subject_type, subject_id) IN (('NEED', $1), ('SOLUTION', $2), ('MATCH', $3))`,
        [need.id, solution.id, match.id],
      );
      expect(threads[0].n).toBe(3);
    });

    it('lets every role read and post in the thread of a PUBLIC need', async () => {
      const need = await f.need(staff.user, { visibility: Visibility.PUBLIC });
      const threadId = await threadIdOf(NEED_THREAD, need.id, 'need');
      for (const who of [admin, coordinator, staff, otherStaff, providerA, providerB]) {
        const thread = dataOf(await t.gql(THREAD, { id: threadId }, who.token)).thread;
        expect(thread).toMatchObject({ id: threadId, subjectType: 'NEED', subjectId: need.id });
        expect(dataOf(await t.gql(NEED_THREAD, { id: need.id }, who.token)).need.thread.id).toBe(
          threadId,
        );
        dataOf(await post(who.token, threadId, `hello from ${who.user.role}`));
      }
      const all = dataOf(await t.gql(THREAD, { id: threadId }, staff.token)).thread;
      expect(all.comments.totalCount).toBe(6);
    });

    it('never shows a provider the thread of an INTERNAL need: NOT_FOUND, as for the need', async () => {
      const need = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      const threadId = await threadIdOf(NEED_THREAD, need.id, 'need');
      for (const provider of [providerA, providerB]) {
        expectError(await t.gql(THREAD, { id: threadId }, provider.token), 'NOT_FOUND');
        expectError(await post(provider.token, threadId, 'let me in'), 'NOT_FOUND');
        expectError(await t.gql(NEED_THREAD, { id: need.id }, provider.token), 'NOT_FOUND');
      }
      // Staff of any ministry, coordinators and admins read it.
      for (const who of [admin, coordinator, staff, otherStaff]) {
        dataOf(await t.gql(THREAD, { id: threadId }, who.token));
      }
      // A comment in it cannot be edited or deleted by someone who cannot read it.
      const comment = dataOf(await post(staff.token, threadId, 'internal note')).postComment;
      expectError(
        await t.gql(EDIT, { input: { commentId: comment.id, body: 'x' } }, providerA.token),
        'NOT_FOUND',
      );
      expectError(await t.gql(DELETE, { id: comment.id }, providerA.token), 'NOT_FOUND');
    });

    it("keeps a ministry's DRAFT need thread to its ministry and the working group", async () => {
      const draft = await f.need(staff.user, { status: NeedStatus.DRAFT });
      const threadId = await threadIdOf(NEED_THREAD, draft.id, 'need');
      for (const who of [admin, coordinator, staff, colleague]) {
        dataOf(await t.gql(THREAD, { id: threadId }, who.token));
      }
      for (const who of [otherStaff, providerA]) {
        expectError(await t.gql(THREAD, { id: threadId }, who.token), 'NOT_FOUND');
        expectError(await post(who.token, threadId, 'hi'), 'NOT_FOUND');
      }
    });

    it("keeps a DRAFT solution's thread to its provider and the working group", async () => {
      const draft = await f.solution(providerA.user, { status: SolutionStatus.DRAFT });
      const threadId = await threadIdOf(SOLUTION_THREAD, draft.id, 'solution');
      for (const who of [admin, coordinator, providerA]) {
        dataOf(await t.gql(THREAD, { id: threadId }, who.token));
        dataOf(await post(who.token, threadId, 'draft talk'));
      }
      for (const who of [staff, providerB]) {
        expectError(await t.gql(THREAD, { id: threadId }, who.token), 'NOT_FOUND');
        expectError(await post(who.token, threadId, 'hi'), 'NOT_FOUND');
      }
    });

    it("shows a match's thread to whoever may read the match, and no other provider", async () => {
      const need = await f.need(staff.user);
      const solution = await f.solution(providerA.user);
      const match = dataOf(
        await t.gql(
          'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }',
          { input: { needId: need.id, solutionId: solution.id } },
          staff.token,
        ),
      ).proposeMatch;
      const threadId = await threadIdOf(MATCH_THREAD, match.id, 'match');
      for (const who of [admin, coordinator, staff, otherStaff, providerA]) {
        dataOf(await t.gql(THREAD, { id: threadId }, who.token));
        expect(dataOf(await t.gql(MATCH_THREAD, { id: match.id }, who.token)).match.thread.id).toBe(
          threadId,
        );
      }
      expectError(await t.gql(THREAD, { id: threadId }, providerB.token), 'NOT_FOUND');
      expectError(await post(providerB.token, threadId, 'hi'), 'NOT_FOUND');
    });

    it('answers NOT_FOUND for an unknown thread, and BAD_USER_INPUT for a malformed id', async () => {
      expectError(await t.gql(THREAD, { id: MISSING_ID }, admin.token), 'NOT_FOUND');
      expectError(await t.gql(THREAD, { id: 'nope' }, admin.token), 'BAD_USER_INPUT');
      expectError(await post(admin.token, MISSING_ID, 'x'), 'NOT_FOUND');
    });

    it('refuses anonymous callers', async () => {
      const need = await f.need(staff.user);
      const threadId = await threadIdOf(NEED_THREAD, need.id, 'need');
      expectError(await t.gql(THREAD, { id: threadId }), 'UNAUTHENTICATED');
      expectError(await post('', threadId, 'x'), 'UNAUTHENTICATED');
    });
  });

  describe('comments', () => {
    let threadId: string;
    beforeAll(async () => {
      const need = await f.need(staff.user);
      threadId = await threadIdOf(NEED_THREAD, need.id, 'need');
    });

    it('stores Markdown exactly as written and returns it as written, never as HTML', async () => {
      const body = '  **Bold** <script>alert(1)</script>\n\n- item & more\n\t`code`  ';
      const comment = dataOf(await post(staff.token, threadId, body)).postComment;
      expect(comment.body).toBe(body);
      expect(comment).toMatchObject({ editedAt: null, deleted: false, deletedAt: null, threadId });
      expect(comment.author.id).toBe(staff.user.id);
      const [row] = await t.db.query('SELECT body FROM comment WHERE id = $1', [comment.id]);
      expect(row.body).toBe(body);
    });

    it('takes 1 to 10,000 characters, not blank, without control characters', async () => {
      dataOf(await post(staff.token, threadId, 'x'.repeat(10_000)));
      expectError(await post(staff.token, threadId, 'x'.repeat(10_001)), 'BAD_USER_INPUT', 'body');
      expectError(await post(staff.token, threadId, ''), 'BAD_USER_INPUT', 'body');
      expectError(await post(staff.token, threadId, ' \n\t '), 'BAD_USER_INPUT', 'body');
      expectError(await post(staff.token, threadId, 'a\u0000b'), 'BAD_USER_INPUT', 'body');
    });

    it('pages the conversation oldest first', async () => {
      const need = await f.need(staff.user);
      const id = await threadIdOf(NEED_THREAD, need.id, 'need');
      for (let i = 1; i <= 5; i += 1) dataOf(await post(staff.token, id, `comment ${i}`));
      const first = dataOf(await t.gql(PAGE, { id, first: 2 }, staff.token)).thread.comments;
      expect(first.totalCount).toBe(5);
      expect(first.edges.map((e: any) => e.node.body)).toEqual(['comment 1', 'comment 2']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = dataOf(
        await t.gql(PAGE, { id, first: 2, after: first.pageInfo.endCursor }, staff.token),
      ).thread.comments;
      expect(second.edges.map((e: any) => e.node.body)).toEqual(['comment 3', 'comment 4']);
      const last = dataOf(
        await t.gql(PAGE, { id, first: 2, after: second.pageInfo.endCursor }, staff.token),
      ).thread.comments;
      expect(last.edges.map((e: any) => e.node.body)).toEqual(['comment 5']);
      expect(last.pageInfo.hasNextPage).toBe(false);
      // Default page: 50, oldest first.
      const all = dataOf(await t.gql(PAGE, { id }, staff.token)).thread.comments;
      expect(all.edges).toHaveLength(5);
      expectError(await t.gql(PAGE, { id, first: 101 }, staff.token), 'BAD_USER_INPUT', 'first');
      expectError(
        await t.gql(PAGE, { id, after: 'garbage' }, staff.token),
        'BAD_USER_INPUT',
        'after',
      );
    });

    it('lets only the author edit, and says when', async () => {
      const comment = dataOf(await post(staff.token, threadId, 'first draft')).postComment;
      for (const other of [colleague, admin, coordinator]) {
        expectError(
          await t.gql(EDIT, { input: { commentId: comment.id, body: 'hijack' } }, other.token),
          'FORBIDDEN',
        );
      }
      const edited = dataOf(
        await t.gql(EDIT, { input: { commentId: comment.id, body: 'second draft' } }, staff.token),
      ).editComment;
      expect(edited.body).toBe('second draft');
      expect(new Date(edited.editedAt).getTime()).toBeGreaterThanOrEqual(
        new Date(comment.createdAt).getTime(),
      );
      expectError(
        await t.gql(EDIT, { input: { commentId: comment.id, body: '' } }, staff.token),
        'BAD_USER_INPUT',
        'body',
      );
      expectError(
        await t.gql(EDIT, { input: { commentId: MISSING_ID, body: 'x' } }, staff.token),
        'NOT_FOUND',
      );
    });

    it('lets the author or an admin delete, leaving a placeholder that keeps the conversation readable', async () => {
      const need = await f.need(staff.user);
      const id = await threadIdOf(NEED_THREAD, need.id, 'need');
      const a = dataOf(await post(staff.token, id, 'one')).postComment;
      const b = dataOf(await post(colleague.token, id, 'two')).postComment;
      const c = dataOf(await post(staff.token, id, 'three')).postComment;
      expectError(await t.gql(DELETE, { id: b.id }, staff.token), 'FORBIDDEN');
      expectError(await t.gql(DELETE, { id: b.id }, coordinator.token), 'FORBIDDEN');
      const byAuthor = dataOf(await t.gql(DELETE, { id: b.id }, colleague.token)).deleteComment;
      expect(byAuthor).toMatchObject({ id: b.id, body: '', deleted: true });
      expect(byAuthor.deletedAt).toBeTruthy();
      expect(byAuthor.author.id).toBe(colleague.user.id);
      const byAdmin = dataOf(await t.gql(DELETE, { id: c.id }, admin.token)).deleteComment;
      expect(byAdmin).toMatchObject({ body: '', deleted: true });
      // Deleting again changes nothing; editing a deleted comment is refused.
      const again = dataOf(await t.gql(DELETE, { id: b.id }, colleague.token)).deleteComment;
      expect(again.deletedAt).toBe(byAuthor.deletedAt);
      expectError(
        await t.gql(EDIT, { input: { commentId: b.id, body: 'back' } }, colleague.token),
        'CONFLICT',
      );
      const page = dataOf(await t.gql(PAGE, { id }, staff.token)).thread.comments;
      expect(page.totalCount).toBe(3);
      expect(page.edges.map((e: any) => [e.node.id, e.node.body, e.node.deleted])).toEqual([
        [a.id, 'one', false],
        [b.id, '', true],
        [c.id, '', true],
      ]);
    });
  });

  it('resolves threads and their comments of a whole page in a fixed number of statements', async () => {
    const author = await f.user(Role.MINISTRY_STAFF);
    const commenter = await f.signedIn(Role.MINISTRY_STAFF);
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const need = await f.need(author, { ministryId: author.ministryId, tags: ['n1check'] });
      ids.push(need.id);
      const threadId = await threadIdOf(NEED_THREAD, need.id, 'need');
      for (let j = 0; j < 2; j += 1) dataOf(await post(commenter.token, threadId, `c${j}`));
    }
    const LIST = `query($first: Int) { needs(first: $first, filter: { ministryId: "${author.ministryId}" }) {
      edges { node { id thread { id subject comments(first: 3) { totalCount
        edges { node { id body author { id displayName } } } } } } } } }`;
    const statements = async (first: number) => {
      counter.reset();
      const data = dataOf(await t.gql(LIST, { first }, coordinator.token));
      expect(data.needs.edges).toHaveLength(first);
      for (const e of data.needs.edges) expect(e.node.thread.comments.totalCount).toBe(2);
      return counter.count;
    };
    const few = await statements(5);
    const many = await statements(20);
    console.log(
      `SQL statements for needs with threads and comments: 5 needs ${few}, 20 needs ${many}`,
    );
    expect(many).toBe(few);
  });
});
