import { test, expect } from './fixtures';

const bg = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('dark mode follows the system', async ({ browser }) => {
  const light = await browser.newPage({ colorScheme: 'light' });
  const dark = await browser.newPage({ colorScheme: 'dark' });
  await light.goto('/');
  await dark.goto('/');
  expect(await bg(light)).toBe('rgb(255, 255, 255)');
  expect(await bg(dark)).not.toBe('rgb(255, 255, 255)');
  await light.close();
  await dark.close();
});

test('the toggle switches the theme, says so, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const button = page.locator('theme-toggle button');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await bg(page)).not.toBe('rgb(255, 255, 255)');
  await page.reload();
  expect(await bg(page)).not.toBe('rgb(255, 255, 255)');
  await expect(page.locator('theme-toggle button')).toHaveAttribute('aria-pressed', 'true');
});

test('print: no navigation or search, link addresses printed, references kept', async ({ page }) => {
  await page.goto('/medications/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Site"]')).toBeHidden();
  await expect(page.locator('.site-search')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('#references')).toBeVisible();
  const after = await page.locator('#references + ol a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});
