import { randomBytes } from 'node:crypto';
import { Locale, Role, Visibility } from '../src/common/enums';
import { Organization } from '../src/organizations/entities/organization.entity';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, TestApp } from './support/app';
import { dataOf, expectError, MISSING_ID } from './support/assertions';
import { Factory } from './support/factories';

jest.setTimeout(120_000);

const NOTIFICATIONS = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind text targetType targetId threadId commentId readAt createdAt actor { id } } }
  }
  unreadNotificationCount
}`;
const PROPOSE = 'mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }';
const START = 'mutation($id: ID!) { startReview(matchId: $id) { id } }';
const REVIEW = 'mutation($input: ReviewMatchInput!) { reviewMatch(input: $input) { id } }';
const DECIDE = 'mutation($input: DecideMatchInput!) { decideMatch(input: $input) { id } }';
const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }';
const PROFILE =
  'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id locale displayName } }';

type Signed = { user: User; token: string };
type Note = {
  id: string;
  kind: string;
  text: string;
  targetType: string;
  targetId: string;
  threadId: string | null;
  commentId: string | null;
  readAt: string | null;
  actor: { id: string } | null;
};

const unique = () => randomBytes(3).toString('hex');

describe('notifications', () => {
  let t: TestApp;
  let f: Factory;
  let orgA: Organization;
  let admin: Signed;
  let coordinator: Signed;
  let coordinator2: Signed;
  let staff: Signed; // creates the needs (ministry M1)
  let colleague: Signed; // M1
  let otherStaff: Signed; // another ministry
  let providerA: Signed; // proposes
  let providerA2: Signed; // same organisation
  let providerB: Signed;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    orgA = await f.organization();
    admin = await f.signedIn(Role.ADMIN);
    coordinator = await f.signedIn(Role.COORDINATOR);
    coordinator2 = await f.signedIn(Role.COORDINATOR);
    staff = await f.signedIn(Role.MINISTRY_STAFF);
    colleague = await f.signedIn(Role.MINISTRY_STAFF, { ministryId: staff.user.ministryId });
    otherStaff = await f.signedIn(Role.MINISTRY_STAFF);
    providerA = await f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id });
    providerA2 = await f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id });
    providerB = await f.signedIn(Role.SOLUTION_PROVIDER);
  });
  afterAll(() => t.close());

  /** The caller's notifications about one target (newest first). */
  async function notesAbout(who: Signed, targetId: string): Promise<Note[]> {
    const data = dataOf(await t.gql(NOTIFICATIONS, { first: 100 }, who.token));
    return data.notifications.edges
      .map((e: { node: Note }) => e.node)
      .filter((n: Note) => n.targetId === targetId);
  }
  const kindsAbout = async (who: Signed, targetId: string) =>
    (await notesAbout(who, targetId)).map((n) => n.kind);
  const threadOf = async (column: 'need_id' | 'solution_id' | 'match_id', id: string) =>
    (
      (await t.db.query(
        `SELECT id FROM thread WHERE subject_type = '${column.replace('_id', '').toUpperCase()}' AND subject_id = $1`,
        [id],
      )) as { id: string }[]
    )[0].id;
  const propose = async (token: string, needId: string, solutionId: string) =>
    dataOf(await t.gql(PROPOSE, { input: { needId, solutionId } }, token)).proposeMatch
      .id as string;
  const rubric = (matchId: string, recommendation = 'ACCEPT') => ({
    matchId,
    recommendation,
    relevance: 4,
    feasibility: 4,
    sustainability: 4,
    principlesAlignment: 4,
  });

  describe('on a match', () => {
    let matchId: string;
    let needTitle: string;

    beforeAll(async () => {
      const need = await f.need(staff.user, { title: 'E-health records for rural clinics' });
      needTitle = need.title;
      const solution = await f.solution(providerA.user, { title: 'MediLux' });
      matchId = await propose(providerA.token, need.id, solution.id);
    });

    it("tells the need's creator and ministry, the provider's members and coordinators when a match is proposed", async () => {
      for (const who of [staff, colleague, providerA2, coordinator, coordinator2]) {
        expect(await kindsAbout(who, matchId)).toEqual(['MATCH_PROPOSED']);
      }
      const [note] = await notesAbout(staff, matchId);
      expect(note).toMatchObject({
        targetType: 'MATCH',
        targetId: matchId,
        threadId: null,
        readAt: null,
        actor: { id: providerA.user.id },
      });
      expect(note.text).toBe(`${providerA.user.displayName} proposed “MediLux” for “${needTitle}”`);
    });

    it('tells no one else, and never the person who did it', async () => {
      for (const who of [providerA, admin, otherStaff, providerB]) {
        expect(await kindsAbout(who, matchId)).toEqual([]);
      }
    });

    it("tells the provider's members when their solution is reviewed", async () => {
      dataOf(await t.gql(START, { id: matchId }, coordinator.token));
      dataOf(await t.gql(REVIEW, { input: rubric(matchId) }, coordinator2.token));
      for (const who of [providerA, providerA2]) {
        expect(await kindsAbout(who, matchId)).toContain('MATCH_REVIEWED');
      }
      const [reviewed] = (await notesAbout(providerA, matchId)).filter(
        (n) => n.kind === 'MATCH_REVIEWED',
      );
      expect(reviewed.text).toBe(
        `${coordinator2.user.displayName} reviewed “MediLux” for “${needTitle}” and recommends accepting`,
      );
      for (const who of [staff, colleague, coordinator, coordinator2, otherStaff, providerB]) {
        expect(await kindsAbout(who, matchId)).not.toContain('MATCH_REVIEWED');
      }
    });

    it("tells the need's creator and ministry, and the provider's members, of the decision", async () => {
      dataOf(await t.gql(DECIDE, { input: { matchId, status: 'ACCEPTED' } }, coordinator.token));
      for (const who of [staff, colleague, providerA, providerA2]) {
        const decided = (await notesAbout(who, matchId)).filter((n) => n.kind === 'MATCH_DECIDED');
        expect(decided).toHaveLength(1);
        expect(decided[0].text).toBe(
          `${coordinator.user.displayName} accepted “MediLux” for “${needTitle}”`,
        );
      }
      for (const who of [coordinator, coordinator2, admin, otherStaff, providerB]) {
        expect(await kindsAbout(who, matchId)).not.toContain('MATCH_DECIDED');
      }
    });

    it('never tells a provider about a match on a need they may not read', async () => {
      const internal = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      const solution = await f.solution(providerA.user);
      const id = await propose(coordinator.token, internal.id, solution.id);
      expect(await kindsAbout(staff, id)).toEqual(['MATCH_PROPOSED']);
      expect(await kindsAbout(coordinator2, id)).toEqual(['MATCH_PROPOSED']);
      for (const who of [providerA, providerA2]) expect(await kindsAbout(who, id)).toEqual([]);
    });
  });

  describe('in a thread', () => {
    it('tells everyone who has commented when a new comment arrives', async () => {
      const need = await f.need(staff.user);
      const threadId = await threadOf('need_id', need.id);
      const first = dataOf(await t.gql(POST, { input: { threadId, body: 'one' } }, staff.token));
      expect(first.postComment.id).toBeTruthy();
      expect(await kindsAbout(staff, need.id)).toEqual([]);
      const second = dataOf(
        await t.gql(POST, { input: { threadId, body: 'two' } }, providerB.token),
      ).postComment;
      const [toStaff] = await notesAbout(staff, need.id);
      expect(toStaff).toMatchObject({
        kind: 'COMMENT_ADDED',
        targetType: 'NEED',
        targetId: need.id,
        threadId,
        commentId: second.id,
        actor: { id: providerB.user.id },
      });
      expect(toStaff.text).toBe(`${providerB.user.displayName} commented on “${need.title}”`);
      dataOf(await t.gql(POST, { input: { threadId, body: 'three' } }, coordinator.token));
      expect(await kindsAbout(staff, need.id)).toEqual(['COMMENT_ADDED', 'COMMENT_ADDED']);
      expect(await kindsAbout(providerB, need.id)).toEqual(['COMMENT_ADDED']);
      expect(await kindsAbout(coordinator, need.id)).toEqual([]);
      // Someone who never commented hears nothing.
      expect(await kindsAbout(colleague, need.id)).toEqual([]);
    });

    it('tells people mentioned by e-mail, quoted name or one-word name, once, if they may read the thread', async () => {
      const name = `Zanele${unique()}`;
      const byName = await f.signedIn(Role.COORDINATOR, { displayName: name });
      const quoted = await f.signedIn(Role.MINISTRY_STAFF, {
        displayName: `Jean-Luc ${unique()} Ndiaye`,
      });
      const byEmail = await f.signedIn(Role.SOLUTION_PROVIDER);
      const need = await f.need(staff.user); // PUBLIC: providers may read it
      const threadId = await threadOf('need_id', need.id);
      // byEmail has commented already: the mention replaces the comment notification.
      dataOf(await t.gql(POST, { input: { threadId, body: 'hello' } }, byEmail.token));
      const comment = dataOf(
        await t.gql(
          POST,
          {
            input: {
              threadId,
              body: `cc @${byEmail.user.email.toUpperCase()}, @"${quoted.user.displayName}" and @${name}: thoughts?`,
            },
          },
          staff.token,
        ),
      ).postComment;
      for (const who of [byName, quoted, byEmail]) {
        const notes = await notesAbout(who, need.id);
        expect(notes.map((n) => n.kind)).toEqual(['MENTIONED']);
        expect(notes[0]).toMatchObject({ threadId, commentId: comment.id });
        expect(notes[0].text).toBe(`${staff.user.displayName} mentioned you in “${need.title}”`);
      }
    });

    it('does not tell a mentioned person who may not read the thread', async () => {
      const internal = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      const threadId = await threadOf('need_id', internal.id);
      dataOf(
        await t.gql(
          POST,
          { input: { threadId, body: `@${providerA.user.email} @${otherStaff.user.email}` } },
          staff.token,
        ),
      );
      expect(await kindsAbout(providerA, internal.id)).toEqual([]);
      expect(await kindsAbout(otherStaff, internal.id)).toEqual(['MENTIONED']);
      // Mentioning yourself tells no one.
      dataOf(await t.gql(POST, { input: { threadId, body: `@${staff.user.email}` } }, staff.token));
      expect(await kindsAbout(staff, internal.id)).toEqual([]);
    });
  });

  describe("in the recipient's language", () => {
    it('writes the text in French for a French-speaking user, and follows a change of language', async () => {
      const reader = await f.signedIn(Role.COORDINATOR);
      dataOf(await t.gql(PROFILE, { input: { locale: 'fr' } }, reader.token));
      const need = await f.need(staff.user, { title: 'Cadastre numérique' });
      const threadId = await threadOf('need_id', need.id);
      dataOf(
        await t.gql(POST, { input: { threadId, body: `@${reader.user.email} ?` } }, staff.token),
      );
      const [fr] = await notesAbout(reader, need.id);
      expect(fr.text).toBe(
        `${staff.user.displayName} vous a mentionné·e dans « Cadastre numérique »`,
      );
      const me = dataOf(await t.gql(PROFILE, { input: { locale: 'en' } }, reader.token));
      expect(me.updateMyProfile.locale).toBe(Locale.en);
      const [en] = await notesAbout(reader, need.id);
      expect(en.text).toBe(`${staff.user.displayName} mentioned you in “Cadastre numérique”`);
    });

    it("follows the language the request asks for (the client's), over the profile's", async () => {
      const reader = await f.signedIn(Role.COORDINATOR); // profile in English
      const need = await f.need(staff.user, { title: 'Registre foncier' });
      const threadId = await threadOf('need_id', need.id);
      dataOf(
        await t.gql(POST, { input: { threadId, body: `@${reader.user.email} ?` } }, staff.token),
      );
      const textIn = async (language: string) =>
        dataOf(
          await t.gql(NOTIFICATIONS, { first: 100 }, reader.token, {
            'accept-language': language,
          }),
        )
          .notifications.edges.map((e: { node: Note }) => e.node)
          .find((n: Note) => n.targetId === need.id)?.text;
      expect(await textIn('fr-LU,fr;q=0.9')).toBe(
        `${staff.user.displayName} vous a mentionné·e dans « Registre foncier »`,
      );
      expect(await textIn('en-GB')).toBe(
        `${staff.user.displayName} mentioned you in “Registre foncier”`,
      );
      // A header that names neither language leaves the profile's.
      expect(await textIn('de')).toBe(
        `${staff.user.displayName} mentioned you in “Registre foncier”`,
      );
    });

    it('decides in French too', async () => {
      const frStaff = await f.signedIn(Role.MINISTRY_STAFF, { locale: Locale.fr });
      const need = await f.need(frStaff.user, { title: 'Paiements mobiles' });
      const solution = await f.solution(providerA.user, { title: 'PayLux' });
      const id = await propose(providerA.token, need.id, solution.id);
      dataOf(await t.gql(START, { id }, coordinator.token));
      dataOf(await t.gql(REVIEW, { input: rubric(id, 'REJECT') }, coordinator2.token));
      dataOf(
        await t.gql(DECIDE, { input: { matchId: id, status: 'REJECTED' } }, coordinator.token),
      );
      const texts = (await notesAbout(frStaff, id)).map((n) => n.text);
      expect(texts).toEqual([
        `${coordinator.user.displayName} a rejeté « PayLux » pour « Paiements mobiles »`,
        `${providerA.user.displayName} a proposé « PayLux » pour « Paiements mobiles »`,
      ]);
    });

    it('takes only fr or en, and a non-blank display name', async () => {
      expectError(await t.gql(PROFILE, { input: { locale: 'de' } }, staff.token), 'BAD_USER_INPUT');
      expectError(
        await t.gql(PROFILE, { input: { displayName: '  ' } }, staff.token),
        'BAD_USER_INPUT',
        'displayName',
      );
    });
  });

  describe('reading them', () => {
    it('lists, counts the unread and marks read only your own', async () => {
      const reader = await f.signedIn(Role.COORDINATOR);
      const need = await f.need(staff.user);
      const threadId = await threadOf('need_id', need.id);
      for (let i = 0; i < 3; i += 1) {
        dataOf(
          await t.gql(
            POST,
            { input: { threadId, body: `@${reader.user.email} ${i}` } },
            staff.token,
          ),
        );
      }
      const all = dataOf(await t.gql(NOTIFICATIONS, { first: 2 }, reader.token));
      expect(all.unreadNotificationCount).toBe(3);
      expect(all.notifications.totalCount).toBe(3);
      expect(all.notifications.edges).toHaveLength(2);
      const rest = dataOf(
        await t.gql(
          NOTIFICATIONS,
          { first: 2, after: all.notifications.pageInfo.endCursor },
          reader.token,
        ),
      );
      expect(rest.notifications.edges).toHaveLength(1);
      const ids = [...all.notifications.edges, ...rest.notifications.edges].map(
        (e: { node: Note }) => e.node.id,
      );
      expect(new Set(ids).size).toBe(3);

      // Someone else's ids are ignored, and so is an id that names nothing.
      const stranger = dataOf(await t.gql(MARK, { ids: [ids[0], MISSING_ID] }, staff.token));
      expect(stranger.markNotificationsRead).toEqual([]);
      const marked = dataOf(await t.gql(MARK, { ids: [ids[0], ids[1]] }, reader.token));
      expect(marked.markNotificationsRead).toHaveLength(2);
      for (const n of marked.markNotificationsRead) expect(n.readAt).toBeTruthy();
      const unread = dataOf(await t.gql(NOTIFICATIONS, { unreadOnly: true }, reader.token));
      expect(unread.unreadNotificationCount).toBe(1);
      expect(unread.notifications.edges.map((e: { node: Note }) => e.node.id)).toEqual([ids[2]]);
      expectError(await t.gql(MARK, { ids: ['nope'] }, reader.token), 'BAD_USER_INPUT');
      expectError(await t.gql(NOTIFICATIONS, {}), 'UNAUTHENTICATED');
    });
  });
});
