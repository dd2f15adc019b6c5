import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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
import { ownNeedId } from '../support/fixtures';

const displayName = async (role: Role) =>
  (await api<{ me: { displayName: string } }>(role, '{ me { displayName } }')).me.displayName;

/** The unread count the bell's accessible name gives ("Notifications, 3 unread"; "none" is 0). */
async function bellCount(page: Page): Promise<number> {
  const bell = page.getByTestId('notification-bell');
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  const digits = /(\d+)/.exec(name);
  return digits ? Number(digits[1]) : 0;
}

async function assertAccessible(page: Page, what: string) {
  const problems = (await seriousViolations(page)).map(
    (v) => `${what}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`,
  );
  assert.deepEqual(problems, []);
}

describe('threads and notifications', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  test('a comment appears live in another browser, Markdown rendered and HTML shown as text; a mention completes and rings the bell', async () => {
    const needId = await ownNeedId();
    const coordinatorName = await displayName('COORDINATOR');
    // No one signs in as the admin in this journey: the page does not know them.
    const adminName = await displayName('ADMIN');
    const staffContext = await newContext(browser, { language: 'en' });
    const coordinatorContext = await newContext(browser, { language: 'fr' });
    try {
      const staff = await staffContext.newPage();
      const coordinator = await coordinatorContext.newPage();
      await signIn(staff, 'MINISTRY_STAFF', `/needs/${needId}`);
      await signIn(coordinator, 'COORDINATOR', `/needs/${needId}`);
      const staffThread = staff.getByTestId('thread');
      const coordinatorThread = coordinator.getByTestId('thread');
      await staffThread.getByLabel('Your comment').waitFor();
      await coordinatorThread.getByLabel('Votre commentaire').waitFor();
      // Both sockets are open before anyone posts.
      await settle(staff);
      await settle(coordinator);

      const word = `irrigation${randomBytes(3).toString('hex')}`;
      const body = [
        `**${word}** matters: see [the plan](https://example.org/plan) and _this_.`,
        '',
        '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 1">',
      ].join('\n');
      await coordinatorThread.getByLabel('Votre commentaire').fill(body);
      await coordinatorThread.getByRole('button', { name: 'Publier le commentaire' }).click();
      await coordinatorThread.locator('strong', { hasText: word }).waitFor();

      // The other browser shows it without a reload.
      const comment = staffThread.locator('article', {
        has: staff.locator('strong', { hasText: word }),
      });
      await comment.waitFor({ timeout: 15_000 });
      await comment.getByText('<script>window.__pwned = 1</script>').waitFor();
      await comment.getByText('<img src=x onerror="window.__pwned = 1">').waitFor();
      assert.equal(await staffThread.locator('script, img').count(), 0, 'no element from the HTML');
      const link = comment.getByRole('link', { name: 'the plan' });
      assert.equal(await link.getAttribute('href'), 'https://example.org/plan');
      assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
      assert.equal(await staff.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
      assert.equal(
        await coordinator.evaluate(() => (window as { __pwned?: number }).__pwned),
        undefined,
      );
      await screenshot(staff, 'thread-live-en-desktop');

      // A mention completes as the staff member types, and the coordinator's bell rings.
      const before = await bellCount(coordinator);
      const box = staffThread.getByLabel('Your comment');
      await box.click();
      await box.pressSequentially(`Thanks @${coordinatorName.slice(0, 4)}`);
      const option = staff.getByRole('option', { name: coordinatorName });
      await option.waitFor();
      await screenshot(staff, 'thread-mention-en-desktop');
      await assertAccessible(staff, 'mention completion');
      await box.press('Enter');
      assert.equal(await box.inputValue(), `Thanks ${mentionOf(coordinatorName)} `);
      // Someone who has not written in this thread: the server finds them as the user types.
      await box.pressSequentially(`and @${adminName.slice(0, 4)}`);
      await staff.getByRole('option', { name: adminName }).waitFor();
      await box.press('Enter');
      assert.equal(
        await box.inputValue(),
        `Thanks ${mentionOf(coordinatorName)} and ${mentionOf(adminName)} `,
      );
      await box.pressSequentially('can you check?');
      await staffThread.getByRole('button', { name: 'Post the comment' }).click();
      // In the list of comments: the box may still hold the text for a moment.
      await staffThread.locator('ol').getByText('can you check?').waitFor();
      await coordinator.waitForFunction(
        (n) => {
          const name = document
            .querySelector('[data-testid="notification-bell"]')
            ?.getAttribute('aria-label');
          const count = /(\d+)/.exec(name ?? '');
          return count !== null && Number(count[1]) > n;
        },
        before,
        { timeout: 15_000 },
      );
      await coordinatorThread.locator('ol').getByText('can you check?').waitFor();

      // The notification links to the comment.
      await coordinator.getByTestId('notification-bell').click();
      await coordinator.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      const mention = coordinator.locator(`main a[href^="/needs/${needId}#comment-"]`).first();
      await mention.waitFor();
      await screenshot(coordinator, 'notifications-live-fr-desktop');
      await mention.click();
      await coordinator.waitForURL(new RegExp(`/needs/${needId}#comment-`));
      await coordinatorThread.locator('ol').getByText('can you check?').waitFor();
    } finally {
      await staffContext.close();
      await coordinatorContext.close();
    }
  });

  test('an author edits and deletes their own comment; others are offered neither', async () => {
    const needId = await ownNeedId();
    const me = await displayName('MINISTRY_STAFF');
    const context = await newContext(browser, { language: 'en' });
    try {
      const page = await context.newPage();
      await signIn(page, 'MINISTRY_STAFF', `/needs/${needId}`);
      const thread = page.getByTestId('thread');
      const text = `To edit ${randomBytes(3).toString('hex')}`;
      await thread.getByLabel('Your comment').fill(text);
      await thread.getByRole('button', { name: 'Post the comment' }).click();
      const mine = thread.locator('article', { hasText: text });
      await mine.waitFor();

      // An empty comment is refused at the field.
      await thread.getByRole('button', { name: 'Post the comment' }).click();
      await thread.getByText('Write something first.').waitFor();
      assert.equal(await thread.getByLabel('Your comment').getAttribute('aria-invalid'), 'true');

      await mine.getByRole('button', { name: 'Edit', exact: true }).click();
      const edit = mine.getByLabel('Edit your comment');
      await edit.fill(`${text} (better)`);
      await mine.getByRole('button', { name: 'Save' }).click();
      // The rendered comment, not the edit box on its way out.
      await mine.locator('p', { hasText: `${text} (better)` }).waitFor();
      await mine.getByText('(edited)').waitFor();

      await mine.getByRole('button', { name: 'Delete', exact: true }).click();
      await screenshot(page, 'thread-delete-confirm-en-desktop');
      await mine.getByRole('button', { name: 'Delete the comment' }).click();
      await thread.getByText('This comment was deleted.').first().waitFor();
      assert.equal(await thread.getByText(`${text} (better)`).count(), 0);

      // Another user's comments offer no edit.
      const others = thread.locator('article').filter({ hasNotText: 'This comment was deleted.' });
      const count = await others.count();
      for (let i = 0; i < count; i++) {
        const article = others.nth(i);
        const author = await article.getAttribute('aria-label');
        if (author?.includes(me)) continue;
        assert.equal(await article.getByRole('button', { name: 'Edit', exact: true }).count(), 0);
      }
    } finally {
      await context.close();
    }
  });

  for (const language of ['fr', 'en'] as Language[]) {
    for (const [size, viewport] of Object.entries({ desktop: DESKTOP, phone: PHONE })) {
      test(`thread and notifications pages, ${language}, ${size}: screenshots, no serious accessibility violation`, async () => {
        const needId = await ownNeedId();
        const context = await newContext(browser, { language, viewport });
        try {
          const page = await context.newPage();
          await signIn(page, 'MINISTRY_STAFF', `/needs/${needId}`);
          await page.getByTestId('thread').locator('textarea').waitFor();
          await settle(page);
          await page.getByTestId('thread').scrollIntoViewIfNeeded();
          await screenshot(page, `need-thread-${language}-${size}`);
          await assertAccessible(page, 'need page with its thread');

          for (const path of ['/notifications', '/notifications?unread=1']) {
            await page.goto(path);
            await page.getByRole('heading', { level: 1 }).waitFor();
            await settle(page);
            const name = path.includes('unread') ? 'notifications-unread' : 'notifications';
            await screenshot(page, `${name}-${language}-${size}`);
            await assertAccessible(page, path);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});

function mentionOf(name: string): string {
  return /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.'-]*[\p{L}\p{N}_])?$/u.test(name)
    ? `@${name}`
    : `@"${name}"`;
}
