import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Role } from '../support/app';
import {
  DESKTOP,
  PHONE,
  api,
  launch,
  newContext,
  screenshot,
  seriousViolations,
  settle,
  signIn,
  type Language,
} from '../support/browser';

interface Page_<T> {
  edges: { node: T }[];
}
interface SolutionFacts {
  id: string;
  title: string;
  description: string;
  status: string;
  domains: { code: string }[];
  countriesDeployed: { code: string }[];
}

/** A published solution of the provider account's organisation, with what a need can echo. */
async function publishedOwnSolution(): Promise<SolutionFacts> {
  const { me } = await api<{ me: { organization: { id: string } } }>(
    'SOLUTION_PROVIDER',
    '{ me { organization { id } } }',
  );
  const { solutions } = await api<{ solutions: Page_<SolutionFacts> }>(
    'SOLUTION_PROVIDER',
    `query($p: ID) { solutions(first: 50, filter: { providerId: $p }) {
       edges { node { id title description status domains { code } countriesDeployed { code } } } } }`,
    { p: me.organization.id },
  );
  const found = solutions.edges.map((e) => e.node).find((s) => s.status === 'PUBLISHED');
  if (!found) throw new Error('The demo provider has no published solution');
  return found;
}

/**
 * The first half of the journey, through the API: ministry staff log a public
 * need in French, written so that the provider's solution ranks among its suggestions.
 */
async function needFittingSolution(
  solution: SolutionFacts,
): Promise<{ id: string; title: string }> {
  const word = randomBytes(3).toString('hex');
  const title = `Besoin ${word} : ${solution.title}`;
  const { createNeed } = await api<{ createNeed: { id: string } }>(
    'MINISTRY_STAFF',
    `mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }`,
    {
      i: {
        title,
        description: `Le ministère partenaire recherche une solution de ce type. ${solution.description}`,
        countryCode: solution.countriesDeployed[0]?.code ?? 'SN',
        domainCodes: solution.domains.map((d) => d.code),
        visibility: 'PUBLIC',
        status: 'OPEN',
        priority: 'HIGH',
      },
    },
  );
  return { id: createNeed.id, title };
}

/** Matches of the demo data in a given state, through the coordinator's eyes. */
async function matchIn(status: string): Promise<string> {
  const { matches } = await api<{ matches: Page_<{ id: string }> }>(
    'COORDINATOR',
    'query($s: [MatchStatus!]) { matches(first: 1, filter: { statuses: $s }) { edges { node { id } } } }',
    { s: [status] },
  );
  if (!matches.edges[0]) throw new Error(`The demo data has no ${status} match`);
  return matches.edges[0].node.id;
}

const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

/** The suggestions show 5 at first: reveal them all, once loaded (a meter shows). */
async function showAllSuggestions(suggestions: Locator): Promise<void> {
  await suggestions.getByRole('meter').first().waitFor();
  const more = suggestions.getByRole('button', { name: /^(Show \d+ more|Afficher \d+ de plus)$/ });
  while ((await more.count()) > 0) await more.click();
}

