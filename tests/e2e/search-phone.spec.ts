import { test, expect, WCAG_TAGS } from './fixtures';

// The results state of /search/ on a phone (390×844), in light and dark.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`results on a phone, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('the first three results start on the first screen, as large tap targets with page and section', async ({ page }) => {
      await page.goto('/search/?q=methadone');
      const items = page.locator('#search-results > li');
      await expect(items.nth(2)).toBeVisible({ timeout: 15_000 });
      for (let i = 0; i < 3; i++) {
        const box = (await items.nth(i).boundingBox())!;
        expect(box.y, `result ${i + 1} starts at ${box.y}px`).toBeLessThan(844);
        const link = items.nth(i).locator('a.result-link');
        const target = (await link.boundingBox())!;
        expect(target.height).toBeGreaterThanOrEqual(44);
        expect(target.width).toBeGreaterThanOrEqual(300);
        await expect(link.locator('.result-title')).not.toBeEmpty();
      }
      await expect(items.first().locator('.result-page')).toHaveText(/\S/);
      await expect(page.locator('#search-page-q')).toHaveValue('methadone');
    });

    test('excerpt text is at least 16 px and keeps spaces between blocks', async ({ page }) => {
      await page.goto('/search/?q=withdrawal');
      const excerpts = page.locator('.result-excerpt');
      await expect(excerpts.first()).toBeVisible({ timeout: 15_000 });
      const sizes = await excerpts.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(16);
      // Words of two blocks run together ("timelineTime") would show as a lower-case letter followed by a capital.
      const texts = await excerpts.allInnerTexts();
      for (const t of texts) expect(t, t).not.toMatch(/[a-z][A-Z][a-z]/);
    });

    test('results and the no-results help pass axe (WCAG 2.2 AA and best practices), contrast included', async ({ page, makeAxeBuilder }) => {
      for (const q of ['naloxone', 'zzqxv', 'metadone']) {
        await page.goto(`/search/?q=${q}`);
        await expect(page.locator('#search-status')).toContainText(q, { timeout: 15_000 });
        const results = await makeAxeBuilder().withTags([...WCAG_TAGS, 'best-practice']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, q).toEqual([]);
      }
    });
  });
}

test('the search field has a real label, and the page works with a keyboard', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('#search-page-q');
  await expect(input).toHaveAttribute('id', 'search-page-q');
  await expect(page.locator('label[for="search-page-q"]')).toHaveText('Search the guide');
  await input.fill('naloxone');
  await input.press('Enter');
  const first = page.locator('#search-results a.result-link').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
});
