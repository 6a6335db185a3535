import { test, expect } from './fixtures';
import { builtPages, pageGroups } from '../helpers/built-pages';

const pages = builtPages();

// One test for each batch of pages, but each page in a context of its own (a first visit: no
// cookies, storage or service worker left by the page before), so every failure is that page's.
for (const group of pageGroups(pages)) {
  test(`no other-origin request, no cookie, no storage, no CSP violation: ${group.name}`, async ({ browser, baseURL }) => {
    test.setTimeout(30_000 * group.paths.length);
    const origin = new URL(baseURL!).origin;
    const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
    for (const path of group.paths) {
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      const page = await context.newPage();
      const foreign: string[] = [];
      const cspErrors: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      });
      page.on('console', (m) => {
        if (/Content.Security.Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      // Exercise the page's scripts a little: search runs on /search/, with a misspelling that loads the suggestions too.
      if (path === '/search/') {
        await page.locator('#search-page-q').fill('methadone');
        await page.locator('#search-results a.result-link').first().waitFor({ timeout: 15_000 });
        await page.locator('#search-page-q').fill('metadone');
        await page.locator('#search-suggestion a').waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
      }
      expect.soft(foreign, `${path}: requests to other sites`).toEqual([]);
      expect.soft(cspErrors, `${path}: CSP violations`).toEqual([]);
      expect.soft(await context.cookies(), `${path}: cookies`).toEqual([]);
      const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
      expect.soft(stored, `${path}: stored items`).toEqual({ local: [], session: [] });
      await context.close();
    }
  });
}

test('the only thing ever stored is an explicit theme choice', async ({ page }) => {
  await page.goto('/');
  await page.locator('theme-toggle button').click();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual(['theme']);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toMatch(/^(light|dark)$/);
});

test('the preview server sends the security headers (src/lib/security-headers.ts)', async ({ request }) => {
  const res = await request.get('/');
  const h = res.headers();
  expect(h['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-content-type-options']).toBe('nosniff');
});