describe('matching', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  test('a provider proposes its solution from a French need’s suggestions; a coordinator opens the review, ministry staff review, the coordinator accepts; the need shows MATCHED', async () => {
    const solution = await publishedOwnSolution();
    const need = await needFittingSolution(solution);
    const contexts: BrowserContext[] = [];
    try {
      // The provider, in French, on the need's page.
      const providerContext = await newContext(browser, { language: 'fr' });
      contexts.push(providerContext);
      const provider = await providerContext.newPage();
      await signIn(provider, 'SOLUTION_PROVIDER', `/needs/${need.id}`);
      await provider.getByRole('heading', { level: 1, name: need.title }).waitFor();
      const suggestions = region(provider, 'Solutions suggérées');
      await showAllSuggestions(suggestions);
      const propose = suggestions.getByRole('button', {
        name: `Proposer cette mise en relation : ${solution.title}`,
      });
      await propose.waitFor();
      // The reasons come in the language the user reads (Accept-Language).
      await suggestions
        .getByText(/Couvre \d+ des \d+ domaines/)
        .first()
        .waitFor();
      await suggestions.getByRole('meter').first().waitFor();
      assert.equal(await region(provider, 'Mises en relation').getByRole('link').count(), 0);
      await settle(provider);
      await screenshot(provider, 'journey-match-suggestions-fr-desktop');

      await propose.click();
      await suggestions
        .getByLabel('Pourquoi elle convient (facultatif)')
        .fill('Déjà déployée dans des contextes comparables.');
      await suggestions.getByRole('button', { name: 'Envoyer la proposition' }).click();
      await provider.waitForURL(/\/matches\/[0-9a-f-]{36}$/);
      const matchPath = new URL(provider.url()).pathname;
      await provider
        .getByRole('heading', { level: 1, name: `Mise en relation : ${solution.title}` })
        .waitFor();
      await provider.getByText('Proposée', { exact: true }).first().waitFor();
      await provider.getByText('Déjà déployée dans des contextes comparables.').waitFor();
      // The proposer may withdraw, not open the review, nor review their own proposal.
      await provider.getByRole('button', { name: 'Retirer' }).waitFor();
      assert.equal(await provider.getByRole('button', { name: 'Ouvrir l’évaluation' }).count(), 0);

      // The coordinator, in English, finds it in the queue and opens the review.
      const coordinatorContext = await newContext(browser, { language: 'en' });
      contexts.push(coordinatorContext);
      const coordinator = await coordinatorContext.newPage();
      await signIn(coordinator, 'COORDINATOR', '/matches?status=PROPOSED');
      await coordinator.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
      assert.equal(await coordinator.getByLabel('State').inputValue(), 'PROPOSED');
      await coordinator.getByRole('link', { name: `${solution.title} for ${need.title}` }).click();
      await coordinator.waitForURL((url) => url.pathname === matchPath);
      await coordinator.getByRole('button', { name: 'Start the review' }).click();
      await coordinator.getByText('Under review', { exact: true }).first().waitFor();
      // No decision before a review.
      const decide = region(coordinator, 'Decision');
      await decide.getByText('A decision needs at least one review first.').waitFor();
      assert.equal(
        await decide.getByRole('button', { name: 'Accept the match' }).isDisabled(),
        true,
      );

      // Ministry staff, in French, review it: scores, recommendation, comment.
      const staffContext = await newContext(browser, { language: 'fr' });
      contexts.push(staffContext);
      const staff = await staffContext.newPage();
      await signIn(staff, 'MINISTRY_STAFF', matchPath);
      const form = region(staff, 'Votre évaluation');
      await form.waitFor();
      await form.getByRole('button', { name: 'Envoyer mon évaluation' }).click();
      // Nothing chosen: the first score says so and takes the focus.
      await staff.waitForFunction(
        () => document.activeElement?.getAttribute('aria-invalid') === 'true',
      );
      await staff.getByRole('radio', { name: 'Pertinence : 4 sur 5' }).check();
      await staff.getByRole('radio', { name: 'Faisabilité : 4 sur 5' }).check();
      await staff.getByRole('radio', { name: 'Durabilité : 3 sur 5' }).check();
      await staff.getByRole('radio', { name: 'Principes : 5 sur 5' }).check();
      await form.getByRole('radio', { name: 'Accepter' }).check();
      await form.getByLabel('Commentaire').fill('Répond au besoin ; prévoir la formation.');
      await screenshot(staff, 'journey-match-review-fr-desktop');
      await form.getByRole('button', { name: 'Envoyer mon évaluation' }).click();
      const reviews = region(staff, /Évaluation \(1\)/);
      await reviews.getByText('Répond au besoin ; prévoir la formation.').waitFor();
      // Sending again replaces the review.
      await region(staff, 'Modifier votre évaluation').waitFor();

      // The coordinator sees the review arrive without reloading (matchUpdated), and accepts.
      await region(coordinator, /Review \(1\)/)
        .getByText('Répond au besoin ; prévoir la formation.')
        .waitFor({ timeout: 20_000 });
      await decide.getByLabel('Note').fill('Accepted: the ministry confirmed its interest.');
      await decide.getByRole('button', { name: 'Accept the match' }).click();
      await coordinator.getByText('Decided by', { exact: false }).waitFor();
      await coordinator.getByText('Accepted: the ministry confirmed its interest.').waitFor();
      await region(coordinator, 'History').getByText('Decided → Accepted').waitFor();
      await region(coordinator, 'Discussion').waitFor();
      await settle(coordinator);
      await screenshot(coordinator, 'journey-match-accepted-en-desktop');

      // The need now shows MATCHED: in French for its ministry, in English for the coordinator.
      await staff.goto(`/needs/${need.id}`);
      await region(staff, 'Détails').getByText('Apparié', { exact: true }).waitFor();
      await region(staff, 'Mises en relation').getByText('Acceptée', { exact: true }).waitFor();
      await coordinator.getByRole('link', { name: need.title }).click();
      await coordinator.getByRole('heading', { level: 1, name: need.title }).waitFor();
      await region(coordinator, 'Details').getByText('Matched', { exact: true }).waitFor();
      await region(coordinator, 'Suggested solutions')
        .getByText(/Covers \d+ of \d+ domains/)
        .first()
        .waitFor();
      // Proposed once: the pair is no longer offered among the suggestions.
      await showAllSuggestions(region(coordinator, 'Suggested solutions'));
      assert.equal(
        await region(coordinator, 'Suggested solutions')
          .getByRole('button', { name: `Propose this match: ${solution.title}` })
          .count(),
        0,
      );
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  test('a provider sees only its own organisation’s matches and is not offered the review', async () => {
    const context = await newContext(browser, { language: 'en' });
    try {
      const page = await context.newPage();
      await signIn(page, 'SOLUTION_PROVIDER', '/matches');
      await page.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
      await settle(page);
      const { me } = await api<{ me: { organization: { name: string } } }>(
        'SOLUTION_PROVIDER',
        '{ me { organization { name } } }',
      );
      const items = page.getByRole('article');
      const count = await items.count();
      assert.ok(count > 0, 'the demo provider has matches');
      for (let i = 0; i < count; i++) {
        assert.ok(((await items.nth(i).textContent()) ?? '').includes(me.organization.name));
      }
      await page.getByLabel('State').selectOption('UNDER_REVIEW');
      await page.waitForURL(/status=UNDER_REVIEW/);
      assert.equal(await page.getByRole('button', { name: 'Start the review' }).count(), 0);
    } finally {
      await context.close();
    }
  });

  test('the matching pages: no serious accessibility violation, screenshots in both languages at both sizes', async () => {
    const solution = await publishedOwnSolution();
    // A match under review with one review by ministry staff: the form (to change it) and the decision show.
    const need = await needFittingSolution(solution);
    const { proposeMatch } = await api<{ proposeMatch: { id: string } }>(
      'SOLUTION_PROVIDER',
      'mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id } }',
      { i: { needId: need.id, solutionId: solution.id, rationale: 'Déjà déployée au Sahel.' } },
    );
    const underReview = proposeMatch.id;
    await api('COORDINATOR', 'mutation($id: ID!) { startReview(matchId: $id) { id } }', {
      id: underReview,
    });
    await api(
      'MINISTRY_STAFF',
      `mutation($i: ReviewMatchInput!) { reviewMatch(input: $i) { id } }`,
      {
        i: {
          matchId: underReview,
          relevance: 4,
          feasibility: 3,
          sustainability: 4,
          principlesAlignment: 5,
          recommendation: 'ACCEPT',
          comment: 'Pertinent ; vérifier l’hébergement des données.',
        },
      },
    );
    const pages: { name: string; role: Role; path: string }[] = [
      { name: 'matches', role: 'COORDINATOR', path: '/matches' },
      { name: 'matches-under-review', role: 'COORDINATOR', path: '/matches?status=UNDER_REVIEW' },
      {
        name: 'match-proposed',
        role: 'COORDINATOR',
        path: `/matches/${await matchIn('PROPOSED')}`,
      },
      { name: 'match-decide', role: 'COORDINATOR', path: `/matches/${underReview}` },
      { name: 'match-review', role: 'MINISTRY_STAFF', path: `/matches/${underReview}` },
      {
        name: 'match-accepted',
        role: 'COORDINATOR',
        path: `/matches/${await matchIn('ACCEPTED')}`,
      },
      { name: 'match-provider', role: 'SOLUTION_PROVIDER', path: `/matches/${underReview}` },
      { name: 'matches-provider', role: 'SOLUTION_PROVIDER', path: '/matches' },
      { name: 'solution-matching', role: 'SOLUTION_PROVIDER', path: `/solutions/${solution.id}` },
      { name: 'need-matching', role: 'MINISTRY_STAFF', path: `/needs/${need.id}` },
    ];

    const problems: string[] = [];
    for (const language of ['fr', 'en'] as Language[]) {
      for (const [size, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
        const sessions = new Map<Role, BrowserContext>();
        try {
          for (const item of pages) {
            let context = sessions.get(item.role);
            if (!context) {
              context = await newContext(browser, { language, viewport });
              sessions.set(item.role, context);
              const first = await context.newPage();
              // What the server refused, to explain a section that could not load.
              first.on('response', (response) => {
                if (!response.url().endsWith('/graphql')) return;
                void response
                  .json()
                  .then((body: { errors?: { message: string; path?: string[] }[] }) => {
                    for (const e of body.errors ?? [])
                      console.log(
                        `graphql error on ${item.name}: ${e.path?.join('.')} ${e.message}`,
                      );
                  })
                  .catch(() => undefined);
              });
              await signIn(first, item.role);
            }
            const tab = context.pages()[0];
            await tab.goto(item.path);
            await tab.getByRole('heading', { level: 1 }).first().waitFor();
            await settle(tab);
            assert.equal(await tab.locator('html').getAttribute('lang'), language);
            // No key left untranslated: i18next shows a missing key as the key itself.
            const text = (await tab.locator('main').textContent()) ?? '';
            const keys = text.match(
              /\b(matching|matches|review|decision)\.[a-z][a-zA-Z]*(\.[a-zA-Z]+)*/g,
            );
            if (keys) problems.push(`${item.name} ${language}: untranslated ${keys.join(', ')}`);
            // Nothing wider than a phone's screen.
            const overflow = await tab.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            if (overflow > 0)
              problems.push(`${item.name} ${language} ${size}: ${overflow}px too wide`);
            await screenshot(tab, `${item.name}-${language}-${size}`);
            for (const v of await seriousViolations(tab)) {
              problems.push(
                `${item.name} ${language} ${size}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`,
              );
            }
          }
        } finally {
          for (const context of sessions.values()) await context.close();
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
