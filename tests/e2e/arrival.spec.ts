import { test, expect, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement as ParsedElement } from 'node-html-parser';
import { builtHtmlFiles } from '../helpers/built-pages';
import { redirectOf } from '../../src/lib/anchor-lock';

/**
 * Arriving from a shared link (page/#id), on every built page and for every id a shared link may point
 * at: headings, glossary terms, the sources list, and old ids kept by anchorAliases. (References, #ref-…,
 * are reached by clicking a citation marker on the same page, not by shared links.) A fresh load must
 * leave the target fully visible below whatever part of the header stays on screen, with no scroll still
 * running (scrollY the same 100 ms and 400 ms after load), focused for screen readers, and calmly
 * marked (a tint and an edge, no focus ring).
 */
const TARGETS = 'main :is(h1, h2, h3, h4, h5, h6, dt, li)[id]:not([id^="ref-"]), main span[data-anchor-alias]';

/**
 * Each page (redirect pages aside) with the ids TARGETS matches in its built HTML: the same list the
 * browser finds (the contents are static; 'every kind of target is covered' below asks the browser),
 * read here so that no test loads a page only to list them.
 */
const isTarget = (e: ParsedElement) =>
  (/^(h[1-6]|dt|li)$/i.test(e.tagName) && !e.id.startsWith('ref-')) || (e.tagName === 'SPAN' && e.hasAttribute('data-anchor-alias'));
const pages = builtHtmlFiles()
  .map((f) => ({ path: f.path, html: readFileSync(f.file, 'utf8') }))
  .filter(({ html }) => !redirectOf(html))
  .map(({ path, html }) => ({ path, ids: (parse(html).querySelector('main')?.querySelectorAll('[id]') ?? []).filter(isTarget).map((e) => e.id) }));
/** At most this many arrivals in one test, so a long page (the sources list) shares out across workers. */
const PER_TEST = 36;

interface Arrival {
  top: number;
  bottom: number;
  headerBottom: number;
  viewport: number;
  scrollAt100: number;
  scrollAt400: number;
  focused: boolean;
  marked: boolean;
  ring: string;
}

let fresh = 0;
/** A new load of the page at #id (a new query each time, so it is never a same-page jump). */
async function arrive(page: Page, path: string, id: string): Promise<Arrival> {
  await page.goto(`${path}?arrival=${++fresh}#${encodeURIComponent(id)}`); // waits for the load event
  return page.evaluate(async (anchor) => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await sleep(100);
    const scrollAt100 = scrollY;
    await sleep(300);
    const scrollAt400 = scrollY;
    const named = document.getElementById(anchor)!;
    const target = named.dataset.anchorAlias ? document.getElementById(named.dataset.anchorAlias)! : named;
    let headerBottom = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.site-header, .header-bar')) {
      const position = getComputedStyle(el).position;
      if (position === 'sticky' || position === 'fixed') headerBottom = Math.max(headerBottom, el.getBoundingClientRect().bottom);
    }
    const { top, bottom } = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    return {
      top,
      bottom,
      headerBottom,
      viewport: innerHeight,
      scrollAt100,
      scrollAt400,
      focused: document.activeElement === target,
      marked: named.matches(':target') && style.borderLeftStyle !== 'none',
      ring: style.outlineStyle,
    };
  }, id);
}

