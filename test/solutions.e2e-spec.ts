import { Maturity, Role, SolutionStatus } from '../src/common/enums';
import { Organization } from '../src/organizations/entities/organization.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { User } from '../src/users/entities/user.entity';
import { GqlResponse, startTestApp, TestApp } from './support/app';
import { dataOf, expectError, forgedCursor, MISSING_ID, rowCount } from './support/assertions';
import { Factory } from './support/factories';

// Signing users in (argon2) takes a few seconds: jest ignores a project's testTimeout.
jest.setTimeout(60_000);

const SOLUTION_FIELDS = `id title summary description tags maturity openSource status version
  createdAt updatedAt provider { id name kind countryCode } domains { code label labelFr }
  principles { code number } countriesDeployed { code name nameFr region } createdBy { id }`;

const SOLUTIONS = `query($filter: SolutionFilter, $first: Int, $after: String) {
  solutions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status maturity openSource createdAt provider { id } } }
  }
}`;
const SOLUTION = `query($id: ID!) { solution(id: $id) { ${SOLUTION_FIELDS} } }`;
const CREATE = `mutation($input: CreateSolutionInput!) {
  createSolution(input: $input) { ${SOLUTION_FIELDS} }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateSolutionInput!) {
  updateSolution(id: $id, input: $input) { ${SOLUTION_FIELDS} }
}`;

type Conn = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, any> }[];
};

const valid = (overrides: Record<string, unknown> = {}) => ({
  title: 'Plateforme de paiement mobile',
  summary: 'Mobile payments over USSD for rural cooperatives.',
  description: 'Runs on basic phones; deployed with two microfinance institutions.',
  domainCodes: ['FINTECH'],
  maturity: 'PILOT',
  openSource: true,
  ...overrides,
});

