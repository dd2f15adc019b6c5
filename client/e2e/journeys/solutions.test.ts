import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, newContext, signIn } from '../support/browser';

describe('solutions', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  test('a provider describes a solution, then finds it in the catalogue', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'SOLUTION_PROVIDER', '/solutions');
    await page.getByRole('link', { name: 'Describe a solution' }).click();
    await page.getByRole('heading', { level: 1, name: 'Describe a solution' }).waitFor();

    const word = `riverwatch${randomBytes(3).toString('hex')}`;
    const title = `${word}: community flood gauges`;
    await page.getByLabel('Name').fill(title);
    await page.getByLabel('Summary').fill('Low-cost river gauges that text their readings.');
    await page
      .getByRole('textbox', { name: /^Description/ })
      .fill('Gauges, a server and SMS alerts, run by the community.');
    await page.getByLabel('Emergency communications').check();
    await page.getByLabel('Maturity').selectOption('PILOT');
    await page.getByLabel('Countries where it runs').selectOption('NE');
    await page.getByRole('button', { name: 'Remove Niger' }).waitFor();
    await page.getByRole('button', { name: 'Add this solution' }).click();

    await page.waitForURL(/\/solutions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Niger').first().waitFor();

    await page.goto('/solutions');
    await page.getByRole('searchbox', { name: 'Search' }).fill(word);
    await page.getByRole('link', { name: title }).waitFor();
    await context.close();
  });
});
