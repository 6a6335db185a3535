import { test, expect, type Page } from './fixtures';

const stored = (page: Page) =>
  page.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    local: Object.keys(localStorage),
  }));

test.describe('on a browser that kept the offline copy', () => {
  // playwright.config.ts blocks service workers; this test needs one installed.
  test.use({ serviceWorkers: 'allow' });
  test('"Remove this site from this device" leaves no cache, no service worker and nothing stored', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    // As in offline.spec.ts: wait until the service worker has installed its precache and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await page.locator('theme-toggle button').click(); // stores the one thing this site stores
    const before = await stored(page);
    expect(before.caches.length).toBeGreaterThan(0);
    expect(before.workers).toBeGreaterThan(0);
    expect(before.local).toEqual(['theme']);

    await page.goto('/privacy/');
    await expect(page.locator('theme-toggle button')).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Remove this site from this device' }).click();
    const status = page.locator('[data-forget-status]');
    await expect(status).toContainText('Your light or dark choice is deleted.');
    await expect(status).toContainText('The offline copy is deleted and its helper is switched off.');
    expect(await stored(page)).toEqual({ caches: [], workers: 0, local: [] });
    // The page follows the system again, and the theme button says so.
    await expect(page.locator('theme-toggle button')).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
});

test.describe('on a browser that never kept anything', () => {
  test('it says there was nothing to remove', async ({ page }) => {
    await page.goto('/privacy/');
    await page.getByRole('button', { name: 'Remove this site from this device' }).click();
    await expect(page.locator('[data-forget-status]')).toContainText('No light or dark choice was saved.');
    await expect(page.locator('[data-forget-status]')).toContainText('There was no offline copy to delete.');
  });
});

test('the privacy page explains leaving quickly and clearing history in four browsers', async ({ page }) => {
  await page.goto('/privacy/');
  await expect(page.locator('#leave-quickly')).toBeVisible();
  for (const name of ['Chrome', 'Safari on iPhone', 'Firefox', 'Samsung Internet']) {
    await expect(page.locator('#clear-your-history ~ .history-steps h3', { hasText: name })).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the button stays hidden and the page says what to do instead', async ({ page }) => {
    await page.goto('/privacy/');
    await expect(page.locator('[data-forget]')).toBeHidden();
    await expect(page.locator('[data-forget-fallback]')).toContainText('This button needs JavaScript');
  });
});
