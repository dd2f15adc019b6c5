import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import type { Role } from '../support/app';
import { ACCOUNTS, API_URL, api, launch, newContext, settle, signIn } from '../support/browser';
import { ownNeedId } from '../support/fixtures';

/** The refresh token's cookie: HttpOnly, for /auth only (src/sessions/refresh-cookie.ts). */
const REFRESH_COOKIE = 'd4d_refresh';

const refreshCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((c) => c.name === REFRESH_COOKIE) ?? null;

/** Everything a script of the page can read where tokens used to be kept. */
const readableByScripts = (page: Page) =>
  page.evaluate(() => ({
    cookie: document.cookie,
    storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }));

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

  test('no token is within reach of page scripts: the access token in memory, the refresh token in an HttpOnly cookie for /auth', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF');
    const cookie = await refreshCookie(context);
    assert.ok(cookie, 'the refresh cookie is set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/auth');
    const readable = await readableByScripts(page);
    assert.ok(!readable.cookie.includes(REFRESH_COOKIE), 'document.cookie does not show it');
    assert.ok(!readable.storage.includes(cookie.value), 'no storage holds the refresh token');
    assert.doesNotMatch(readable.storage, /eyJ[\w-]+\.[\w-]+\./, 'no storage holds a JWT');
    await context.close();
  });

  test('a reload and a new tab stay signed in through the cookie', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'COORDINATOR');
    const first = await refreshCookie(context);
    await page.goto('/needs');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    const other = await context.newPage();
    await other.goto('/solutions');
    await other.getByRole('heading', { level: 1, name: 'Solutions' }).waitFor();
    assert.equal(new URL(other.url()).pathname, '/solutions');
    // Each renewal rotated the refresh token.
    assert.notEqual((await refreshCookie(context))?.value, first?.value);
    await context.close();
  });

  test('a refused access token is renewed through the cookie, unseen, and the request replayed', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF');
    const before = await refreshCookie(context);
    // The next GraphQL request is answered as if its token had expired.
    let refused = false;
    await page.route('**/graphql', async (route) => {
      if (refused || route.request().method() !== 'POST') return route.continue();
      refused = true;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      });
    });
    const renewal = page.waitForResponse((r) => r.url().endsWith('/auth/refresh'));
    await page.getByRole('link', { name: 'Needs' }).first().click();
    assert.equal((await renewal).status(), 200);
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    assert.ok(refused);
    assert.notEqual((await refreshCookie(context))?.value, before?.value, 'the cookie was rotated');
    await context.close();
  });

  test('a live page outlives its access token: closed by the server at expiry, it renews, reconnects, and shows what it missed', async () => {
    const needId = await ownNeedId();
    const { need } = await api<{ need: { thread: { id: string } } }>(
      'COORDINATOR',
      'query($id: ID!) { need(id: $id) { thread { id } } }',
      { id: needId },
    );
    const writer = await tokenOf('COORDINATOR');
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    // Every socket of the page passes here, so that the test can close it as the server does.
    const sockets: { route: WebSocketRoute; at: number }[] = [];
    await page.routeWebSocket(/\/graphql$/, (route) => {
      route.connectToServer();
      sockets.push({ route, at: Date.now() });
    });
    await signIn(page, 'MINISTRY_STAFF', `/needs/${needId}`);
    const thread = page.getByTestId('thread');
    await thread.getByLabel('Your comment').waitFor();
    await settle(page);
    assert.equal(sockets.length, 1);

    const renewal = page.waitForResponse((r) => r.url().endsWith('/auth/refresh'));
    // What the server does at the access token's expiry (src/sessions/live-sessions.ts).
    await sockets[0].route.close({ code: 4440, reason: 'The access token expired' });
    const missed = `missed${randomBytes(3).toString('hex')}`;
    await postComment(writer, need.thread.id, missed);
    const posted = Date.now();
    assert.equal((await renewal).status(), 200);
    // Posted while no socket listened: only a refetch can bring it.
    await thread.getByText(missed).waitFor();
    assert.equal(sockets.length, 2);
    assert.ok(sockets[1].at > posted, 'the page reconnected after the comment was posted');
    // And it is live again.
    await settle(page);
    const live = `live${randomBytes(3).toString('hex')}`;
    await postComment(writer, need.thread.id, live);
    await thread.getByText(live).waitFor();
    assert.equal(sockets.length, 2);
    await context.close();
  });

  test('an expired session returns to sign-in, then back to where the user was', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'MINISTRY_STAFF');
    await page.goto('/needs?status=OPEN');
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    // The user signs out in another tab of the same browser: this tab's sign-in ends with it.
    const other = await context.newPage();
    await other.goto('/');
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.waitForURL(/\/sign-in$/);
    await other.close();
    // This tab hears it from its socket (closed by the server), or at its next request.
    await page
      .getByLabel('Domain')
      .selectOption({ index: 1 }, { timeout: 3000 })
      .catch(() => undefined);
    await page.waitForURL(/\/sign-in\?/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('expired'), '1');
    const next = new URL(url.searchParams.get('next') ?? '/', url);
    assert.equal(next.pathname, '/needs');
    assert.equal(next.searchParams.get('status'), 'OPEN');
    await page.getByText('Your session has ended').waitFor();
    await page.locator('input[type="email"]').fill(ACCOUNTS.MINISTRY_STAFF.email);
    await page.locator('input[type="password"]').fill(ACCOUNTS.MINISTRY_STAFF.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(
      (u) => u.pathname === '/needs' && u.searchParams.get('status') === 'OPEN',
    );
    await page.getByRole('heading', { level: 1, name: 'Needs' }).waitFor();
    await context.close();
  });

  test('signing out ends the session here and on the server', async () => {
    const context = await newContext(browser, { language: 'en' });
    const page = await context.newPage();
    await signIn(page, 'SOLUTION_PROVIDER');
    const cookie = await refreshCookie(context);
    assert.ok(cookie);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    assert.equal(await refreshCookie(context), null, 'the cookie is cleared');
    // The refresh token no longer works, even sent again by hand.
    const res = await page.request.post('/auth/refresh', {
      headers: { 'content-type': 'application/json', cookie: `${REFRESH_COOKIE}=${cookie.value}` },
      data: {},
    });
    assert.equal(res.status(), 401);
    await page.goto('/');
    await page.waitForURL(/\/sign-in$/);
    await context.close();
  });
});

/** An access token of a demo account, straight from the API. */
async function tokenOf(role: Role): Promise<string> {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: ACCOUNTS[role] },
    }),
  });
  return ((await res.json()) as { data: { login: { accessToken: string } } }).data.login
    .accessToken;
}

async function postComment(token: string, threadId: string, body: string): Promise<void> {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
      variables: { input: { threadId, body } },
    }),
  });
  const answer = (await res.json()) as { errors?: unknown };
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
}
