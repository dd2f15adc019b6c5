import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { api, launch, newContext, screenshot, signIn } from '../support/browser';
import { internalNeedId, ownNeedId } from '../support/fixtures';

const versionOf = async (id: string) =>
  (
    await api<{ need: { version: number } }>(
      'ADMIN',
      'query($id: ID!) { need(id: $id) { version } }',
      { id },
    )
  ).need.version;

describe('needs', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  test('ministry staff log a need in French: a field error first, then the need in the list and on its page', async () => {
    const context = await newContext(browser, { language: 'fr' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF');
    await page.getByRole('link', { name: 'Saisir un besoin' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Saisir un besoin' }).waitFor();

    const word = `hydrométrie${randomBytes(3).toString('hex')}`;
    const title = `Réseau de stations ${word} pour le bassin du fleuve Sénégal`;
    await page.getByLabel('Titre').fill(title);
    await page
      .getByLabel('Description')
      .fill('Le service hydrologique manque de mesures en temps réel.');
    await page.getByLabel('Pays partenaire').selectOption('SN');
    await page.getByLabel('Agriculture').check();
    // A tag longer than the server's 40 characters: only the server says so.
    await page
      .getByLabel('Mots-clés')
      .fill('eau, un mot-clé beaucoup trop long pour être accepté par le serveur');
    await page.getByRole('button', { name: 'Enregistrer ce besoin' }).click();

    const tags = page.getByLabel('Mots-clés');
    await page.getByText('Chaque mot-clé doit compter de 1 à 40 caractères.').waitFor();
    assert.equal(await tags.getAttribute('aria-invalid'), 'true');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-invalid') === 'true',
    );
    await screenshot(page, 'journey-need-field-error-fr-desktop');

    await tags.fill('eau, hydrologie');
    assert.notEqual(
      await tags.getAttribute('aria-invalid'),
      'true',
      'the error clears as the user types',
    );
    await page.getByRole('button', { name: 'Enregistrer ce besoin' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Sénégal').first().waitFor();

    await page.goto(`/needs?q=${encodeURIComponent(word)}`);
    const result = page.getByRole('link', { name: title });
    await result.waitFor();
    await result.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await context.close();
  });

  test('filters and search are kept in the URL', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'COORDINATOR', '/needs');
    await page.getByLabel('Status').selectOption('CLOSED');
    await page.waitForURL(/status=CLOSED/);
    await page.getByRole('searchbox', { name: 'Search' }).fill('cadastral');
    await page.waitForURL(/q=cadastral/);
    await page.reload();
    assert.equal(await page.getByLabel('Status').inputValue(), 'CLOSED');
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'cadastral');
    await page
      .getByRole('link', { name: /cadastral/i })
      .first()
      .waitFor();
    await context.close();
  });

  test('a provider who opens an internal need by its URL sees "not found"', async () => {
    const id = await internalNeedId();
    const context = await newContext(browser, { language: 'fr' });
    const page = await context.newPage();
    await signIn(page, 'SOLUTION_PROVIDER', `/needs/${id}`);
    await page.getByTestId('not-found').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await context.close();
  });

  test('a need changed by someone else while it was being edited offers the choice', async () => {
    const id = await ownNeedId();
    const context = await newContext(browser, { language: 'fr' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF', `/needs/${id}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Modifier le besoin' }).waitFor();

    // Someone else saves first.
    await api(
      'COORDINATOR',
      'mutation($id: ID!, $v: Int!) { updateNeed(id: $id, input: { version: $v, priority: CRITICAL }) { id } }',
      { id, v: await versionOf(id) },
    );

    const mine = `Ma version du titre ${randomBytes(3).toString('hex')}`;
    await page.getByLabel('Titre').fill(mine);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = page.getByTestId('version-conflict');
    await conflict.getByText('Ce besoin a changé depuis que vous l’avez ouvert').waitFor();
    await conflict.getByRole('button', { name: 'Voir sa version' }).click();
    await conflict.getByRole('cell', { name: 'Critique' }).waitFor();
    await conflict.getByRole('cell', { name: mine }).waitFor();
    await screenshot(page, 'journey-need-conflict-fr-desktop');

    await conflict.getByRole('button', { name: 'Garder mes modifications' }).click();
    await page.waitForURL(new RegExp(`/needs/${id}$`));
    await page.getByRole('heading', { level: 1, name: mine }).waitFor();
    // Their change stays: only my field was sent over theirs.
    await page.getByText('Critique').first().waitFor();
    await context.close();
  });

  test('"reload their version" drops my changes and edits theirs', async () => {
    const id = await ownNeedId();
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF', `/needs/${id}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit the need' }).waitFor();
    const theirs = `Their title ${randomBytes(3).toString('hex')}`;
    await api(
      'ADMIN',
      'mutation($id: ID!, $v: Int!, $t: String!) { updateNeed(id: $id, input: { version: $v, title: $t }) { id } }',
      { id, v: await versionOf(id), t: theirs },
    );
    await page.getByLabel('Title').fill('My title');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByTestId('version-conflict');
    await conflict.getByRole('button', { name: 'Reload their version' }).click();
    await conflict.waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Title').inputValue(), theirs);
    await context.close();
  });
});
