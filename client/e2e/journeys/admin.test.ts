import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, newContext, signIn } from '../support/browser';

describe('administration and language', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  test('an administrator adds an organisation', async () => {
    const context = await newContext(browser, { language: 'fr' });
    const page = await context.newPage();
    await signIn(page, 'ADMIN', '/admin/organizations');
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    const name = `Coopérative numérique ${randomBytes(3).toString('hex')}`;
    await page.getByLabel('Nom').fill(name);
    await page.getByLabel('Type').selectOption('CIVIL_SOCIETY');
    await page.getByLabel('Site web').fill('https://example.org');
    await page.getByRole('button', { name: 'Ajouter l’organisation' }).click();
    await page.getByRole('cell', { name }).waitFor();
    assert.equal(
      await page.getByLabel('Nom').inputValue(),
      '',
      'the form is ready for the next one',
    );
    await context.close();
  });

  test('administration is not offered to a coordinator, even by URL', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'COORDINATOR', '/admin/organizations');
    await page.getByTestId('not-found').waitFor();
    await context.close();
  });

  test('the language switch changes words, dates and country names, and is remembered', async () => {
    const context = await newContext(browser, { language: 'fr' });
    const page = await context.newPage();
    await signIn(page, 'COORDINATOR', '/needs?country=CI');
    await page.getByRole('heading', { level: 1, name: 'Besoins' }).waitFor();
    const firstResult = page.getByRole('article').first();
    await firstResult.getByText(/Côte.d.Ivoire/).waitFor();
    await firstResult.getByText(/mis à jour le \d+ \p{L}+\.? \d{4}/u).waitFor();

    await page.getByText('English', { exact: true }).filter({ visible: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await firstResult.getByText(/Côte d.Ivoire|Ivory Coast/).waitFor();
    await firstResult.getByText(/updated \d+ [A-Z][a-z]+ \d{4}/).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('d4d.language')), 'en');
    await context.close();
  });
});