for (const width of [390, 1280]) {
  test.describe(`arriving at ${width} px`, () => {
    // No service worker: every load comes from the server, as a first visit through a shared link does.
    test.use({ viewport: { width, height: width < 600 ? 844 : 800 }, serviceWorkers: 'block' });
    for (const { path, ids: all } of pages) {
      const parts = Math.ceil(all.length / PER_TEST);
      for (let part = 0; part < parts; part++) {
        const ids = all.slice(part * PER_TEST, (part + 1) * PER_TEST);
        const which = parts > 1 ? ` (${part * PER_TEST + 1}–${part * PER_TEST + ids.length} of ${all.length})` : '';
        test(`${path}${which}: each linked section lands at once, fully visible below the header, focused and marked`, async ({ context }) => {
          test.setTimeout(30_000 + 4_000 * ids.length);
          const problems: string[] = [];
          // Three tabs at once: each arrival waits 400 ms to see that nothing is still scrolling.
          const queue = [...ids];
          const tab = async () => {
            const t = await context.newPage();
            for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
              const a = await arrive(t, path, id);
              const where = `${width}px ${path}#${id}`;
              if (a.bottom - a.top <= 0) problems.push(`${where}: not shown`);
              if (a.top < a.headerBottom - 0.5) problems.push(`${where}: top ${a.top.toFixed(1)} is under the header (bottom ${a.headerBottom.toFixed(1)})`);
              if (a.bottom > a.viewport + 0.5) problems.push(`${where}: bottom ${a.bottom.toFixed(1)} is below the screen (${a.viewport})`);
              if (a.scrollAt100 !== a.scrollAt400) problems.push(`${where}: still scrolling after load (${a.scrollAt100} → ${a.scrollAt400})`);
              if (!a.focused) problems.push(`${where}: focus did not move to it`);
              if (!a.marked) problems.push(`${where}: not marked`);
              if (a.ring !== 'none') problems.push(`${where}: shows a focus ring (${a.ring}), not the calm mark`);
            }
            await t.close();
          };
          await Promise.all([tab(), tab(), tab()]);
          expect(problems).toEqual([]);
        });
      }
    }
  });
}

test('every kind of target is covered: article sections, glossary terms, sources, self-check results, the clinician sheet', async ({ page }) => {
  for (const [path, selector] of [
    ['/medications/', 'main h2.heading[id]'],
    ['/glossary/', 'main dt[id]'],
    ['/sources/', 'main li[id]'],
    ['/self-check/', 'main h3[id^="band-"]'],
    ['/take-to-your-clinician/', 'main h2[id]'],
  ]) {
    await page.goto(path);
    expect(await page.locator(TARGETS).and(page.locator(selector)).count(), path).toBeGreaterThan(2);
    // The ids the arrival tests take from the built HTML are the ones the browser finds.
    expect(pages.find((p) => p.path === path)?.ids, path).toEqual(await page.locator(TARGETS).evaluateAll((els) => els.map((e) => e.id)));
  }
});

test('a link to a self-check result shows that result and its heading', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/self-check/#band-moderate');
  await expect(page.locator('#band-moderate')).toBeVisible();
  await expect(page.locator('#band-moderate')).toBeFocused();
  await expect(page.locator('[data-band]:visible')).toHaveCount(1);
  // Ticking a sign hands the result back to the count.
  await page.locator('input[data-criterion]').first().check();
  await expect(page.locator('[data-band="below"]')).toBeVisible();
  await expect(page.locator('#band-moderate')).toBeHidden();
});

test('on a phone the site name stays on screen when a shared link opens far down a page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/medications/');
  const last = await page.locator('main .prose h2.heading').last().getAttribute('id');
  await page.goto('about:blank');
  await page.goto(`/medications/#${last}`);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
  const name = page.locator('.site-name');
  await expect(name).toBeInViewport();
  await expect(name).toHaveText('Heroin Treatment Guide');
  // The banner landmark is still there for screen readers, with the name in it.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Heroin Treatment Guide' })).toBeAttached();
  // The slim bar is all that stays: at most 60 px of an 844 px screen.
  const bar = await page.locator('.header-bar').boundingBox();
  expect(bar!.height).toBeLessThanOrEqual(60);
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`a contents link within the page ${reducedMotion === 'reduce' ? 'jumps at once (reduced motion)' : 'glides'}`, async ({ browser }) => {
    const page = await browser.newPage({ reducedMotion, viewport: { width: 1280, height: 800 } });
    await page.goto('/medications/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const link = page.locator('.toc a').nth(-2);
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await link.click();
    const justAfter = await page.evaluate(() => scrollY);
    await expect.poll(() => page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().top), id)).toBeLessThan(120);
    const end = await page.evaluate(() => scrollY);
    if (reducedMotion === 'reduce') expect(justAfter).toBe(end);
    else expect(justAfter).toBeLessThan(end);
    await expect(page.locator(`[id="${id}"]`)).toBeFocused();
    await page.close();
  });
}
