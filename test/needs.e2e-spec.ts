import { NeedStatus, Priority, Role, Visibility } from '../src/common/enums';
import { Ministry } from '../src/ministries/entities/ministry.entity';
import { Need } from '../src/needs/entities/need.entity';
import { User } from '../src/users/entities/user.entity';
import { GqlResponse, startTestApp, TestApp } from './support/app';
import { dataOf, expectError, forgedCursor, MISSING_ID, rowCount } from './support/assertions';
import { Factory } from './support/factories';

const NEED_FIELDS = `id title description tags partnerInstitution priority status visibility version
  createdAt updatedAt country { code name nameFr region } domains { code label labelFr }
  principles { code number } ministry { id acronym } createdBy { id }`;

const NEEDS = `query($filter: NeedFilter, $first: Int, $after: String) {
  needs(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status visibility createdAt ministry { id } country { code } domains { code } } }
  }
}`;
const NEED = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} } }`;
const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) {
  updateNeed(id: $id, input: $input) { ${NEED_FIELDS} }
}`;

type Conn = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, any> }[];
};

const valid = (overrides: Record<string, unknown> = {}) => ({
  title: 'Registre foncier numérique',
  description: 'Digitise the land registry of three regions.',
  countryCode: 'SN',
  domainCodes: ['PUBLIC_ADMINISTRATION'],
  ...overrides,
});

// Signing six users in (argon2) takes a few seconds: jest ignores a project's testTimeout.
jest.setTimeout(60_000);

