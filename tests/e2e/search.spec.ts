import { test, expect } from './fixtures';

// Everyday and brand names find the generic's section (the h2, or an h3 inside it) in a top-three result.
const cases: [query: string, page: string, section: string][] = [
  ['suboxone', '/medications/', 'buprenorphine'],
  ['narcan', '/overdose/', 'naloxone-narcan'],
  ['vivitrol', '/medications/', 'naltrexone'],
  ['detox', '/treatment-settings/', 'withdrawal-management-detox'],
];

for (const [query, path, section] of cases) {
  test(`"${query}" puts the ${path}#${section} section in the top three results`, async ({ page }) => {
    // The section and its subsections, read from the page's own contents list.
    await page.goto(path);
    const anchors = await page.locator(`.toc a[href="#${section}"]`).evaluate((a) =>
      [a, ...a.parentElement!.querySelectorAll('ul a')].map((l) => l.getAttribute('href')!.slice(1)),
    );
    await page.goto(`/search/?q=${query}`);
    // Results fill in one by one as Pagefind loads them, so poll until the top three have settled.
    const top3 = () =>
      page.locator('.pagefind-ui__result').evaluateAll((els) =>
        els.slice(0, 3).flatMap((r) => [...r.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')].map((a) => {
          const url = new URL(a.href);
          return url.pathname + url.hash;
        })),
      );
    const isHit = (href: string) => {
      const url = new URL(href, 'http://x');
      return url.pathname === path && anchors.includes(decodeURIComponent(url.hash.slice(1)));
    };
    await expect.poll(async () => (await top3()).some(isHit), { timeout: 15_000 }).toBe(true);
  });
}

test('?q= runs the search on load and typing keeps the address bar in step', async ({ page }) => {
  await page.goto('/search/?q=methadone');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.pagefind-ui__search-input')).toHaveValue('methadone');
  await page.locator('.pagefind-ui__search-input').fill('naloxone');
  await expect(page).toHaveURL(/\/search\/\?q=naloxone$/);
  await expect(page.locator('.pagefind-ui__result').first()).toContainText(/naloxone/i);
});

test('results show the page title, the section and the matched words highlighted', async ({ page }) => {
  await page.goto('/search/?q=buprenorphine');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-title').first()).toBeVisible({ timeout: 15_000 });
  await expect(first.locator('.pagefind-ui__result-nested').first()).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/buprenorphine/i);
});

test('"/" focuses the search box from anywhere', async ({ page }) => {
  await page.goto('/what-is-heroin/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
});
