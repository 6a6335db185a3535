import { test, expect } from './fixtures';

// Every page's first visit (no other-origin request, cookie, storage or CSP violation) is checked in every-page.spec.ts.

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
