import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../support/app';
import { ACCOUNTS, launch, newContext, signIn } from '../support/browser';

const SESSION_KEY = 'd4d.session';

const storedSession = (page: Page) =>
  page.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? 'null') as {
        accessToken: string;
        refreshToken: string;
      } | null,
    SESSION_KEY,
  );

describe('signing in and out', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  const offers: Record<Role, { admin: boolean; logNeed: boolean; describeSolution: boolean }> = {
    ADMIN: { admin: true, logNeed: true, describeSolution: true },
    COORDINATOR: { admin: false, logNeed: true, describeSolution: true },
    MINISTRY_STAFF: { admin: false, logNeed: true, describeSolution: false },
    SOLUTION_PROVIDER: { admin: false, logNeed: false, describeSolution: true },
  };

  for (const role of Object.keys(offers) as Role[]) {
    test(`${role} signs in and is offered only what the role allows`, async () => {
      const context = await newContext(browser, { language: 'en' });
      const page = await context.newPage();
      await signIn(page, role);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Hello, /);
      const expected = offers[role];
      assert.equal(
        await page.getByRole('button', { name: 'Administration' }).count(),
        expected.admin ? 1 : 0,
      );
      assert.equal(
        await page.getByRole('link', { name: 'Log a need' }).count(),
        expected.logNeed ? 1 : 0,
      );
      assert.equal(
        await page.getByRole('link', { name: 'Describe a solution' }).count(),
        expected.describeSolution ? 1 : 0,
      );
      await context.close();
    });
  }

  test('a wrong password is refused with one message', async () => {
    const context = await newContext(browser, { language: 'fr' });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.locator('input[type="email"]').fill(ACCOUNTS.ADMIN.email);
    await page.locator('input[type="password"]').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await context.close();
  });

  test('a link followed while signed out leads back to it after sign-in', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'COORDINATOR', '/solutions?openSource=true');
    assert.equal(
      new URL(page.url()).pathname + new URL(page.url()).search,
      '/solutions?openSource=true',
    );
    await context.close();
  });

  test('a stale access token is renewed with the refresh token, unseen', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF');
    const before = await storedSession(page);
    assert.ok(before);
    await page.evaluate(
      ([key, refreshToken]) =>
        localStorage.setItem(key, JSON.stringify({ accessToken: 'expired', refreshToken })),
      [SESSION_KEY, before.refreshToken] as const,
    );
    await page.goto('/needs');
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    const after = await storedSession(page);
    assert.ok(after);
    assert.notEqual(after.refreshToken, before.refreshToken, 'the refresh token was rotated');
    assert.notEqual(after.accessToken, 'expired');
    await context.close();
  });

  test('an expired session returns to sign-in, then back to where the user was', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF');
    await page.goto('/needs?status=OPEN');
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    // The session ends in another tab of the same browser (its storage event reaches this one).
    const other = await context.newPage();
    await other.goto('/favicon.svg');
    await other.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({ accessToken: 'expired', refreshToken: 'revoked' }),
        ),
      SESSION_KEY,
    );
    await other.close();
    await page.getByLabel('Domain').selectOption({ index: 1 });
    await page.waitForURL(/\/sign-in\?/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('expired'), '1');
    const next = new URL(url.searchParams.get('next') ?? '/', url);
    assert.equal(next.pathname, '/needs');
    assert.equal(next.searchParams.get('status'), 'OPEN');
    assert.ok(next.searchParams.get('domain'));
    await page.getByText('Your session has ended').waitFor();
    await page.locator('input[type="email"]').fill(ACCOUNTS.MINISTRY_STAFF.email);
    await page.locator('input[type="password"]').fill(ACCOUNTS.MINISTRY_STAFF.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(
      (u) =>
        u.pathname === '/needs' &&
        u.searchParams.get('status') === 'OPEN' &&
        Boolean(u.searchParams.get('domain')),
    );
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await context.close();
  });

  test('signing out ends the session here and on the server', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'SOLUTION_PROVIDER');
    const session = await storedSession(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    assert.equal(await storedSession(page), null);
    // The refresh token no longer works.
    const res = await page.request.post('/graphql', {
      data: {
        query: 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
        variables: { t: session?.refreshToken },
      },
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    await page.goto('/');
    await page.waitForURL(/\/sign-in$/);
    await context.close();
  });
});
