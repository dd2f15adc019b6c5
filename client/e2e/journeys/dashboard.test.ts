import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  launch,
  newContext,
  screenshot,
  seriousViolations,
  settle,
  signIn,
  type Language,
} from '../support/browser';

describe('dashboard', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  test('a click on the heat map filters the needs list by its country and domain', async () => {
    const context = await newContext(browser, { language: 'en' });
    try {
      const page = await context.newPage();
      await signIn(page, 'COORDINATOR');
      const map = page.getByTestId('coverage');
      await map.waitFor();
      await page.getByRole('radio', { name: 'Open needs' }).waitFor({ state: 'attached' });
      const link = map.getByRole('link').first();
      const name = (await link.getAttribute('aria-label')) ?? '';
      const count = Number(((await link.textContent()) ?? '').replace(/\D/g, ''));
      assert.ok(count > 0, `a cell with open needs: ${name}`);
      await link.click();
      await page.waitForURL(/\/needs\?country=[A-Z]{2}&domain=[A-Z_]+&status=OPEN/);
      const url = new URL(page.url());
      await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
      assert.equal(await page.getByLabel('Status').inputValue(), 'OPEN');
      await settle(page);
      // As many needs as the cell said.
      await page.getByText(new RegExp(`of ${count} shown`)).waitFor();
      assert.ok(url.searchParams.get('country'));
      await screenshot(page, 'dashboard-heatmap-filtered-needs-en-desktop');
    } finally {
      await context.close();
    }
  });

  test('the heat map switches measure, and providers do not see it', async () => {
    const context = await newContext(browser, { language: 'fr' });
    try {
      const page = await context.newPage();
      await signIn(page, 'COORDINATOR');
      await page.getByTestId('coverage').waitFor();
      await page.getByText('Mises en relation acceptées', { exact: true }).click();
      await page.getByRole('table', { name: /^Mises en relation acceptées par pays/ }).waitFor();
      await screenshot(page, 'dashboard-heatmap-accepted-fr-desktop');
    } finally {
      await context.close();
    }
    const providerContext = await newContext(browser, { language: 'en' });
    try {
      const page = await providerContext.newPage();
      await signIn(page, 'SOLUTION_PROVIDER');
      await page.getByRole('heading', { level: 2, name: 'Your latest notifications' }).waitFor();
      assert.equal(await page.getByTestId('coverage').count(), 0);
      assert.equal(await page.getByText('Portfolio by country and domain').count(), 0);
    } finally {
      await providerContext.close();
    }
  });

  for (const language of ['fr', 'en'] as Language[]) {
    for (const [size, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
      test(`dashboards, ${language}, ${size}: screenshots, no serious accessibility violation`, async () => {
        const problems: string[] = [];
        for (const role of ['COORDINATOR', 'MINISTRY_STAFF', 'ADMIN'] as const) {
          const context = await newContext(browser, { language, viewport });
          try {
            const page = await context.newPage();
            await signIn(page, role);
            await settle(page);
            await page.getByTestId('coverage').waitFor();
            await screenshot(page, `dashboard-${role.toLowerCase()}-${language}-${size}`);
            for (const v of await seriousViolations(page)) {
              problems.push(`${role}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
            }
          } finally {
            await context.close();
          }
        }
        assert.deepEqual(problems, []);
      });
    }
  }
});
