import { test, expect, type Page } from './fixtures';
import { articlePaths, pageGroups } from '../helpers/built-pages';

/** Where the heading sits against the part of the header that stays on screen (all of it on wide screens, the name bar on phones). */
const headingAndHeader = (page: Page, id: string) =>
  page.evaluate((i) => ({
    top: document.getElementById(i)!.getBoundingClientRect().top,
    headerBottom: Math.max(0, ...[...document.querySelectorAll('.site-header, .header-bar')]
      .filter((h) => getComputedStyle(h).position === 'sticky')
      .map((h) => h.getBoundingClientRect().bottom)),
  }), id);

async function headingClearOfHeader(page: Page, id: string) {
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  const { top, headerBottom } = await headingAndHeader(page, id);
  expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
}

// One browser page visits each batch of articles; a failure names its page.
for (const group of pageGroups(articlePaths())) {
  test(`a link to an article's last section lands with the heading visible, marked and focused: ${group.name}`, async ({ page }) => {
    for (const path of group.paths) {
      await page.goto(path);
      const id = await page.locator('main .prose h2.heading').last().getAttribute('id');
      await page.goto(`${path}#${id}`);
      const heading = page.locator(`[id="${id}"]`);
      await expect.soft(heading, `${path}#${id} in view`).toBeInViewport();
      const { top, headerBottom } = await headingAndHeader(page, id!);
      expect.soft(top, `${path}#${id}: top clear of the header`).toBeGreaterThanOrEqual(headerBottom - 1);
      await expect.soft(heading, `${path}#${id} focused`).toBeFocused();
      expect.soft(await heading.evaluate((h) => h.matches(':target')), `${path}#${id} marked (:target)`).toBe(true);
    }
  });
}

test('on a phone a deep link also lands clear of the header', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.goto('/medications/#buprenorphine');
  await headingClearOfHeader(page, 'buprenorphine');
  await page.close();
});

test('each heading has a labelled link control that works as a plain #anchor', async ({ page }) => {
  await page.goto('/medications/');
  const link = page.locator('a.heading-link[href="#buprenorphine"]');
  await expect(link).toHaveAccessibleName('Link to this section: Buprenorphine');
  await link.focus();
  await expect(link).toBeFocused();
});

test('the link control copies exactly origin/page/#anchor and says so politely', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/medications/?highlight=methadone');
  await page.locator('a.heading-link[href="#methadone"]').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(baseURL!).origin}/medications/#methadone`);
  await expect(page.locator('#share-status')).toHaveText(/copied/);
  await expect(page.locator('#share-status')).toHaveAttribute('role', 'status');
  await expect(page).toHaveURL(/#methadone$/);
});

test('the contents mark the section being read as the page scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/medications/');
  const current = () => page.locator('.toc a[aria-current="true"]').getAttribute('href');
  const first = await current();
  const lastHref = await page.locator('.toc a').nth(-2).getAttribute('href');
  await page.locator(`[id="${lastHref!.slice(1)}"]`).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect.poll(current).not.toBe(first);
  await expect.poll(current).toBe(lastHref);
});

test('previous and next articles follow the reading order; the site nav marks this one', async ({ page }) => {
  await page.goto('/medications/');
  await expect(page.locator('.pager a[rel="prev"]')).toHaveAttribute('href', '/heroin-use-disorder/');
  await expect(page.locator('.pager a[rel="next"]')).toHaveAttribute('href', '/behavioral-therapies/');
  await expect(page.locator('.guide-nav a[aria-current="page"]')).toHaveAttribute('href', '/medications/');
});

test('arriving from search highlights the words, and the highlight can be cleared', async ({ page }) => {
  await page.goto('/medications/?highlight=methadone#methadone');
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  await page.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(marks).toHaveCount(0);
  await expect(page).toHaveURL(/\/medications\/#methadone$/);
});
