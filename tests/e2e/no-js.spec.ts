import { test, expect } from './fixtures';
import { builtPages, pageGroups } from '../helpers/built-pages';

test.use({ javaScriptEnabled: false });

// One browser page visits each batch of pages; a failure names its page.
for (const group of pageGroups(builtPages())) {
  test(`every page works without JavaScript: ${group.name}`, async ({ page }) => {
    for (const path of group.paths) {
      await page.goto(path);
      await expect.soft(page.locator('main h1'), `${path}: the title`).toBeVisible();
      await expect.soft(page.locator('.get-help a[href="tel:911"]'), `${path}: 911`).toBeVisible();
      // Controls that need JavaScript stay out of sight rather than sitting there broken.
      await expect.soft(page.locator('theme-toggle'), `${path}: the theme toggle`).toBeHidden();
    }
  });
}

test('an article reads fully without JavaScript: contents, headings, references', async ({ page }) => {
  await page.goto('/medications/');
  await expect(page.locator('.toc a').first()).toBeVisible(); // wide screen: the contents column is open
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.locator('.toc a').first()).toBeHidden(); // phone: a closed <details>
  await page.locator('.toc summary').click();
  await expect(page.locator('.toc a').first()).toBeVisible();
  expect(await page.locator('main .prose h2').count()).toBeGreaterThan(3);
  await expect(page.locator('#references + ol li').first()).toBeVisible();
});

test('the search page says search needs JavaScript and lists the guide instead', async ({ page }) => {
  await page.goto('/search/?q=methadone');
  await expect(page.locator('.search-fallback')).toContainText('Search needs JavaScript');
  expect(await page.locator('.search-fallback ol li a').count()).toBeGreaterThanOrEqual(9);
  await expect(page.locator('.search-fallback a[href="/glossary/"]')).toBeVisible();
});