describe('solutions', () => {
  let t: TestApp;
  let f: Factory;
  let admin: { user: User; token: string };
  let coordinator: { user: User; token: string };
  let staff: { user: User; token: string };
  let provider: { user: User; token: string }; // of organisation A
  let colleague: { user: User; token: string }; // also of organisation A
  let otherProvider: { user: User; token: string }; // of organisation B
  let orgA: Organization;
  let orgB: Organization;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factory(t);
    orgA = await f.organization();
    orgB = await f.organization();
    [admin, coordinator, staff, provider, colleague, otherProvider] = await Promise.all([
      f.signedIn(Role.ADMIN),
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id }),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id }),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgB.id }),
    ]);
  });
  afterAll(() => t.close());

  const list = (token: string, variables: Record<string, unknown>) =>
    t.gql<{ solutions: Conn }>(SOLUTIONS, variables, token);

  async function allPages(token: string, filter: Record<string, unknown>, first: number) {
    const pages: Conn[] = [];
    let after: string | null = null;
    do {
      const page: Conn = dataOf(await list(token, { filter, first, after })).solutions;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 50);
    return pages;
  }

  /** An organisation of its own with a member, so that a test's solutions are its alone. */
  async function freshOrganization() {
    const organization = await f.organization();
    const member = await f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: organization.id });
    return { organization, member };
  }

  const dbSolution = (id: string) => t.db.getRepository(Solution).findOneByOrFail({ id });

  describe('solutions (list)', () => {
    it('takes first from 0 to 100 and refuses anything else, and malformed cursors', async () => {
      const { organization, member } = await freshOrganization();
      await f.solution(member.user);
      await f.solution(member.user);
      const filter = { providerId: organization.id };
      expect(dataOf(await list(staff.token, { filter, first: 0 })).solutions).toEqual({
        totalCount: 2,
        pageInfo: { hasNextPage: true, endCursor: null },
        edges: [],
      });
      expect(dataOf(await list(staff.token, { filter, first: 100 })).solutions.edges).toHaveLength(
        2,
      );
      for (const first of [101, -1]) {
        expectError(await list(staff.token, { filter, first }), 'BAD_USER_INPUT', 'first');
      }
      for (const after of [
        'garbage',
        forgedCursor(['x']),
        forgedCursor(['not a time', MISSING_ID]),
        forgedCursor(['2025-01-01 00:00:00+00', 'not-a-uuid']),
      ]) {
        expectError(await list(staff.token, { filter, after }), 'BAD_USER_INPUT', 'after');
      }
    });

    it('pages through every visible solution once, per role', async () => {
      const { organization, member } = await freshOrganization();
      const published: string[] = [];
      for (let i = 0; i < 5; i++) published.push((await f.solution(member.user)).id);
      const draft = await f.solution(member.user, { status: SolutionStatus.DRAFT });
      const archived = await f.solution(member.user, { status: SolutionStatus.ARCHIVED });
      const all = [...published, draft.id, archived.id].sort();
      const filter = { providerId: organization.id };
      const ids = (pages: Conn[]) => pages.flatMap((p) => p.edges.map((e) => e.node.id));

      // Staff and other providers: the 5 published ones, in pages of 2, 2 and 1.
      for (const token of [staff.token, otherProvider.token]) {
        const pages = await allPages(token, filter, 2);
        expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 1]);
        expect(pages.map((p) => p.totalCount)).toEqual([5, 5, 5]);
        expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
        expect(new Set(ids(pages)).size).toBe(5);
        expect(ids(pages).sort()).toEqual([...published].sort());
        expect(ids(pages)[0]).toBe(published[4]); // newest first
      }
      // The organisation's own members and the working group: all 7.
      for (const token of [member.token, coordinator.token, admin.token]) {
        const pages = await allPages(token, filter, 3);
        expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7]);
        expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
        expect(ids(pages).sort()).toEqual(all);
      }
    });

    it('filters by domain, provider, open source and minimum maturity', async () => {
      const { organization, member } = await freshOrganization();
      const idea = await f.solution(member.user, {
        maturity: Maturity.IDEA,
        openSource: false,
        domainCodes: ['EDUCATION'],
      });
      const pilot = await f.solution(member.user, {
        maturity: Maturity.PILOT,
        openSource: true,
        domainCodes: ['AGRICULTURE', 'DATA_STATISTICS'],
      });
      const scaled = await f.solution(member.user, {
        maturity: Maturity.SCALED,
        openSource: false,
        domainCodes: ['DATA_STATISTICS'],
      });
      const elsewhere = await f.solution(otherProvider.user, { domainCodes: ['EDUCATION'] });
      const filter = { providerId: organization.id };
      const ids = async (extra: Record<string, unknown>) =>
        dataOf(await list(staff.token, { filter: { ...filter, ...extra }, first: 100 }))
          .solutions.edges.map((e) => e.node.id)
          .sort();

      expect(await ids({})).toEqual([idea.id, pilot.id, scaled.id].sort());
      expect(await ids({ domainCodes: ['DATA_STATISTICS'] })).toEqual([pilot.id, scaled.id].sort());
      expect(await ids({ domainCodes: ['education', 'AGRICULTURE'] })).toEqual(
        [idea.id, pilot.id].sort(),
      );
      expect(await ids({ openSource: true })).toEqual([pilot.id]);
      expect(await ids({ openSource: false })).toEqual([idea.id, scaled.id].sort());
      expect(await ids({ minMaturity: 'IDEA' })).toEqual([idea.id, pilot.id, scaled.id].sort());
      expect(await ids({ minMaturity: 'PILOT' })).toEqual([pilot.id, scaled.id].sort());
      expect(await ids({ minMaturity: 'DEPLOYED' })).toEqual([scaled.id]);
      expect(await ids({ minMaturity: 'PILOT', openSource: false })).toEqual([scaled.id]);
      expect(await ids({ minMaturity: 'SCALED', domainCodes: ['EDUCATION'] })).toEqual([]);

      // providerId alone: only that organisation's solutions.
      const byB = dataOf(
        await list(staff.token, { filter: { providerId: orgB.id }, first: 100 }),
      ).solutions;
      expect(byB.edges.map((e) => e.node.id)).toContain(elsewhere.id);
      expect(byB.edges.every((e) => e.node.provider.id === orgB.id)).toBe(true);
      expect(
        dataOf(await list(staff.token, { filter: { providerId: MISSING_ID } })).solutions,
      ).toMatchObject({ totalCount: 0, edges: [] });
      const counted = dataOf(
        await list(staff.token, { filter: { ...filter, minMaturity: 'PILOT' }, first: 1 }),
      ).solutions;
      expect(counted.totalCount).toBe(2);
      expect(counted.pageInfo.hasNextPage).toBe(true);
    });

    it('treats a null filter and null filter fields as no filter', async () => {
      const { organization, member } = await freshOrganization();
      const solution = await f.solution(member.user);
      const byNull = dataOf(await list(admin.token, { filter: null, first: 100 })).solutions;
      expect(byNull.edges.map((e) => e.node.id)).toContain(solution.id);
      const nullFields = dataOf(
        await list(admin.token, {
          filter: {
            providerId: organization.id,
            search: null,
            domainCodes: null,
            openSource: null,
            minMaturity: null,
          },
        }),
      ).solutions;
      expect(nullFields.edges.map((e) => e.node.id)).toEqual([solution.id]);
    });

    it('refuses unknown domain codes, malformed provider ids and unknown maturities', async () => {
      for (const [filter, field] of [
        [{ domainCodes: ['NOT_A_DOMAIN'] }, 'filter.domainCodes'],
        [{ domainCodes: ['FINTECH', 'x'.repeat(41)] }, 'filter.domainCodes'],
        [{ providerId: 'org-a' }, 'filter.providerId'],
      ] as [Record<string, unknown>, string][]) {
        const res = await list(provider.token, { filter });
        expectError(res, 'BAD_USER_INPUT', field);
        expect(res.data ?? null).toBeNull();
      }
      expectError(
        await list(provider.token, { filter: { minMaturity: 'MATURE' } }),
        'BAD_USER_INPUT',
      );
    });

    it('searches French and English text with accents folded, within the read scope', async () => {
      const { organization, member } = await freshOrganization();
      const edu = await f.solution(member.user, {
        title: "Plateforme d'éducation numérique",
        summary: 'Cours en ligne pour les écoles rurales.',
        description: 'Fonctionne hors ligne.',
      });
      const water = await f.solution(member.user, {
        title: 'Water quality sensors',
        summary: 'Sensors report drinking water quality.',
        description: 'Used by utilities; données ouvertes.',
      });
      const draft = await f.solution(member.user, {
        title: 'Éducation à distance',
        status: SolutionStatus.DRAFT,
      });
      const filter = { providerId: organization.id };
      const found = async (search: string, token = admin.token) =>
        dataOf(await list(token, { filter: { ...filter, search }, first: 100 }))
          .solutions.edges.map((e) => e.node.id)
          .sort();

      for (const q of ['education', 'éducation', 'EDUCATION']) {
        expect(await found(q)).toEqual([edu.id, draft.id].sort());
      }
      expect(await found('ecoles')).toEqual([edu.id]); // in the summary
      expect(await found('sensor')).toEqual([water.id]); // English stemming
      expect(await found('donnees ouvertes')).toEqual([water.id]);
      expect(await found('blockchain')).toEqual([]);
      // Staff do not find the draft; its own organisation does.
      expect(await found('education', staff.token)).toEqual([edu.id]);
      expect(await found('education', member.token)).toEqual([edu.id, draft.id].sort());
    });

    it('refuses anonymous callers', async () => {
      expectError(await t.gql(SOLUTIONS, {}), 'UNAUTHENTICATED');
    });
  });

  describe('solution(id)', () => {
    it('hides DRAFT and ARCHIVED solutions from staff, as a missing id', async () => {
      const published = await f.solution(provider.user);
      const draft = await f.solution(provider.user, { status: SolutionStatus.DRAFT });
      const archived = await f.solution(provider.user, { status: SolutionStatus.ARCHIVED });
      expect(dataOf(await t.gql(SOLUTION, { id: published.id }, staff.token)).solution.id).toBe(
        published.id,
      );
      const answers: string[] = [];
      for (const id of [draft.id, archived.id, MISSING_ID]) {
        const res: GqlResponse = await t.gql(SOLUTION, { id }, staff.token);
        expectError(res, 'NOT_FOUND');
        expect(res.data).toEqual({ solution: null });
        answers.push(JSON.stringify(res).replace(id, '<id>'));
      }
      expect(new Set(answers).size).toBe(1);
      for (const token of [admin.token, coordinator.token]) {
        for (const s of [draft, archived]) {
          expect(dataOf(await t.gql(SOLUTION, { id: s.id }, token)).solution.status).toBe(s.status);
        }
      }
    });

    it("shows providers their own organisation's drafts, not other organisations'", async () => {
      const ownDraft = await f.solution(colleague.user, { status: SolutionStatus.DRAFT });
      const ownArchived = await f.solution(colleague.user, { status: SolutionStatus.ARCHIVED });
      const otherDraft = await f.solution(otherProvider.user, { status: SolutionStatus.DRAFT });
      const otherPublished = await f.solution(otherProvider.user);
      for (const s of [ownDraft, ownArchived, otherPublished]) {
        expect(dataOf(await t.gql(SOLUTION, { id: s.id }, provider.token)).solution.id).toBe(s.id);
      }
      const res = await t.gql(SOLUTION, { id: otherDraft.id }, provider.token);
      expectError(res, 'NOT_FOUND');
      expect(res.data).toEqual({ solution: null });
    });

    it('resolves the provider, countries deployed, domains, principles and author', async () => {
      const solution = await f.solution(provider.user, {
        domainCodes: ['CYBERSECURITY', 'PUBLIC_ADMINISTRATION'],
        principleCodes: ['PRIVACY_AND_SECURITY', 'REUSE_AND_IMPROVE'],
        countryCodesDeployed: ['SN', 'XK', 'LU'],
        tags: ['pki'],
      });
      const got = dataOf(await t.gql(SOLUTION, { id: solution.id }, staff.token)).solution;
      expect(got).toMatchObject({
        provider: { id: orgA.id, name: orgA.name, kind: 'RESEARCH', countryCode: 'LU' },
        countriesDeployed: [
          { code: 'SN', name: 'Senegal', nameFr: 'Sénégal', region: 'Western Africa' },
          { code: 'XK', name: 'Kosovo' },
          { code: 'LU', name: 'Luxembourg', nameFr: 'Luxembourg', region: 'Western Europe' },
        ],
        domains: [
          { code: 'CYBERSECURITY', label: 'Cybersecurity', labelFr: 'Cybersécurité' },
          { code: 'PUBLIC_ADMINISTRATION' },
        ],
        principles: [
          { code: 'PRIVACY_AND_SECURITY', number: 8 },
          { code: 'REUSE_AND_IMPROVE', number: 7 },
        ],
        tags: ['pki'],
        createdBy: { id: provider.user.id },
        version: 1,
      });
      expect(got.countriesDeployed[1].region).toBe('Southern Europe');
    });

    it('refuses a malformed id with BAD_USER_INPUT', async () => {
      for (const id of ['1', 'solution-1', `${MISSING_ID}x`]) {
        expectError(await t.gql(SOLUTION, { id }, admin.token), 'BAD_USER_INPUT', 'id');
      }
    });
  });

  describe('createSolution', () => {
    it("lets a provider describe their own organisation's solutions, defaulting to it", async () => {
      const before = await rowCount(t, 'solution');
      const defaulted = dataOf(
        await t.gql(CREATE, { input: valid() }, provider.token),
      ).createSolution;
      expect(defaulted).toMatchObject({
        provider: { id: orgA.id },
        createdBy: { id: provider.user.id },
        title: 'Plateforme de paiement mobile',
        domains: [{ code: 'FINTECH' }],
        maturity: 'PILOT',
        openSource: true,
      });
      const explicit = dataOf(
        await t.gql(CREATE, { input: valid({ providerId: orgA.id }) }, provider.token),
      ).createSolution;
      expect(explicit.provider.id).toBe(orgA.id);
      expect(await rowCount(t, 'solution')).toBe(before + 2);

      for (const providerId of [orgB.id, MISSING_ID]) {
        const res = await t.gql(CREATE, { input: valid({ providerId }) }, provider.token);
        expectError(res, 'FORBIDDEN');
        expect(res.data ?? null).toBeNull();
      }
      expect(await rowCount(t, 'solution')).toBe(before + 2);
    });

    it('gives the defaults: status PUBLISHED, version 1, empty lists', async () => {
      const created = dataOf(
        await t.gql(CREATE, { input: valid() }, provider.token),
      ).createSolution;
      expect(created).toMatchObject({
        status: 'PUBLISHED',
        version: 1,
        tags: [],
        principles: [],
        countriesDeployed: [],
      });
      expect((await dbSolution(created.id)).status).toBe(SolutionStatus.PUBLISHED);
    });

    it('makes coordinators and admins name the provider', async () => {
      const before = await rowCount(t, 'solution');
      for (const who of [coordinator, admin]) {
        const res = await t.gql(CREATE, { input: valid() }, who.token);
        expectError(res, 'BAD_USER_INPUT', 'providerId');
      }
      expectError(
        await t.gql(CREATE, { input: valid({ providerId: MISSING_ID }) }, coordinator.token),
        'BAD_USER_INPUT',
        'providerId',
      );
      expect(await rowCount(t, 'solution')).toBe(before);

      for (const who of [coordinator, admin]) {
        const created = dataOf(
          await t.gql(CREATE, { input: valid({ providerId: orgB.id }) }, who.token),
        ).createSolution;
        expect(created).toMatchObject({
          provider: { id: orgB.id },
          createdBy: { id: who.user.id },
        });
      }
      expect(await rowCount(t, 'solution')).toBe(before + 2);
    });

    it('refuses ministry staff with FORBIDDEN, and anonymous callers', async () => {
      const before = await rowCount(t, 'solution');
      expectError(
        await t.gql(CREATE, { input: valid({ providerId: orgA.id }) }, staff.token),
        'FORBIDDEN',
      );
      expectError(await t.gql(CREATE, { input: valid() }, staff.token), 'FORBIDDEN');
      expectError(await t.gql(CREATE, { input: valid() }), 'UNAUTHENTICATED');
      expect(await rowCount(t, 'solution')).toBe(before);
    });

    it('takes every field; countriesDeployed resolves the countries, in order', async () => {
      const created = dataOf(
        await t.gql(
          CREATE,
          {
            input: valid({
              principleCodes: ['OPEN_STANDARDS', 'BE_COLLABORATIVE'],
              tags: ['ussd', 'mobile money'],
              countryCodesDeployed: ['sn', 'LU', 'SN', 'xk'],
              maturity: 'SCALED',
              openSource: false,
              status: 'DRAFT',
            }),
          },
          provider.token,
        ),
      ).createSolution;
      expect(created).toMatchObject({
        principles: [
          { code: 'OPEN_STANDARDS', number: 6 },
          { code: 'BE_COLLABORATIVE', number: 9 },
        ],
        tags: ['ussd', 'mobile money'],
        countriesDeployed: [
          { code: 'SN', nameFr: 'Sénégal', region: 'Western Africa' },
          { code: 'LU', name: 'Luxembourg' },
          { code: 'XK', name: 'Kosovo' },
        ],
        maturity: 'SCALED',
        openSource: false,
        status: 'DRAFT',
      });
      expect((await dbSolution(created.id)).countryCodesDeployed).toEqual(['SN', 'LU', 'XK']);
    });

    it('refuses each bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['blank title', { title: ' \t ' }, 'title'],
        ['title over 200', { title: 'x'.repeat(201) }, 'title'],
        ['blank summary', { summary: '' }, 'summary'],
        ['summary over 500', { summary: 's'.repeat(501) }, 'summary'],
        ['description over 20,000', { description: 'd'.repeat(20_001) }, 'description'],
        ['empty domainCodes', { domainCodes: [] }, 'domainCodes'],
        ['unknown domain', { domainCodes: ['FINTECH', 'QUANTUM'] }, 'domainCodes'],
        ['unknown principle', { principleCodes: ['MOVE_FAST'] }, 'principleCodes'],
        ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
        ['a tag of 41', { tags: ['a'.repeat(41)] }, 'tags'],
        [
          'unknown country deployed',
          { countryCodesDeployed: ['SN', 'ZZ'] },
          'countryCodesDeployed',
        ],
        ['three-letter country', { countryCodesDeployed: ['SEN'] }, 'countryCodesDeployed'],
        ['malformed providerId', { providerId: 'acme' }, 'providerId'],
      ];
      const before = await rowCount(t, 'solution');
      for (const [what, overrides, field] of cases) {
        const res = await t.gql(CREATE, { input: valid(overrides) }, provider.token);
        try {
          expectError(res, 'BAD_USER_INPUT', field);
        } catch (e) {
          throw new Error(`${what}: ${JSON.stringify(res.errors)}\n${String(e)}`);
        }
      }
      // Refused by GraphQL itself: null or missing required fields, unknown enum values.
      for (const input of [
        valid({ title: null }),
        valid({ maturity: undefined }),
        valid({ maturity: 'MATURE' }),
        valid({ openSource: 'yes' }),
        valid({ status: 'DELETED' }),
      ]) {
        expectError(await t.gql(CREATE, { input }, provider.token), 'BAD_USER_INPUT');
      }
      expect(await rowCount(t, 'solution')).toBe(before);
    });
  });

  describe('updateSolution', () => {
    it("lets a provider edit their own organisation's solutions; the version increments", async () => {
      const solution = await f.solution(colleague.user, { title: 'Ancien titre' });
      const updated = dataOf(
        await t.gql(
          UPDATE,
          {
            id: solution.id,
            input: {
              version: 1,
              title: 'Nouveau titre',
              maturity: 'DEPLOYED',
              countryCodesDeployed: ['bf', 'NE'],
            },
          },
          provider.token,
        ),
      ).updateSolution;
      expect(updated).toMatchObject({
        title: 'Nouveau titre',
        maturity: 'DEPLOYED',
        countriesDeployed: [
          { code: 'BF', nameFr: 'Burkina Faso', region: 'Western Africa' },
          { code: 'NE', name: 'Niger' },
        ],
        version: 2,
        summary: solution.summary,
        openSource: true,
        status: 'PUBLISHED',
        provider: { id: orgA.id },
        createdBy: { id: colleague.user.id },
      });
      // Archiving it hides it from staff; an empty list clears the countries.
      const archived = dataOf(
        await t.gql(
          UPDATE,
          { id: solution.id, input: { version: 2, status: 'ARCHIVED', countryCodesDeployed: [] } },
          provider.token,
        ),
      ).updateSolution;
      expect(archived).toMatchObject({ status: 'ARCHIVED', countriesDeployed: [], version: 3 });
      expectError(await t.gql(SOLUTION, { id: solution.id }, staff.token), 'NOT_FOUND');
      expect(await dbSolution(solution.id)).toMatchObject({
        version: 3,
        status: SolutionStatus.ARCHIVED,
        countryCodesDeployed: [],
      });
    });

    it("refuses other organisations' providers and staff (FORBIDDEN, or NOT_FOUND when hidden)", async () => {
      const published = await f.solution(otherProvider.user, { title: 'Theirs' });
      const draft = await f.solution(otherProvider.user, { status: SolutionStatus.DRAFT });
      const edit = (id: string, token: string) =>
        t.gql(UPDATE, { id, input: { version: 1, title: 'Taken' } }, token);
      expectError(await edit(published.id, provider.token), 'FORBIDDEN');
      expectError(await edit(draft.id, provider.token), 'NOT_FOUND');
      expectError(await edit(published.id, staff.token), 'FORBIDDEN');
      expectError(await edit(draft.id, staff.token), 'NOT_FOUND');
      expect(await dbSolution(published.id)).toMatchObject({ title: 'Theirs', version: 1 });
      expect((await dbSolution(draft.id)).version).toBe(1);
    });

    it('lets ADMIN and COORDINATOR edit any solution', async () => {
      const draft = await f.solution(otherProvider.user, { status: SolutionStatus.DRAFT });
      expect(
        dataOf(
          await t.gql(
            UPDATE,
            { id: draft.id, input: { version: 1, status: 'PUBLISHED' } },
            admin.token,
          ),
        ).updateSolution,
      ).toMatchObject({ status: 'PUBLISHED', version: 2 });
      expect(
        dataOf(
          await t.gql(
            UPDATE,
            { id: draft.id, input: { version: 2, openSource: false, tags: ['gis'] } },
            coordinator.token,
          ),
        ).updateSolution,
      ).toMatchObject({ openSource: false, tags: ['gis'], version: 3 });
    });

    it('answers CONFLICT to a stale version and leaves the row unchanged', async () => {
      const solution = await f.solution(provider.user, { title: 'Original' });
      dataOf(
        await t.gql(
          UPDATE,
          { id: solution.id, input: { version: 1, title: 'First' } },
          provider.token,
        ),
      );
      const before = await dbSolution(solution.id);
      for (const version of [1, 5]) {
        const res = await t.gql(
          UPDATE,
          { id: solution.id, input: { version, title: 'Late', openSource: false } },
          provider.token,
        );
        expectError(res, 'CONFLICT');
        expect(res.errors![0].extensions).toMatchObject({
          givenVersion: version,
          currentVersion: 2,
        });
      }
      const after = await dbSolution(solution.id);
      expect(after).toEqual(before);
      expect(after).toMatchObject({ title: 'First', openSource: true, version: 2 });
    });

    it('lets exactly one of two concurrent edits of the same version through', async () => {
      for (let round = 0; round < 3; round++) {
        const solution = await f.solution(provider.user);
        const [a, b] = await Promise.all([
          t.gql(UPDATE, { id: solution.id, input: { version: 1, title: 'A' } }, provider.token),
          t.gql(UPDATE, { id: solution.id, input: { version: 1, title: 'B' } }, colleague.token),
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
        const row = await dbSolution(solution.id);
        expect(row).toMatchObject({ version: 2, title: wins[0].data!.updateSolution.title });
      }
    });

    it('refuses null for required fields and other bad inputs, changing nothing', async () => {
      const solution = await f.solution(provider.user);
      const before = await dbSolution(solution.id);
      const cases: [Record<string, unknown>, string][] = [
        [{ title: null }, 'title'],
        [{ summary: null }, 'summary'],
        [{ description: null }, 'description'],
        [{ domainCodes: null }, 'domainCodes'],
        [{ maturity: null }, 'maturity'],
        [{ openSource: null }, 'openSource'],
        [{ status: null }, 'status'],
        [{ countryCodesDeployed: null }, 'countryCodesDeployed'],
        [{ title: '' }, 'title'],
        [{ summary: 's'.repeat(501) }, 'summary'],
        [{ domainCodes: [] }, 'domainCodes'],
        [{ domainCodes: ['NOPE'] }, 'domainCodes'],
        [{ principleCodes: ['NOPE'] }, 'principleCodes'],
        [{ countryCodesDeployed: ['ZZ'] }, 'countryCodesDeployed'],
        [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
        [{ version: -1 }, 'version'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(
          UPDATE,
          { id: solution.id, input: { version: 1, ...input } },
          provider.token,
        );
        try {
          expectError(res, 'BAD_USER_INPUT', field);
        } catch (e) {
          throw new Error(`${JSON.stringify(input)}: ${JSON.stringify(res.errors)}\n${String(e)}`);
        }
      }
      // The provider cannot be changed through an update: the field does not exist.
      expectError(
        await t.gql(
          UPDATE,
          { id: solution.id, input: { version: 1, providerId: orgB.id } },
          provider.token,
        ),
        'BAD_USER_INPUT',
      );
      expect(await dbSolution(solution.id)).toEqual(before);
    });

    it('refuses a malformed id and answers NOT_FOUND for a missing one', async () => {
      expectError(
        await t.gql(UPDATE, { id: 'abc', input: { version: 1 } }, admin.token),
        'BAD_USER_INPUT',
        'id',
      );
      expectError(
        await t.gql(UPDATE, { id: MISSING_ID, input: { version: 1 } }, admin.token),
        'NOT_FOUND',
      );
    });
  });
});
