import { test, expect } from './fixtures';

// The service worker is what this file tests (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit, articles, the glossary and search work with no connection; the service worker fetches only this site', async ({
  page,
  context,
  baseURL,
}) => {
  // The context sees the service worker's own requests too (its precache of the guide).
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`${new URL(baseURL!).origin}/`)) foreign.push(r.url());
  });
  await page.goto('/');
  // Wait until the service worker has installed its precache and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  for (const path of ['/medications/', '/overdose/', '/glossary/']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await page.goto('/search/?q=naloxone');
  await expect(page.locator('#search-results a.result-link').first()).toBeVisible({ timeout: 15_000 });
  await context.setOffline(false);
  expect(foreign).toEqual([]);
});

test('the manifest lets the guide be added to a home screen', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});
