import { test, expect } from './fixtures';

test('home lists the guide\'s sections in reading order, each with a summary', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('#guide + ol > li');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  await expect(items.first().locator('a')).toHaveAttribute('href', /^\/[a-z-]+\/$/);
  await expect(items.first().locator('p')).not.toBeEmpty();
});

test('an article renders its title, its h2/h3 headings with ids, and its references', async ({ page }) => {
  await page.goto('/medications/');
  await expect(page.locator('h1')).toHaveText(/Medications/);
  const h2 = page.locator('main h2.heading');
  expect(await h2.count()).toBeGreaterThan(1);
  for (const id of await h2.evaluateAll((els) => els.map((e) => e.id))) expect(id).toMatch(/^[a-z0-9-]+$/);
  await expect(page.locator('#references + ol > li').first()).toContainText(/\d{4}\./);
});

test('search finds a word in a section and the hit opens that section with its heading in view', async ({ page }) => {
  await page.goto('/search/?q=methadone');
  const sub = page.locator('#search-results a.result-link[href*="#"]').first();
  await expect(sub).toBeVisible({ timeout: 15_000 });
  const href = (await sub.getAttribute('href'))!;
  const hash = decodeURIComponent(new URL(href, page.url()).hash.slice(1));
  await sub.click();
  await expect(page).toHaveURL(new RegExp(`#${hash}$`));
  const heading = page.locator(`[id="${hash}"]`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
  const headingTop = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole("link", { name: "what to do in an overdose" })).toBeVisible();
});
