import { test, expect } from './fixtures';

// axe, the landmarks and reflow (320 px, text at 200%) on every page: every-page.spec.ts.

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/medications/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('focus is visible: a focused link gets an outline', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('keyboard only: home → article → section link → search, never losing focus', async ({ page }) => {
  await page.goto('/');
  const focusLost = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  // Tab to the first article link in the guide list and open it.
  const target = page.locator('#guide + ol a').first();
  const href = await target.getAttribute('href');
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await focusLost()).toBe(false);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // Tab to the first section link in the contents and follow it.
  const tocLink = page.locator('.toc a').first();
  for (let i = 0; i < 80 && !(await tocLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await focusLost()).toBe(false);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#.+$/);
  // Focus moves to the section's heading (arrival.ts does it just after the address changes): wait for it,
  // or the "/" below can land before it and lose the search box's focus to the heading.
  const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${section}"]`)).toBeFocused();
  // "/" jumps to the search box; typing and Enter opens the search page.
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('methadone');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=methadone/);
});

// Smooth scrolling only while a click on a link within the page scrolls, and only without
// prefers-reduced-motion: arriving from a link never animates (see arrival.spec.ts for the scrolling itself).
test('prefers-reduced-motion turns smooth scrolling off; at rest the page never scrolls smoothly', async ({ browser }) => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const page = await browser.newPage({ reducedMotion });
    await page.goto('/medications/');
    await page.locator('a').first().focus();
    const behaviour = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(await behaviour()).toBe('auto');
    // While a contents link's scroll runs (the class arrival.ts sets for it):
    await page.evaluate(() => document.documentElement.classList.add('smooth-scroll'));
    expect(await behaviour()).toBe(reducedMotion === 'reduce' ? 'auto' : 'smooth');
    await page.close();
  }
});
