import { Maturity, NeedStatus, Role, SolutionStatus, Visibility } from '../src/common/enums';
import { Need } from '../src/needs/entities/need.entity';
import { Organization } from '../src/organizations/entities/organization.entity';
import { Solution } from '../src/solutions/entities/solution.entity';
import { User } from '../src/users/entities/user.entity';
import { startTestApp, StatementCounter, TestApp } from './support/app';
import { dataOf, expectError } from './support/assertions';
import { Factory } from './support/factories';

// Signing users in (argon2) takes a few seconds.
jest.setTimeout(60_000);

const REASONS = 'reasons { factor weight contribution detail }';
const NEED_SUGGESTIONS = `query($id: ID!, $first: Int) {
  need(id: $id) { id suggestedSolutions(first: $first) { score solution { id status } ${REASONS} } }
}`;
const SOLUTION_SUGGESTIONS = `query($id: ID!, $first: Int) {
  solution(id: $id) {
    id suggestedNeeds(first: $first) { score need { id status visibility } ${REASONS} }
  }
}`;
const PROPOSE = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMatch(matchId: $id) { id status } }`;

const FACTORS = ['country', 'domains', 'maturity', 'principles', 'text'];

type Signed = { user: User; token: string };
type Reason = { factor: string; weight: number; contribution: number; detail: string };
type Suggestion = { score: number; reasons: Reason[] } & Record<string, any>;

/** What every ranked list promises: best first, scores in [0, 1] that its reasons add up to. */
function expectWellFormed(list: Suggestion[]) {
  for (let i = 1; i < list.length; i++) {
    expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
  }
  for (const s of list) {
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.reasons.map((r) => r.factor).sort()).toEqual(FACTORS);
    const sum = s.reasons.reduce((acc, r) => acc + r.contribution, 0);
    expect(Math.abs(s.score - sum)).toBeLessThanOrEqual(1e-6);
    for (const r of s.reasons) {
      expect(r.weight).toBeGreaterThan(0);
      expect(r.contribution).toBeGreaterThanOrEqual(0);
      expect(r.contribution).toBeLessThanOrEqual(r.weight + 1e-9);
      expect(r.detail.length).toBeGreaterThan(5);
    }
    const weights = s.reasons.reduce((acc, r) => acc + r.weight, 0);
    expect(weights).toBeCloseTo(1, 9);
  }
}

const reason = (s: Suggestion, factor: string) => s.reasons.find((r) => r.factor === factor)!;

describe('suggestions', () => {
  let t: TestApp;
  let f: Factory;
  let orgA: Organization;
  let coordinator: Signed;
  let staff: Signed;
  let providerA: Signed;
  const counter = new StatementCounter();

  beforeAll(async () => {
    t = await startTestApp({ queryLogger: counter });
    f = new Factory(t);
    orgA = await f.organization();
    [coordinator, staff, providerA] = await Promise.all([
      f.signedIn(Role.COORDINATOR),
      f.signedIn(Role.MINISTRY_STAFF),
      f.signedIn(Role.SOLUTION_PROVIDER, { organizationId: orgA.id }),
    ]);
  });
  afterAll(() => t.close());

  const need = (overrides: Partial<Need>) => f.need(staff.user, overrides);
  const solution = (overrides: Partial<Solution>) =>
    f.solution(providerA.user, {
      summary: 'A service built and run from Luxembourg.',
      description: 'Hosted, maintained and documented.',
      ...overrides,
    });

  async function suggestedSolutions(
    needId: string,
    first: number,
    token = coordinator.token,
    headers: Record<string, string> = {},
  ): Promise<Suggestion[]> {
    const res = await t.gql(NEED_SUGGESTIONS, { id: needId, first }, token, headers);
    return dataOf(res).need.suggestedSolutions;
  }
  async function suggestedNeeds(solutionId: string, first: number, token = coordinator.token) {
    const res = await t.gql(SOLUTION_SUGGESTIONS, { id: solutionId, first }, token);
    return dataOf(res).solution.suggestedNeeds as Suggestion[];
  }
  const ids = (list: Suggestion[], key: 'solution' | 'need') =>
    list.map((s) => s[key].id as string);

  describe('Need.suggestedSolutions', () => {
    let telemedicine: Need;
    let best: Solution; // every factor in its favour
    let half: Solution; // one of the two domains
    let published: Solution[];
    let draft: Solution;
    let archived: Solution;

    beforeAll(async () => {
      telemedicine = await need({
        title: 'Télémédecine pour les centres de santé ruraux',
        description: 'Des téléconsultations entre les centres de santé et les hôpitaux régionaux.',
        domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
        principleCodes: ['OPEN_STANDARDS', 'PRIVACY_AND_SECURITY'],
        countryCode: 'SN',
      });
      const strong = {
        title: 'Teleconsultation for rural health centres',
        domainCodes: ['TELEMEDICINE', 'DATA_STATISTICS'],
        principleCodes: ['PRIVACY_AND_SECURITY'],
        countryCodesDeployed: ['SN'],
        maturity: Maturity.SCALED,
        openSource: true,
      };
      best = await solution(strong);
      draft = await solution({ ...strong, status: SolutionStatus.DRAFT });
      archived = await solution({ ...strong, status: SolutionStatus.ARCHIVED });
      half = await solution({
        title: 'Health statistics dashboard',
        domainCodes: ['DATA_STATISTICS'],
        maturity: Maturity.IDEA,
        openSource: false,
      });
      published = [best, half];
      for (const [i, maturity] of [
        Maturity.PILOT,
        Maturity.PROTOTYPE,
        Maturity.DEPLOYED,
        Maturity.IDEA,
      ].entries()) {
        published.push(
          await solution({
            title: `Telemedicine kit ${i}`,
            domainCodes: ['TELEMEDICINE'],
            countryCodesDeployed: i % 2 ? ['ML'] : [],
            maturity,
          }),
        );
      }
    });

    it('returns only PUBLISHED solutions, best first, each score the sum of its reasons', async () => {
      const top = await suggestedSolutions(telemedicine.id, 5);
      expect(top).toHaveLength(5);
      expectWellFormed(top);
      expect(top.every((s) => s.solution.status === 'PUBLISHED')).toBe(true);
      expect(ids(top, 'solution')[0]).toBe(best.id);
      expect(ids(top, 'solution')).not.toContain(draft.id);
      expect(ids(top, 'solution')).not.toContain(archived.id);

      const all = await suggestedSolutions(telemedicine.id, 50);
      expectWellFormed(all);
      expect(ids(all, 'solution').sort()).toEqual(published.map((s) => s.id).sort());
      expect(all.slice(0, 5)).toEqual(top);

      // Domain coverage: both domains give the whole weight, one of two half of it.
      const bestDomains = reason(all[0], 'domains');
      expect(bestDomains.contribution).toBeCloseTo(bestDomains.weight, 6);
      const halfDomains = reason(
        all.find((s) => s.solution.id === half.id)!,
        'domains',
      );
      expect(halfDomains.contribution).toBeCloseTo(halfDomains.weight / 2, 6);
      expect(all[0].score).toBeGreaterThan(all[all.length - 1].score);
    });

    it('explains in the language of the request', async () => {
      const fr = await suggestedSolutions(telemedicine.id, 1, coordinator.token, {
        'accept-language': 'fr',
      });
      const en = await suggestedSolutions(telemedicine.id, 1, coordinator.token, {
        'accept-language': 'en',
      });
      expect(reason(fr[0], 'domains').detail).toMatch(/^Couvre 2 des 2 domaines/);
      expect(reason(fr[0], 'domains').detail).toContain('télémédecine');
      expect(reason(en[0], 'domains').detail).toMatch(/^Covers 2 of 2 domains/);
      expect(reason(en[0], 'domains').detail).toContain('telemedicine');
      expect(fr[0].score).toBe(en[0].score);

      // Without the header, the user's own language.
      await t.db.query(`UPDATE "user" SET locale = 'fr' WHERE id = $1`, [staff.user.id]);
      try {
        const own = await suggestedSolutions(telemedicine.id, 1, staff.token);
        expect(reason(own[0], 'domains').detail).toMatch(/^Couvre/);
        const asked = await suggestedSolutions(telemedicine.id, 1, staff.token, {
          'accept-language': 'en-GB,en;q=0.9',
        });
        expect(reason(asked[0], 'domains').detail).toMatch(/^Covers/);
      } finally {
        await t.db.query(`UPDATE "user" SET locale = 'en' WHERE id = $1`, [staff.user.id]);
      }
    });

    it('leaves out a pair with a live match and brings it back once withdrawn', async () => {
      const proposed = dataOf(
        await t.gql(
          PROPOSE,
          { input: { needId: telemedicine.id, solutionId: best.id } },
          coordinator.token,
        ),
      ).proposeMatch;
      const during = await suggestedSolutions(telemedicine.id, 50);
      expect(ids(during, 'solution')).not.toContain(best.id);
      expect(during).toHaveLength(published.length - 1);
      expect(ids(await suggestedNeeds(best.id, 50), 'need')).not.toContain(telemedicine.id);

      dataOf(await t.gql(WITHDRAW, { id: proposed.id }, coordinator.token));
      const after = await suggestedSolutions(telemedicine.id, 50);
      expect(ids(after, 'solution')[0]).toBe(best.id);
      expect(after).toHaveLength(published.length);
      expect(ids(await suggestedNeeds(best.id, 50), 'need')).toContain(telemedicine.id);
    });

    it('explains a proposed pair on the match itself, in the language of the request', async () => {
      const [before] = await suggestedSolutions(telemedicine.id, 1);
      const proposed = dataOf(
        await t.gql(
          `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id score } }`,
          { input: { needId: telemedicine.id, solutionId: before.solution.id } },
          coordinator.token,
        ),
      ).proposeMatch;
      try {
        const MATCH_REASONS = `query($id: ID!) { match(id: $id) { ${REASONS} } }`;
        const en = dataOf(await t.gql(MATCH_REASONS, { id: proposed.id }, coordinator.token));
        expect(en.match.reasons).toEqual(before.reasons);
        const sum = en.match.reasons.reduce((a: number, r: Reason) => a + r.contribution, 0);
        expect(sum).toBeCloseTo(proposed.score, 5);
        const fr = dataOf(
          await t.gql(MATCH_REASONS, { id: proposed.id }, coordinator.token, {
            'accept-language': 'fr',
          }),
        );
        expect(reason(fr.match, 'domains').detail).toMatch(/^Couvre/);
      } finally {
        dataOf(await t.gql(WITHDRAW, { id: proposed.id }, coordinator.token));
      }
    });

    it("explains all of a need's matches in one ranking statement, each as its suggestion", async () => {
      const before = await suggestedSolutions(telemedicine.id, 3);
      const proposed: { id: string }[] = [];
      for (const s of before) {
        proposed.push(
          dataOf(
            await t.gql(
              PROPOSE,
              { input: { needId: telemedicine.id, solutionId: s.solution.id } },
              coordinator.token,
            ),
          ).proposeMatch,
        );
      }
      try {
        const query = `query($id: ID!) { need(id: $id) { matches { id solution { id } ${REASONS} } } }`;
        counter.reset();
        const { need: found } = dataOf(
          await t.gql(query, { id: telemedicine.id }, coordinator.token),
        );
        // The ranking statement is the one that reads the catalogue's profile (WITH q AS MATERIALIZED).
        const rankings = counter.statements.filter((q) => q.includes('AS MATERIALIZED'));
        expect(rankings).toHaveLength(1);
        // Earlier tests' withdrawn matches of the same need are explained too; these are the new ones.
        const live = found.matches.filter((m: { id: string }) =>
          proposed.some((p) => p.id === m.id),
        );
        expect(live).toHaveLength(before.length);
        for (const m of live) {
          const suggested = before.find((s) => s.solution.id === m.solution.id)!;
          expect(m.reasons).toEqual(suggested.reasons);
        }
      } finally {
        for (const p of proposed) dataOf(await t.gql(WITHDRAW, { id: p.id }, coordinator.token));
      }
    });

    it('ranks an English "mobile money" solution above one that only shares "mobile" for a French need', async () => {
      const contributions = await need({
        title: 'Paiement mobile des cotisations sociales',
        description:
          'Permettre aux travailleurs du secteur informel de payer leurs cotisations de sécurité sociale depuis leur téléphone.',
        domainCodes: ['INCLUSIVE_FINANCE'],
        countryCode: 'CI',
      });
      const common = { maturity: Maturity.PILOT, openSource: false, countryCodesDeployed: [] };
      const money = await solution({
        ...common,
        title: 'Mobile money collection platform',
        summary: 'Collects social contributions and premiums through mobile money wallets.',
        description: 'Integrates with mobile network operators over USSD and a smartphone app.',
        domainCodes: ['INCLUSIVE_FINANCE'],
      });
      const tourism = await solution({
        ...common,
        title: 'Mobile tourism guide',
        summary: 'A mobile app that guides visitors through heritage sites.',
        description: 'Offline maps, audio commentary and ticketing for museums.',
        domainCodes: ['ENTERPRISE_DEVELOPMENT'],
      });
      const list = await suggestedSolutions(contributions.id, 50);
      expectWellFormed(list);
      const order = ids(list, 'solution');
      expect(order).toContain(money.id);
      expect(order.indexOf(money.id)).toBeLessThan(
        order.includes(tourism.id) ? order.indexOf(tourism.id) : Infinity,
      );
      expect(order[0]).toBe(money.id);
      // The text factor itself sees the cross-language match, not only the domain.
      const moneyText = reason(
        list.find((s) => s.solution.id === money.id)!,
        'text',
      );
      const tourismSuggestion = list.find((s) => s.solution.id === tourism.id);
      const tourismText = tourismSuggestion ? reason(tourismSuggestion, 'text').contribution : 0;
      expect(moneyText.contribution).toBeGreaterThan(tourismText);
    });

    it('takes first from 0 to 50 and refuses anything else with BAD_USER_INPUT', async () => {
      expect(await suggestedSolutions(telemedicine.id, 0)).toEqual([]);
      expect(await suggestedSolutions(telemedicine.id, 50)).toHaveLength(published.length);
      for (const first of [51, 100, -1]) {
        const res = await t.gql(
          NEED_SUGGESTIONS,
          { id: telemedicine.id, first },
          coordinator.token,
        );
        expectError(res, 'BAD_USER_INPUT', 'first');
        expect(res.errors![0].message).toMatch(/50/);
      }
    });
  });

  describe('Solution.suggestedNeeds', () => {
    let advisory: Solution;
    let open: Need;
    let internal: Need;
    let hidden: Need[]; // not OPEN: never suggested

    beforeAll(async () => {
      advisory = await solution({
        title: 'Crop advisory by SMS',
        summary: 'Weather and planting advice for smallholder farmers, by SMS.',
        domainCodes: ['AGRICULTURE'],
        countryCodesDeployed: ['BF'],
      });
      const base = {
        title: 'Conseil agricole par SMS',
        description: 'Des conseils de semis et la météo pour les petits exploitants.',
        domainCodes: ['AGRICULTURE'],
        countryCode: 'BF',
      };
      open = await need(base);
      internal = await need({ ...base, visibility: Visibility.INTERNAL });
      hidden = [
        await need({ ...base, status: NeedStatus.DRAFT }),
        await need({ ...base, status: NeedStatus.CLOSED }),
        await need({ ...base, status: NeedStatus.MATCHED }),
        await need({ ...base, status: NeedStatus.DRAFT, visibility: Visibility.INTERNAL }),
      ];
    });

    it('returns only OPEN needs, and to a provider only those it may read', async () => {
      const asCoordinator = await suggestedNeeds(advisory.id, 50);
      expectWellFormed(asCoordinator);
      expect(ids(asCoordinator, 'need').sort()).toEqual([open.id, internal.id].sort());
      expect(asCoordinator.every((s) => s.need.status === 'OPEN')).toBe(true);

      const asStaff = await suggestedNeeds(advisory.id, 50, staff.token);
      expect(ids(asStaff, 'need').sort()).toEqual([open.id, internal.id].sort());

      const asProvider = await suggestedNeeds(advisory.id, 50, providerA.token);
      expectWellFormed(asProvider);
      expect(ids(asProvider, 'need')).toEqual([open.id]);
      expect(asProvider.every((s) => s.need.visibility === 'PUBLIC')).toBe(true);
      for (const h of hidden) expect(ids(asProvider, 'need')).not.toContain(h.id);

      // Deployed in the need's country: the whole country weight.
      const country = reason(asProvider[0], 'country');
      expect(country.contribution).toBeCloseTo(country.weight, 6);
    });

    it('refuses first above 50 with BAD_USER_INPUT', async () => {
      expect(await suggestedNeeds(advisory.id, 0)).toEqual([]);
      for (const first of [51, -1]) {
        const res = await t.gql(
          SOLUTION_SUGGESTIONS,
          { id: advisory.id, first },
          coordinator.token,
        );
        expectError(res, 'BAD_USER_INPUT', 'first');
      }
    });
  });
});
