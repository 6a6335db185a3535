import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isHit, sectionParents, type QueryCase } from '../search/harness';

const results = (page: Page) => page.locator('#search-results > li');
const links = (page: Page) => page.locator('#search-results a.result-link');
/** The first three results' addresses, as shown (path + #section). */
const top3 = (page: Page) =>
  links(page).evaluateAll((as) => as.slice(0, 3).map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));

test('brand names reach the generic medicine\'s section in the top three, through the page itself', async ({ page }) => {
  const parents = sectionParents();
  for (const c of [
    { q: 'suboxone', target: '/medications/#buprenorphine' },
    { q: 'narcan', target: '/overdose/#naloxone-narcan', also: ['/treatment-settings/#naloxone-narcan'] },
    { q: 'vivitrol', target: '/medications/#naltrexone' },
    { q: 'detox', target: '/treatment-settings/#withdrawal-management-detox' },
    { q: 'methadone clinic', target: '/treatment-settings/#opioid-treatment-programs-methadone-clinics', also: ['/medications/#where-to-get-methadone'] },
  ] as QueryCase[]) {
    await page.goto(`/search/?q=${encodeURIComponent(c.q)}`);
    await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
    const got = await top3(page);
    expect(got.some((u) => isHit(u, c, parents)), `${c.q}: ${got.join(' | ')}`).toBe(true);
  }
});

test('?q= runs the search on load, typing keeps the address bar in step, Back returns to the results', async ({ page }) => {
  await page.goto('/search/?q=methadone');
  await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
  const input = page.locator('#search-page-q');
  await expect(input).toHaveValue('methadone');
  await input.fill('naloxone');
  await expect(page).toHaveURL(/\/search\/\?q=naloxone$/);
  await expect(results(page).first()).toContainText(/naloxone/i);
  const first = links(page).first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/\?highlight=naloxone#/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href.split('?')[0]}\\?highlight=naloxone#`));
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=naloxone$/);
  await expect(page.locator('#search-page-q')).toHaveValue('naloxone');
  await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
});

test('each result shows the page, the section and the words found, and nothing the reader cannot see', async ({ page }) => {
  await page.goto('/search/?q=buprenorphine');
  const first = results(page).first();
  await expect(first.locator('.result-title')).toBeVisible({ timeout: 15_000 });
  await expect(first.locator('.result-page')).toHaveText(/Medications for heroin addiction/);
  await expect(first.locator('.result-excerpt mark').first()).toHaveText(/buprenorphine/i);
  // No hidden keyword list, citation labels or reference list in any excerpt.
  for (const q of ['suboxone', 'injecting', 'methadone', 'naloxone', 'heroin']) {
    await page.goto(`/search/?q=${q}`);
    await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
    const text = (await page.locator('#search-results').innerText()).toLowerCase();
    expect(text).not.toContain('also searched as');
    expect(text).not.toMatch(/source \d/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toContain('scroll the table');
  }
  // Glossary entries and page tops get a readable title too, never an address.
  await page.goto('/search/?q=motivational');
  await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
  for (const t of await page.locator('.result-title').allInnerTexts()) expect(t).not.toMatch(/^\//);
});

test('the clinician sheet does not compete with the articles; the self-check\'s result bands are not searched', async ({ page }) => {
  for (const q of ['buprenorphine', 'methadone', 'helpline', 'naltrexone']) {
    await page.goto(`/search/?q=${q}`);
    await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await links(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    expect(hrefs.filter((h) => h.startsWith('/take-to-your-clinician/')), q).toEqual([]);
    expect(hrefs.filter((h) => h.startsWith('/self-check/#band')), q).toEqual([]);
  }
});

// The twenty most searched drug and treatment names, misspelled.
const misspellings = parse(readFileSync(new URL('../search/misspellings.yaml', import.meta.url), 'utf8')) as { q: string; suggest: string; target: string; also?: string[] }[];

test(`${misspellings.length} misspelled names get "Did you mean …?", and one tap reaches the right section`, async ({ page }) => {
  test.setTimeout(120_000);
  expect(misspellings.length).toBeGreaterThanOrEqual(20);
  const parents = sectionParents();
  const problems: string[] = [];
  // One search page, typed into as a reader would (loading /search/?q= is tested above).
  await page.goto('/search/');
  for (const m of misspellings) {
    await page.locator('#search-page-q').fill(m.q);
    const suggestion = page.locator('#search-suggestion a');
    // The status names the query in quotes once this search's results are in.
    await expect(page.locator('#search-status')).toContainText(`“${m.q}”`, { timeout: 15_000 });
    if (!(await suggestion.isVisible())) { problems.push(`${m.q}: no suggestion`); continue; }
    const said = (await suggestion.textContent())!.trim();
    if (said !== m.suggest) problems.push(`${m.q}: suggested "${said}", wanted "${m.suggest}"`);
    await suggestion.click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(said).replace(/%20/g, '(\\+|%20)')}$`));
    await expect(page.locator('#search-page-q')).toHaveValue(said);
    await expect(page.locator('#search-status')).toContainText(`“${said}”`);
    await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
    const got = await top3(page);
    if (!got.some((u) => isHit(u, { q: m.q, target: m.target, also: m.also }, parents))) problems.push(`${m.q} → ${said}: top 3 ${got.join(' | ')}, wanted ${m.target}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a search that finds nothing offers the help lines, FindTreatment.gov and the glossary', async ({ page }) => {
  await page.goto('/search/?q=zzqxv');
  const help = page.locator('#search-help');
  await expect(help).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#search-status')).toHaveText(/Nothing found for “zzqxv”/);
  await expect(help.locator('a[href="tel:18006624357"]')).toBeVisible();
  await expect(help.locator('a[href="tel:911"]')).toBeVisible();
  await expect(help.locator('a[href="https://findtreatment.gov/"]')).toBeVisible();
  await expect(help.locator('a[href="/glossary/"]')).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test('only the first few results\' excerpts are downloaded; "Show more" brings the next ones', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url()); });
  await page.goto('/search/?q=heroin');
  await expect(links(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(results(page)).toHaveCount(5);
  expect(fragments.length).toBeLessThanOrEqual(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).nth(5).locator('a')).toBeFocused();
});

test('"/" focuses the search box from anywhere', async ({ page }) => {
  await page.goto('/what-is-heroin/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
});