describe('needs', () => {
  let t: TestApp;
  let f: Factory;
  let admin: { user: User; token: string };
  let coordinator: { user: User; token: string };
  let staff: { user: User; token: string }; // of ministry A
  let colleague: { user: User; token: string }; // also of ministry A
  let otherStaff: { user: User; token: string }; // of ministry B
  let provider: { user: User; token: string };
  let ministryA: Ministry;
  let ministryB: Ministry;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    ministryA = await f.ministry();
    ministryB = await f.ministry();
    [admin, coordinator, staff, colleague, otherStaff, provider] = await Promise.all([
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministryA.id }),
      f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministryA.id }),
      f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministryB.id }),
      f.signedIn(Role.SOLUTION_PROVIDER),
    ]);
  });
  afterAll(() => t.close());

  const list = (token: string, variables: Record<string, unknown>) =>
    t.gql<{ needs: Conn }>(NEEDS, variables, token);

  /** Every page of a filtered list, following endCursor. */
  async function allPages(token: string, filter: Record<string, unknown>, first: number) {
    const pages: Conn[] = [];
    let after: string | null = null;
    do {
      const page: Conn = dataOf(await list(token, { filter, first, after })).needs;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 50);
    return pages;
  }

  /** A ministry of its own with its staff member, so that a test's needs are its alone. */
  async function freshMinistry() {
    const ministry = await f.ministry();
    const member = await f.user(Role.MINISTRY_STAFF, { ministryId: ministry.id });
    return { ministry, member };
  }

  const dbNeed = (id: string) => t.db.getRepository(Need).findOneByOrFail({ id });

  describe('needs (list)', () => {
    it('takes first from 0 to 100 and refuses anything else', async () => {
      const { ministry, member } = await freshMinistry();
      for (let i = 0; i < 3; i++) await f.need(member);
      const filter = { ministryId: ministry.id };

      const zero = dataOf(await list(admin.token, { filter, first: 0 })).needs;
      expect(zero).toEqual({
        totalCount: 3,
        pageInfo: { hasNextPage: true, endCursor: null },
        edges: [],
      });
      const hundred = dataOf(await list(admin.token, { filter, first: 100 })).needs;
      expect(hundred.edges).toHaveLength(3);
      expect(hundred.pageInfo.hasNextPage).toBe(false);
      const byDefault = dataOf(await list(admin.token, { filter })).needs;
      expect(byDefault.edges).toHaveLength(3);

      for (const first of [101, -1, 1000]) {
        const res = await list(admin.token, { filter, first });
        expectError(res, 'BAD_USER_INPUT', 'first');
        expect(res.data ?? null).toBeNull();
      }
    });

    it('refuses a malformed or forged after cursor with BAD_USER_INPUT', async () => {
      const { ministry, member } = await freshMinistry();
      await f.need(member, { title: 'Cadastre numérique' });
      await f.need(member, { title: 'Cadastre rural' });
      const filter = { ministryId: ministry.id };
      const searchCursor = dataOf(
        await list(admin.token, { filter: { ...filter, search: 'cadastre' }, first: 1 }),
      ).needs.pageInfo.endCursor;
      expect(searchCursor).toEqual(expect.any(String));

      for (const after of [
        'not a cursor',
        '%%%',
        forgedCursor([1, 2]),
        forgedCursor(['only one']),
        forgedCursor({ a: 1 }),
        forgedCursor(['yesterday', 'not-a-uuid']),
        forgedCursor(['2024-01-01T00:00:00Z', 'not-a-uuid']),
        forgedCursor(['9999-99-99', '00000000-0000-4000-8000-000000000000']),
        searchCursor, // a cursor of another ordering (search) used on the newest-first list
      ]) {
        const res = await list(admin.token, { filter, first: 1, after });
        expectError(res, 'BAD_USER_INPUT', 'after');
      }
    });

    it('pages through every visible need once, with the right totalCount and hasNextPage', async () => {
      const { ministry, member } = await freshMinistry();
      const publicIds: string[] = [];
      for (let i = 0; i < 7; i++) publicIds.push((await f.need(member)).id);
      const internal = [
        await f.need(member, { visibility: Visibility.INTERNAL }),
        await f.need(member, { visibility: Visibility.INTERNAL, status: NeedStatus.CLOSED }),
      ];
      const draft = await f.need(member, { status: NeedStatus.DRAFT });
      const filter = { ministryId: ministry.id };

      // The provider sees the 7 public, non-draft needs: pages of 3, 3 and 1.
      const pages = await allPages(provider.token, filter, 3);
      expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 1]);
      expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7]);
      expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
      const seen = pages.flatMap((p) => p.edges.map((e) => e.node.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...publicIds].sort());
      // Newest first, and each page's endCursor is its last edge's cursor.
      const times = pages.flatMap((p) => p.edges.map((e) => Date.parse(e.node.createdAt)));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(seen[0]).toBe(publicIds[publicIds.length - 1]);
      for (const p of pages) expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);

      // A page size that divides the count exactly ends with hasNextPage false.
      const exact = await allPages(provider.token, filter, 7);
      expect(exact).toHaveLength(1);
      expect(exact[0].pageInfo.hasNextPage).toBe(false);

      // Staff of another ministry: all but the draft; staff of the ministry and the working group: all.
      const everything = [...publicIds, ...internal.map((n) => n.id), draft.id].sort();
      const others = (await allPages(otherStaff.token, filter, 4)).flatMap((p) => p.edges);
      expect(others.map((e) => e.node.id).sort()).toEqual(
        everything.filter((id) => id !== draft.id),
      );
      for (const token of [coordinator.token, admin.token]) {
        const all = await allPages(token, filter, 4);
        expect(all.map((p) => p.totalCount)).toEqual([10, 10, 10]);
        expect(all.flatMap((p) => p.edges.map((e) => e.node.id)).sort()).toEqual(everything);
      }
      const own = dataOf(
        await list((await f.signedIn(Role.MINISTRY_STAFF, { ministryId: ministry.id })).token, {
          filter,
          first: 100,
        }),
      ).needs;
      expect(own.totalCount).toBe(10);
    });

    it('filters by country, domain, status and ministry', async () => {
      const { ministry, member } = await freshMinistry();
      const sn = await f.need(member, { countryCode: 'SN', domainCodes: ['TELEMEDICINE'] });
      const ke = await f.need(member, {
        countryCode: 'KE',
        domainCodes: ['FINTECH', 'INCLUSIVE_FINANCE'],
      });
      const bf = await f.need(member, {
        countryCode: 'BF',
        domainCodes: ['AGRICULTURE'],
        status: NeedStatus.CLOSED,
      });
      const elsewhere = await f.need(otherStaff.user, { countryCode: 'KE' });
      const filter = { ministryId: ministry.id };
      const ids = async (extra: Record<string, unknown>, token = admin.token) =>
        dataOf(await list(token, { filter: { ...filter, ...extra }, first: 100 }))
          .needs.edges.map((e) => e.node.id)
          .sort();

      expect(await ids({})).toEqual([sn.id, ke.id, bf.id].sort());
      expect(await ids({ countryCodes: ['KE'] })).toEqual([ke.id]);
      expect(await ids({ countryCodes: ['ke', 'bf'] })).toEqual([ke.id, bf.id].sort());
      expect(await ids({ domainCodes: ['INCLUSIVE_FINANCE', 'TELEMEDICINE'] })).toEqual(
        [sn.id, ke.id].sort(),
      );
      expect(await ids({ domainCodes: ['EDUCATION'] })).toEqual([]);
      expect(await ids({ statuses: ['CLOSED'] })).toEqual([bf.id]);
      expect(await ids({ statuses: ['OPEN', 'CLOSED'] })).toEqual([sn.id, ke.id, bf.id].sort());
      expect(await ids({ countryCodes: ['KE', 'BF'], statuses: ['OPEN'] })).toEqual([ke.id]);

      // ministryId alone: the other ministry's Kenyan need is not in this ministry's list.
      const byMinistry = dataOf(
        await list(admin.token, { filter: { ministryId: ministryB.id } }),
      ).needs;
      expect(byMinistry.edges.map((e) => e.node.id)).toContain(elsewhere.id);
      expect(byMinistry.edges.every((e) => e.node.ministry.id === ministryB.id)).toBe(true);
      const noSuchMinistry = dataOf(
        await list(admin.token, { filter: { ministryId: MISSING_ID } }),
      );
      expect(noSuchMinistry.needs).toMatchObject({ totalCount: 0, edges: [] });

      // totalCount follows the filter.
      const kenya = dataOf(
        await list(admin.token, { filter: { ...filter, countryCodes: ['KE'] }, first: 0 }),
      );
      expect(kenya.needs.totalCount).toBe(1);
    });

    it('treats a null filter and null filter fields as no filter', async () => {
      const { ministry, member } = await freshMinistry();
      const need = await f.need(member);
      const withNull = dataOf(await list(admin.token, { filter: null, first: 100 })).needs;
      expect(withNull.edges.map((e) => e.node.id)).toContain(need.id);
      const nullFields = dataOf(
        await list(admin.token, {
          filter: {
            ministryId: ministry.id,
            search: null,
            countryCodes: null,
            domainCodes: null,
            statuses: null,
          },
        }),
      ).needs;
      expect(nullFields.edges.map((e) => e.node.id)).toEqual([need.id]);
    });

    it('refuses unknown country and domain codes and malformed ids in a filter', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ countryCodes: ['ZZ'] }, 'filter.countryCodes'],
        [{ countryCodes: ['SN', 'QQ'] }, 'filter.countryCodes'],
        [{ countryCodes: ['SEN'] }, 'filter.countryCodes'],
        [{ domainCodes: ['NOT_A_DOMAIN'] }, 'filter.domainCodes'],
        [{ ministryId: 'not-a-uuid' }, 'filter.ministryId'],
      ];
      for (const [filter, field] of cases) {
        const res = await list(staff.token, { filter });
        expectError(res, 'BAD_USER_INPUT', field);
        expect(res.data ?? null).toBeNull();
      }
      // A status outside the enum never reaches the resolver.
      expectError(await list(staff.token, { filter: { statuses: ['PENDING'] } }), 'BAD_USER_INPUT');
    });

    it('searches French and English text with accents folded, best match first', async () => {
      const { ministry, member } = await freshMinistry();
      const tele = await f.need(member, {
        title: 'Télémédecine rurale',
        description: 'Relier les centres de santé des villages aux hôpitaux régionaux.',
      });
      const records = await f.need(member, {
        title: 'Electronic health records',
        description: 'Clinics keep patient files on paper; dossiers médicaux électroniques.',
      });
      const mention = await f.need(member, {
        title: 'Formation des infirmiers',
        description: 'Un module de télémédecine pour la formation continue.',
      });
      const hidden = await f.need(member, {
        title: 'Télémédecine interne',
        visibility: Visibility.INTERNAL,
      });
      const filter = { ministryId: ministry.id };
      const found = async (search: string, token = admin.token) =>
        dataOf(await list(token, { filter: { ...filter, search }, first: 100 })).needs.edges.map(
          (e) => e.node.id,
        );

      // Accents folded both ways; title matches rank above description matches.
      for (const q of ['telemedecine', 'Télémédecine', 'TELEMEDECINE', 'télémedecine']) {
        const ids = await found(q);
        expect(ids.sort()).toEqual([tele.id, mention.id, hidden.id].sort());
      }
      const ranked = await found('telemedecine rurale');
      expect(ranked).toEqual([tele.id]);
      const order = await found('télémédecine');
      expect(order.indexOf(mention.id)).toBe(2);
      // French stemming over the description: "village" finds "villages".
      expect(await found('village')).toEqual([tele.id]);
      expect(await found('medicaux electroniques')).toEqual([records.id]);
      // English stemming: "clinic" finds "Clinics", "record" finds "records".
      expect(await found('clinic')).toEqual([records.id]);
      expect(await found('health record')).toEqual([records.id]);
      expect(await found('cybersecurity')).toEqual([]);
      // Operators and punctuation are plain text, never a syntax error.
      for (const q of [
        '"télémédecine rurale"',
        'telemedecine -rurale',
        "l'hôpital",
        'a & b | !(c',
        '\\',
        ':*',
      ]) {
        const res = await list(admin.token, { filter: { ...filter, search: q }, first: 5 });
        expect(res.errors).toBeUndefined();
      }
      expect(await found('"telemedecine rurale"')).toEqual([tele.id]);
      expect((await found('telemedecine -rurale')).sort()).toEqual([mention.id, hidden.id].sort());
      // The read scope still applies: the provider does not find the internal need.
      expect((await found('telemedecine', provider.token)).sort()).toEqual(
        [tele.id, mention.id].sort(),
      );
      const count = dataOf(
        await list(provider.token, { filter: { ...filter, search: 'telemedecine' }, first: 1 }),
      ).needs;
      expect(count.totalCount).toBe(2);
      expect(count.pageInfo.hasNextPage).toBe(true);
      // Search results page with their own cursors, each need once.
      const paged = await allPages(admin.token, { ...filter, search: 'telemedecine' }, 1);
      expect(paged.flatMap((p) => p.edges.map((e) => e.node.id))).toEqual(order);
    });

    it('refuses anonymous callers', async () => {
      expectError(await t.gql(NEEDS, {}), 'UNAUTHENTICATED');
    });
  });

  describe('need(id)', () => {
    it('answers NOT_FOUND to a provider for an INTERNAL need or a DRAFT, as for a missing id', async () => {
      const publicNeed = await f.need(staff.user);
      const internal = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      const draft = await f.need(staff.user, { status: NeedStatus.DRAFT });

      const ok = dataOf(await t.gql(NEED, { id: publicNeed.id }, provider.token));
      expect(ok.need).toMatchObject({ id: publicNeed.id, title: publicNeed.title });

      const answers: GqlResponse[] = [];
      for (const id of [internal.id, draft.id, MISSING_ID]) {
        const res = await t.gql(NEED, { id }, provider.token);
        expectError(res, 'NOT_FOUND');
        expect(res.data).toEqual({ need: null });
        answers.push(res);
      }
      // The same answer, but for the id it names: nothing tells them apart.
      const shapes = answers.map((r, i) =>
        JSON.stringify(r).replace([internal.id, draft.id, MISSING_ID][i], '<id>'),
      );
      expect(new Set(shapes).size).toBe(1);
    });

    it("hides another ministry's DRAFT from staff, shows their own ministry's", async () => {
      const ownDraft = await f.need(colleague.user, { status: NeedStatus.DRAFT });
      const otherDraft = await f.need(otherStaff.user, { status: NeedStatus.DRAFT });
      const otherInternal = await f.need(otherStaff.user, { visibility: Visibility.INTERNAL });

      expect(dataOf(await t.gql(NEED, { id: ownDraft.id }, staff.token)).need).toMatchObject({
        id: ownDraft.id,
        status: 'DRAFT',
        ministry: { id: ministryA.id },
      });
      const hidden = await t.gql(NEED, { id: otherDraft.id }, staff.token);
      expectError(hidden, 'NOT_FOUND');
      expect(hidden.data).toEqual({ need: null });
      // Other ministries' needs that are not drafts, even INTERNAL ones, are readable.
      expect(dataOf(await t.gql(NEED, { id: otherInternal.id }, staff.token)).need.id).toBe(
        otherInternal.id,
      );
      // The working group reads every draft.
      for (const token of [admin.token, coordinator.token]) {
        expect(dataOf(await t.gql(NEED, { id: otherDraft.id }, token)).need.id).toBe(otherDraft.id);
      }
      // A list never shows what need(id) hides.
      const listed = dataOf(
        await list(staff.token, { filter: { ministryId: ministryB.id }, first: 100 }),
      ).needs.edges.map((e) => e.node.id);
      expect(listed).toContain(otherInternal.id);
      expect(listed).not.toContain(otherDraft.id);
    });

    it('resolves the country, domains, principles, ministry and author', async () => {
      const need = await f.need(staff.user, {
        countryCode: 'SN',
        domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
        principleCodes: ['OPEN_STANDARDS', 'DESIGN_WITH_USER'],
        tags: ['santé'],
      });
      const got = dataOf(await t.gql(NEED, { id: need.id }, coordinator.token)).need;
      expect(got).toMatchObject({
        country: { code: 'SN', name: 'Senegal', nameFr: 'Sénégal', region: 'Western Africa' },
        domains: [
          { code: 'TELEMEDICINE', label: 'Telemedicine', labelFr: 'Télémédecine' },
          { code: 'DATA_STATISTICS' },
        ],
        principles: [
          { code: 'OPEN_STANDARDS', number: 6 },
          { code: 'DESIGN_WITH_USER', number: 1 },
        ],
        tags: ['santé'],
        ministry: { id: ministryA.id, acronym: ministryA.acronym },
        createdBy: { id: staff.user.id },
        version: 1,
      });
    });

    it('refuses a malformed id with BAD_USER_INPUT', async () => {
      for (const id of ['42', 'not-a-uuid', `${MISSING_ID}0`]) {
        expectError(await t.gql(NEED, { id }, admin.token), 'BAD_USER_INPUT', 'id');
      }
      // Upper case is still the same UUID.
      const need = await f.need(staff.user);
      expect(dataOf(await t.gql(NEED, { id: need.id.toUpperCase() }, admin.token)).need.id).toBe(
        need.id,
      );
    });
  });

  describe('createNeed', () => {
    it('lets ADMIN and COORDINATOR log a need, for a ministry or none', async () => {
      const forMinistry = dataOf(
        await t.gql(CREATE, { input: valid({ ministryId: ministryB.id }) }, admin.token),
      ).createNeed;
      expect(forMinistry).toMatchObject({
        title: 'Registre foncier numérique',
        ministry: { id: ministryB.id },
        createdBy: { id: admin.user.id },
        country: { code: 'SN', nameFr: 'Sénégal' },
        domains: [{ code: 'PUBLIC_ADMINISTRATION' }],
      });
      const noMinistry = dataOf(
        await t.gql(CREATE, { input: valid() }, coordinator.token),
      ).createNeed;
      expect(noMinistry).toMatchObject({ ministry: null, createdBy: { id: coordinator.user.id } });
      // Stored as answered.
      const row = await dbNeed(noMinistry.id);
      expect(row).toMatchObject({ ministryId: null, createdById: coordinator.user.id });
    });

    it('gives the defaults: status OPEN, visibility INTERNAL, priority MEDIUM, version 1', async () => {
      const need = dataOf(await t.gql(CREATE, { input: valid() }, staff.token)).createNeed;
      expect(need).toMatchObject({
        status: 'OPEN',
        visibility: 'INTERNAL',
        priority: 'MEDIUM',
        version: 1,
        tags: [],
        principles: [],
        partnerInstitution: null,
      });
      expect(Date.parse(need.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      const row = await dbNeed(need.id);
      expect(row).toMatchObject({
        status: NeedStatus.OPEN,
        visibility: Visibility.INTERNAL,
        priority: Priority.MEDIUM,
      });
    });

    it('takes every field, normalising codes and tags', async () => {
      const need = dataOf(
        await t.gql(
          CREATE,
          {
            input: valid({
              title: '  Paiements mobiles  ',
              countryCode: 'ke',
              domainCodes: ['fintech', 'FINTECH', 'INCLUSIVE_FINANCE'],
              principleCodes: ['PRIVACY_AND_SECURITY'],
              tags: [' mobile money ', 'Mobile Money', 'USSD'],
              partnerInstitution: 'Central Bank of Kenya',
              priority: 'HIGH',
              visibility: 'PUBLIC',
              status: 'DRAFT',
            }),
          },
          staff.token,
        ),
      ).createNeed;
      expect(need).toMatchObject({
        title: 'Paiements mobiles',
        country: { code: 'KE' },
        domains: [{ code: 'FINTECH' }, { code: 'INCLUSIVE_FINANCE' }],
        principles: [{ code: 'PRIVACY_AND_SECURITY', number: 8 }],
        partnerInstitution: 'Central Bank of Kenya',
        priority: 'HIGH',
        visibility: 'PUBLIC',
        status: 'DRAFT',
      });
      // Tags are trimmed, and a tag given twice in other letter case is kept once.
      expect(need.tags.map((tag: string) => tag.toLowerCase())).toEqual(['mobile money', 'ussd']);
    });

    it('lets staff log needs for their own ministry only, defaulting to it', async () => {
      const before = await rowCount(t, 'need');
      const defaulted = dataOf(await t.gql(CREATE, { input: valid() }, staff.token)).createNeed;
      expect(defaulted.ministry).toEqual({ id: ministryA.id, acronym: ministryA.acronym });
      const explicit = dataOf(
        await t.gql(CREATE, { input: valid({ ministryId: ministryA.id }) }, staff.token),
      ).createNeed;
      expect(explicit.ministry.id).toBe(ministryA.id);
      expect(await rowCount(t, 'need')).toBe(before + 2);

      for (const ministryId of [ministryB.id, MISSING_ID]) {
        const res = await t.gql(CREATE, { input: valid({ ministryId }) }, staff.token);
        expectError(res, 'FORBIDDEN');
        expect(res.data ?? null).toBeNull();
      }
      expect(await rowCount(t, 'need')).toBe(before + 2);
    });

    it('refuses solution providers with FORBIDDEN', async () => {
      const before = await rowCount(t, 'need');
      expectError(await t.gql(CREATE, { input: valid() }, provider.token), 'FORBIDDEN');
      expect(await rowCount(t, 'need')).toBe(before);
    });

    it('refuses anonymous callers and a ministry that does not exist', async () => {
      const before = await rowCount(t, 'need');
      expectError(await t.gql(CREATE, { input: valid() }), 'UNAUTHENTICATED');
      expectError(
        await t.gql(CREATE, { input: valid({ ministryId: MISSING_ID }) }, admin.token),
        'BAD_USER_INPUT',
        'ministryId',
      );
      expectError(
        await t.gql(CREATE, { input: valid({ ministryId: 'ministry-a' }) }, admin.token),
        'BAD_USER_INPUT',
        'ministryId',
      );
      expect(await rowCount(t, 'need')).toBe(before);
    });

    it('refuses each bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['blank title', { title: '   ' }, 'title'],
        ['empty title', { title: '' }, 'title'],
        ['title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
        ['blank description', { description: ' \n ' }, 'description'],
        ['description over 20,000 characters', { description: 'd'.repeat(20_001) }, 'description'],
        ['unknown countryCode', { countryCode: 'ZZ' }, 'countryCode'],
        ['countryCode of three letters', { countryCode: 'SEN' }, 'countryCode'],
        ['unknown domain code', { domainCodes: ['PUBLIC_ADMINISTRATION', 'SPACE'] }, 'domainCodes'],
        ['empty domainCodes', { domainCodes: [] }, 'domainCodes'],
        ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, 'tags'],
        ['a tag of 41 characters', { tags: ['ok', 't'.repeat(41)] }, 'tags'],
        ['an empty tag', { tags: ['  '] }, 'tags'],
        ['unknown principle code', { principleCodes: ['BE_NICE'] }, 'principleCodes'],
        [
          'partnerInstitution over 200',
          { partnerInstitution: 'p'.repeat(201) },
          'partnerInstitution',
        ],
      ];
      const before = await rowCount(t, 'need');
      for (const [what, overrides, field] of cases) {
        const res = await t.gql(CREATE, { input: valid(overrides) }, admin.token);
        try {
          expectError(res, 'BAD_USER_INPUT', field);
        } catch (e) {
          throw new Error(`${what}: ${JSON.stringify(res.errors)}\n${String(e)}`);
        }
      }
      expect(await rowCount(t, 'need')).toBe(before);

      // At the limits it is accepted: 200-character title, 20 tags of 40 characters.
      const atLimits = dataOf(
        await t.gql(
          CREATE,
          {
            input: valid({
              title: 'é'.repeat(200),
              description: 'd'.repeat(20_000),
              tags: Array.from({ length: 20 }, (_, i) => `${i}`.padStart(40, 't')),
            }),
          },
          admin.token,
        ),
      ).createNeed;
      expect(atLimits.title).toHaveLength(200);
      expect(atLimits.tags).toHaveLength(20);
      expect(await rowCount(t, 'need')).toBe(before + 1);
    });

    it('refuses a null title given through variables', async () => {
      const before = await rowCount(t, 'need');
      const res = await t.gql(CREATE, { input: valid({ title: null }) }, admin.token);
      expectError(res, 'BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/"input\.title"/);
      // A missing required field too.
      const { title: _title, ...withoutTitle } = valid();
      expectError(await t.gql(CREATE, { input: withoutTitle }, admin.token), 'BAD_USER_INPUT');
      // And an unknown field.
      expectError(
        await t.gql(CREATE, { input: valid({ budget: 100 }) }, admin.token),
        'BAD_USER_INPUT',
      );
      expect(await rowCount(t, 'need')).toBe(before);
    });
  });

  describe('updateNeed', () => {
    it("lets staff edit their own ministry's needs; the version increments", async () => {
      const need = await f.need(colleague.user, { partnerInstitution: 'Hôpital de Dakar' });
      const res = await t.gql(
        UPDATE,
        {
          id: need.id,
          input: {
            version: 1,
            title: 'Télémédecine dans les districts',
            priority: 'CRITICAL',
            domainCodes: ['telemedicine'],
            tags: ['santé'],
          },
        },
        staff.token,
      );
      const updated = dataOf(res).updateNeed;
      expect(updated).toMatchObject({
        id: need.id,
        title: 'Télémédecine dans les districts',
        priority: 'CRITICAL',
        domains: [{ code: 'TELEMEDICINE' }],
        tags: ['santé'],
        version: 2,
        // Untouched fields keep their values.
        description: need.description,
        partnerInstitution: 'Hôpital de Dakar',
        country: { code: 'SN' },
        status: 'OPEN',
        createdBy: { id: colleague.user.id },
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(need.updatedAt.getTime());
      const second = dataOf(
        await t.gql(UPDATE, { id: need.id, input: { version: 2, status: 'CLOSED' } }, staff.token),
      ).updateNeed;
      expect(second).toMatchObject({ status: 'CLOSED', version: 3 });
      expect(await dbNeed(need.id)).toMatchObject({ version: 3, status: NeedStatus.CLOSED });
    });

    it('refuses staff of another ministry (FORBIDDEN, or NOT_FOUND for a draft they cannot read)', async () => {
      const open = await f.need(otherStaff.user, { title: 'Besoin du ministère B' });
      const draft = await f.need(otherStaff.user, { status: NeedStatus.DRAFT });
      expectError(
        await t.gql(UPDATE, { id: open.id, input: { version: 1, title: 'Pris' } }, staff.token),
        'FORBIDDEN',
      );
      expectError(
        await t.gql(UPDATE, { id: draft.id, input: { version: 1, title: 'Pris' } }, staff.token),
        'NOT_FOUND',
      );
      expect(await dbNeed(open.id)).toMatchObject({ title: 'Besoin du ministère B', version: 1 });
      expect((await dbNeed(draft.id)).version).toBe(1);
    });

    it('refuses providers: FORBIDDEN for a need they read, NOT_FOUND for one they cannot', async () => {
      const open = await f.need(staff.user, { title: 'Public need' });
      const internal = await f.need(staff.user, { visibility: Visibility.INTERNAL });
      expectError(
        await t.gql(UPDATE, { id: open.id, input: { version: 1, title: 'Mine' } }, provider.token),
        'FORBIDDEN',
      );
      expectError(
        await t.gql(
          UPDATE,
          { id: internal.id, input: { version: 1, title: 'Mine' } },
          provider.token,
        ),
        'NOT_FOUND',
      );
      expect(await dbNeed(open.id)).toMatchObject({ title: 'Public need', version: 1 });
      expect((await dbNeed(internal.id)).version).toBe(1);
    });

    it('lets ADMIN and COORDINATOR edit any need', async () => {
      const need = await f.need(otherStaff.user, { status: NeedStatus.DRAFT });
      const a = dataOf(
        await t.gql(UPDATE, { id: need.id, input: { version: 1, status: 'OPEN' } }, admin.token),
      ).updateNeed;
      expect(a).toMatchObject({ status: 'OPEN', version: 2 });
      const c = dataOf(
        await t.gql(
          UPDATE,
          { id: need.id, input: { version: 2, visibility: 'INTERNAL', countryCode: 'xk' } },
          coordinator.token,
        ),
      ).updateNeed;
      expect(c).toMatchObject({
        visibility: 'INTERNAL',
        country: { code: 'XK', name: 'Kosovo' },
        version: 3,
      });
    });

    it('answers CONFLICT to a stale version and leaves the row unchanged', async () => {
      const need = await f.need(staff.user, { title: 'Original' });
      dataOf(
        await t.gql(UPDATE, { id: need.id, input: { version: 1, title: 'First' } }, staff.token),
      );
      const before = await dbNeed(need.id);

      for (const version of [1, 3, 99]) {
        const res = await t.gql(
          UPDATE,
          { id: need.id, input: { version, title: 'Late', priority: 'LOW' } },
          staff.token,
        );
        expectError(res, 'CONFLICT');
        expect(res.errors![0].extensions).toMatchObject({
          givenVersion: version,
          currentVersion: 2,
        });
        expect(res.data ?? null).toBeNull();
      }
      const after = await dbNeed(need.id);
      expect(after).toEqual(before);
      expect(after).toMatchObject({ title: 'First', version: 2, priority: Priority.MEDIUM });
    });

    it('lets exactly one of two concurrent edits of the same version through', async () => {
      for (let round = 0; round < 3; round++) {
        const need = await f.need(staff.user, { title: 'Race' });
        const [a, b] = await Promise.all([
          t.gql(UPDATE, { id: need.id, input: { version: 1, title: 'Edit A' } }, staff.token),
          t.gql(UPDATE, { id: need.id, input: { version: 1, title: 'Edit B' } }, coordinator.token),
        ]);
        const wins = [a, b].filter((r) => !r.errors);
        const losses = [a, b].filter((r) => r.errors);
        expect(wins).toHaveLength(1);
        expect(losses).toHaveLength(1);
        expectError(losses[0], 'CONFLICT');
        expect(losses[0].errors![0].extensions).toMatchObject({
          givenVersion: 1,
          currentVersion: 2,
        });
        const winner = wins[0].data!.updateNeed;
        expect(winner.version).toBe(2);
        const row = await dbNeed(need.id);
        expect(row).toMatchObject({ version: 2, title: winner.title });
      }
    });

    it('clears partnerInstitution with null, and refuses null for a required field', async () => {
      const need = await f.need(staff.user, { partnerInstitution: 'Ministère de la Santé' });
      const cleared = dataOf(
        await t.gql(
          UPDATE,
          { id: need.id, input: { version: 1, partnerInstitution: null } },
          staff.token,
        ),
      ).updateNeed;
      expect(cleared).toMatchObject({ partnerInstitution: null, version: 2 });
      expect((await dbNeed(need.id)).partnerInstitution).toBeNull();

      const before = await dbNeed(need.id);
      const cases: [Record<string, unknown>, string][] = [
        [{ title: null }, 'title'],
        [{ description: null }, 'description'],
        [{ countryCode: null }, 'countryCode'],
        [{ domainCodes: null }, 'domainCodes'],
        [{ tags: null }, 'tags'],
        [{ priority: null }, 'priority'],
        [{ status: null }, 'status'],
        [{ visibility: null }, 'visibility'],
        [{ title: '  ' }, 'title'],
        [{ title: 'x'.repeat(201) }, 'title'],
        [{ countryCode: 'ZZ' }, 'countryCode'],
        [{ domainCodes: [] }, 'domainCodes'],
        [{ domainCodes: ['NOPE'] }, 'domainCodes'],
        [{ principleCodes: ['NOPE'] }, 'principleCodes'],
        [{ tags: ['t'.repeat(41)] }, 'tags'],
        [{ version: 0 }, 'version'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(
          UPDATE,
          { id: need.id, input: { version: 2, ...input } },
          staff.token,
        );
        try {
          expectError(res, 'BAD_USER_INPUT', field);
        } catch (e) {
          throw new Error(`${JSON.stringify(input)}: ${JSON.stringify(res.errors)}\n${String(e)}`);
        }
      }
      expect(await dbNeed(need.id)).toEqual(before);
    });

    it('refuses a malformed id and answers NOT_FOUND for a missing one', async () => {
      expectError(
        await t.gql(UPDATE, { id: 'abc', input: { version: 1, title: 'X' } }, admin.token),
        'BAD_USER_INPUT',
        'id',
      );
      expectError(
        await t.gql(UPDATE, { id: MISSING_ID, input: { version: 1, title: 'X' } }, admin.token),
        'NOT_FOUND',
      );
      expectError(
        await t.gql(UPDATE, { id: MISSING_ID, input: { version: 1, title: 'X' } }),
        'UNAUTHENTICATED',
      );
    });
  });
});
