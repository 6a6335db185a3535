import { test, expect, type BrowserContext } from './fixtures';

// "Leave this site" opens a neutral page on another site. The tests never reach it: every request
// to it is answered here, so nothing leaves this machine.
const destination = 'https://www.weather.gov/';
const fakeWeather = async (context: BrowserContext, hold?: Promise<void>) => {
  const hits: string[] = [];
  await context.route('https://www.weather.gov/**', async (route) => {
    hits.push(route.request().url());
    if (hold) await hold;
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
  return hits;
};

test('the "Leave this site" link is reachable by keyboard (every page has it: every-page.spec.ts)', async ({ page }) => {
  await page.goto('/medications/');
  const link = page.locator('.quick-exit a');
  for (let i = 0; i < 40 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
});

test('nothing is requested from the neutral site until the reader leaves', async ({ page, context }) => {
  const hits = await fakeWeather(context);
  await page.goto('/medications/', { waitUntil: 'networkidle' });
  expect(hits).toEqual([]);
});

test('the button leaves at once and leaves no way Back to the page', async ({ page, context }) => {
  await fakeWeather(context);
  await page.goto('/');
  await page.goto('/medications/');
  const before = await page.evaluate(() => history.length);
  await page.locator('.quick-exit a').click();
  await page.waitForURL(destination);
  await expect(page).toHaveTitle('Weather');
  // The article's history entry was replaced, not added to: Back skips it.
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(page.url()).not.toContain('/medications/');
});

test('the page is covered before the next site has loaded', async ({ page, context }) => {
  let release!: () => void;
  const hits = await fakeWeather(context, new Promise<void>((r) => (release = r))); // the next site "loads" only when we say
  await page.goto('/medications/');
  // Click and look at the page in the same task: the cover must already be up when the click returns.
  const seen = await page.evaluate(() => {
    document.querySelector<HTMLElement>('.quick-exit a')!.click();
    const visible = (s: string) => { const e = document.querySelector(s); return !!e && getComputedStyle(e).visibility === 'visible'; };
    return {
      leaving: document.documentElement.classList.contains('is-leaving'),
      cover: visible('.leaving-cover'),
      coverText: document.querySelector('.leaving-cover')?.textContent,
      title: visible('main h1'),
      band: visible('.get-help'),
      header: visible('.site-header'),
    };
  });
  expect(seen).toEqual({ leaving: true, cover: true, coverText: 'Loading', title: false, band: false, header: false });
  await expect.poll(() => hits.length).toBe(1); // the tab is on its way to the neutral page
  release();
  await page.waitForURL(destination);
});

test('Escape twice within a second leaves the same way', async ({ page, context }) => {
  await fakeWeather(context);
  await page.goto('/');
  await page.goto('/overdose/');
  // The first Escape must reach the script: wait until the element is upgraded (a loaded machine is slow to run modules).
  await page.waitForFunction(() => Boolean(customElements.get('quick-exit')));
  // What the status line says, recorded as it changes: it clears after a second, and a loaded
  // machine can take longer than that between the press and a look at the page.
  const status = page.locator('[data-quick-exit-status]');
  await status.evaluate((el) => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toContain('Press Escape again to leave this site.');
  // The message goes once the second is up; then two presses in a row leave.
  await expect(status).toHaveText('');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForURL(destination);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/');
});

test('Escape pressed twice slowly, or used to clear the search box, does not leave', async ({ page, context }) => {
  const hits = await fakeWeather(context);
  await page.goto('/overdose/');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1300);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  // Clearing a filled search box with Escape does not count as a press.
  const search = page.locator('#site-search-q');
  await page.waitForTimeout(1100);
  await search.fill('naloxone');
  await search.press('Escape');
  await search.press('Escape');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/overdose/');
  expect(hits).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('it is a plain link to the neutral page, sending no referrer', async ({ page, context }) => {
    const hits = await fakeWeather(context);
    const referers: (string | undefined)[] = [];
    context.on('request', (r) => { if (r.url().startsWith(destination)) referers.push(r.headers()['referer']); });
    await page.goto('/medications/');
    await expect(page.locator('.quick-exit a')).toHaveAttribute('rel', /noreferrer/);
    await page.locator('.quick-exit a').click();
    await page.waitForURL(destination);
    expect(hits).toHaveLength(1);
    expect(referers).toEqual([undefined]);
  });
});
