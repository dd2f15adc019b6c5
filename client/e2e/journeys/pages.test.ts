import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Role } from '../support/app';
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
import { ownNeedId, ownSolutionId } from '../support/fixtures';

interface PageToCheck {
  name: string;
  role: Role | null;
  path: string | (() => Promise<string>);
}

/** Every page of the client, as the role that sees the most of it. */
const PAGES: PageToCheck[] = [
  { name: 'sign-in', role: null, path: '/sign-in' },
  { name: 'dashboard-staff', role: 'MINISTRY_STAFF', path: '/' },
  { name: 'dashboard-provider', role: 'SOLUTION_PROVIDER', path: '/' },
  { name: 'needs', role: 'MINISTRY_STAFF', path: '/needs' },
  { name: 'need', role: 'MINISTRY_STAFF', path: async () => `/needs/${await ownNeedId()}` },
  { name: 'need-new', role: 'MINISTRY_STAFF', path: '/needs/new' },
  {
    name: 'need-edit',
    role: 'MINISTRY_STAFF',
    path: async () => `/needs/${await ownNeedId()}/edit`,
  },
  { name: 'solutions', role: 'SOLUTION_PROVIDER', path: '/solutions' },
  {
    name: 'solution',
    role: 'SOLUTION_PROVIDER',
    path: async () => `/solutions/${await ownSolutionId()}`,
  },
  { name: 'solution-new', role: 'SOLUTION_PROVIDER', path: '/solutions/new' },
  {
    name: 'solution-edit',
    role: 'SOLUTION_PROVIDER',
    path: async () => `/solutions/${await ownSolutionId()}/edit`,
  },
  { name: 'admin-users', role: 'ADMIN', path: '/admin/users' },
  { name: 'admin-ministries', role: 'ADMIN', path: '/admin/ministries' },
  { name: 'admin-organizations', role: 'ADMIN', path: '/admin/organizations' },
  { name: 'not-found', role: 'COORDINATOR', path: '/no-such-page' },
];

const VIEWPORTS = { desktop: DESKTOP, phone: PHONE };

describe('every page: no serious accessibility violation, screenshots in both languages', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  for (const language of ['fr', 'en'] as Language[]) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      test(`${language}, ${size}`, async () => {
        const sessions = new Map<Role | null, Awaited<ReturnType<typeof newContext>>>();
        const problems: string[] = [];
        try {
          for (const page of PAGES) {
            let context = sessions.get(page.role);
            if (!context) {
              context = await newContext(browser, { language, viewport });
              sessions.set(page.role, context);
              if (page.role) await signIn(await context.newPage(), page.role);
            }
            const tab = context.pages()[0] ?? (await context.newPage());
            await tab.goto(typeof page.path === 'string' ? page.path : await page.path());
            await tab.getByRole('heading', { level: 1 }).first().waitFor();
            await settle(tab);
            assert.equal(await tab.locator('html').getAttribute('lang'), language);
            await screenshot(tab, `${page.name}-${language}-${size}`);
            for (const v of await seriousViolations(tab)) {
              problems.push(
                `${page.name}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`,
              );
            }
          }
        } finally {
          for (const context of sessions.values()) await context.close();
        }
        assert.deepEqual(problems, []);
      });
    }
  }
});
