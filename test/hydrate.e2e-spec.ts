import { ObjectLiteral } from 'typeorm';
import { NotificationKind, Role, SubjectType } from '../src/common/enums';
import { Notification } from '../src/notifications/entities/notification.entity';
import { byIds, manyOf, rawAndEntities } from '../src/database/hydrate';
import { ENTITIES } from '../src/entities';
import { Match } from '../src/matching/entities/match.entity';
import { Need } from '../src/needs/entities/need.entity';
import { PasswordReset } from '../src/users/entities/password-reset.entity';
import { seedDemo } from '../src/seed/demo-seeder';
import { startTestApp, TestApp } from './support/app';
import { Factory } from './support/factories';

/**
 * The hot paths' own hydration (src/database/hydrate.ts) must give the very
 * entities TypeORM gives: same class, same values, for every entity of the
 * schema, on the demo data (every state, reviews, threads, comments) plus
 * records with the optional fields empty and with them all set.
 */
describe('entities hydrated without TypeORM’s transformer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.db);
    const f = new Factory(t);
    const staff = await f.user(Role.MINISTRY_STAFF);
    const provider = await f.user(Role.SOLUTION_PROVIDER);
    const coordinator = await f.signedIn(Role.COORDINATOR);
    await f.need(staff, { partnerInstitution: null, tags: [], principleCodes: [] });
    await f.solution(provider, { tags: ['x', 'é'], countryCodesDeployed: [] });
    // Retired, deactivated, and reset links unused and spent: the optional fields set.
    await f.ministry({ website: 'https://example.lu', retiredAt: new Date() });
    await f.organization({ acronym: 'ORG', website: 'https://example.lu', retiredAt: new Date() });
    await f.user(Role.COORDINATOR, { deactivatedAt: new Date() });
    await t.db.getRepository(PasswordReset).insert([
      { userId: staff.id, tokenHash: 'a'.repeat(64), expiresAt: new Date(), issuedById: null },
      {
        userId: staff.id,
        tokenHash: 'b'.repeat(64),
        expiresAt: new Date(),
        issuedById: coordinator.user.id,
        usedAt: new Date(),
        revokedAt: new Date(),
      },
    ]);
    // A comment, a notification and audit events through the API, as users make them.
    const need = await f.need(staff);
    const thread = await t.gql<{ need: { thread: { id: string } } }>(
      'query($id: ID!) { need(id: $id) { thread { id } } }',
      { id: need.id },
      coordinator.token,
    );
    const res = await t.gql(
      'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
      { input: { threadId: thread.data!.need.thread.id, body: '@someone — «test»' } },
      coordinator.token,
    );
    expect(res.errors).toBeUndefined();
    // A notification read and one not, with its parameters (jsonb).
    const notification = {
      recipientId: staff.id,
      actorId: coordinator.user.id,
      kind: NotificationKind.COMMENT_ADDED,
      targetType: SubjectType.NEED,
      targetId: need.id,
      threadId: thread.data!.need.thread.id,
      params: { subject: 'Télé-médecine « rurale »' },
    };
    await t.db
      .getRepository(Notification)
      .insert([notification, { ...notification, readAt: new Date() }]);
  }, 120_000);
  afterAll(() => t.close());

  const byId = <T extends ObjectLiteral>(rows: T[], key: string) =>
    [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

  it.each(ENTITIES.map((e) => [e.name, e] as const))(
    'byIds gives %s as TypeORM does',
    async (_, entity) => {
      const metadata = t.db.getMetadata(entity);
      const key = metadata.primaryColumns[0].propertyName;
      const viaTypeorm = await t.db.getRepository<ObjectLiteral>(entity).find();
      expect(viaTypeorm.length).toBeGreaterThan(0);
      const ids = viaTypeorm.map((e) => e[key] as string);
      const ours = await byIds<ObjectLiteral>(t.db, entity, ids);
      expect(ours.length).toBe(viaTypeorm.length);
      for (const e of ours) expect(e).toBeInstanceOf(entity);
      expect(byId(ours, key)).toStrictEqual(byId(viaTypeorm, key));
    },
  );

  it('rawAndEntities and manyOf give what getRawAndEntities and getMany give, filtering joins included', async () => {
    const list = () =>
      t.db
        .getRepository(Need)
        .createQueryBuilder('need')
        .addSelect('need.created_at::text', 'cursor_0')
        .orderBy('need.created_at', 'DESC')
        .limit(30);
    const theirs = await list().getRawAndEntities();
    const ours = await rawAndEntities(list());
    expect(ours.entities).toStrictEqual(theirs.entities);
    expect(ours.raw.map((r) => r.cursor_0)).toEqual(theirs.raw.map((r) => r.cursor_0));

    const matches = () =>
      t.db
        .getRepository(Match)
        .createQueryBuilder('match')
        .innerJoin(Need, 'n', 'n.id = match.need_id')
        .where('n.status IS NOT NULL')
        .orderBy('match.created_at', 'DESC');
    const all = await matches().getMany();
    expect(all.length).toBeGreaterThan(5);
    expect(await manyOf(matches())).toStrictEqual(all);
  });

  it('falls back to TypeORM where a joined alias is selected', async () => {
    const joined = () =>
      t.db
        .getRepository(Match)
        .createQueryBuilder('match')
        .leftJoinAndSelect('match.need', 'need')
        .orderBy('match.id');
    const theirs = await joined().getMany();
    const ours = await manyOf(joined());
    expect(ours[0].need).toBeInstanceOf(Need);
    expect(ours).toStrictEqual(theirs);
  });
});
