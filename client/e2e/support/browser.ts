import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CLIENT_DIR, type Account, type Role } from './app';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const API_URL = process.env.E2E_API_URL ?? BASE_URL;
export const ACCOUNTS = JSON.parse(process.env.E2E_ACCOUNTS ?? '{}') as Record<Role, Account>;
export const SCREENSHOTS = join(CLIENT_DIR, 'screenshots');

export type Language = 'fr' | 'en';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Debian's chromium, headless, with nothing that reaches out to the network on its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser profile with the language already chosen (as a returning user has it). */
export async function newContext(
  browser: Browser,
  options: { language?: Language; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const language = options.language ?? 'fr';
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: options.viewport ?? DESKTOP,
    locale: language === 'fr' ? 'fr-LU' : 'en-GB',
    reducedMotion: 'reduce',
  });
  await context.addInitScript((lng) => {
    if (!window.localStorage.getItem('d4d.language'))
      window.localStorage.setItem('d4d.language', lng);
  }, language);
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs in through the form and waits for the page the app sends the user to. */
export async function signIn(page: Page, role: Role, path = '/'): Promise<void> {
  const account = ACCOUNTS[role];
  await page.goto(path);
  await page.waitForURL(/\/sign-in/);
  await page.locator('input[type="email"]').fill(account.email);
  await page.locator('input[type="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** GraphQL as a given role, straight to the API (to arrange data, or to race the browser). */
export async function api<T>(role: Role, query: string, variables: object = {}): Promise<T> {
  const account = ACCOUNTS[role];
  const call = async (body: object, token?: string) => {
    const res = await fetch(`${API_URL}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { data?: T; errors?: { message: string }[] };
  };
  const login = await call({
    query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    variables: { i: account },
  });
  const token = (login.data as { login?: { accessToken: string } } | undefined)?.login?.accessToken;
  const result = await call({ query, variables }, token);
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.1 A/AA rules: the serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<A11yViolation[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until no request is in flight and no spinner shows. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role="status"] .mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}
