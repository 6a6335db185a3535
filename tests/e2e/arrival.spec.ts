import { test, expect, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement as ParsedElement } from 'node-html-parser';
import { builtHtmlFiles, pageGroups } from '../helpers/built-pages';
import { redirectOf } from '../../src/lib/anchor-lock';

/**
 * Arriving from a shared link (page/#id), on every built page and for every id a shared link may point
 * at: headings, glossary terms, the sources list, and old ids kept by anchorAliases. (References, #ref-…,
 * are reached by clicking a citation marker on the same page, not by shared links.) The target must end
 * fully visible below whatever part of the header stays on screen, focused for screen readers, and
 * calmly marked (a tint and an edge, no focus ring). Checked two ways, at a phone and a desktop width:
 * - every id: one load of each page, then each id in turn through the browser's own fragment
 *   navigation (location.hash), which scrolls with the same scroll-padding as a load does; at the
 *   phone width, then again with the window widened;
 * - a fresh load of page/#id, the path a shared link takes (arrival.ts places and focuses the target
 *   before the first paint), with no scroll still running 100 ms and 400 ms after load: for the last id
 *   of each kind on each page (heading, glossary term, source, old id), which sits lowest, where a
 *   late layout shift above it would show.
 */
const TARGETS = 'main :is(h1, h2, h3, h4, h5, h6, dt, li)[id]:not([id^="ref-"]), main span[data-anchor-alias]';

/** A target's kind: its tag, or "alias" for an old id kept by anchorAliases. */
const kindOf = (e: ParsedElement) => (e.tagName === 'SPAN' ? (e.hasAttribute('data-anchor-alias') ? 'alias' : null) : /^(H[1-6]|DT|LI)$/.test(e.tagName) && !e.id.startsWith('ref-') ? e.tagName : null);

/**
 * Each page (redirect pages aside) with the ids TARGETS matches in its built HTML: the same list the
 * browser finds (the contents are static; 'every kind of target is covered' below asks the browser),
 * read here so that no test loads a page only to list them. `sample`: the last of each kind.
 */
const pages = builtHtmlFiles()
  .map((f) => ({ path: f.path, html: readFileSync(f.file, 'utf8') }))
  .filter(({ html }) => !redirectOf(html))
  .map(({ path, html }) => {
    const targets = (parse(html).querySelector('main')?.querySelectorAll('[id]') ?? []).flatMap((e) => {
      const kind = kindOf(e);
      return kind ? [{ id: e.id, kind }] : [];
    });
    const byKind = Map.groupBy(targets, (t) => t.kind);
    const sample = [...byKind.values()].map((list) => list.at(-1)!.id);
    return { path, ids: targets.map((t) => t.id), sample };
  });
const byPath = new Map(pages.map((p) => [p.path, p]));

interface Arrival {
  id: string;
  top: number;
  bottom: number;
  headerBottom: number;
  viewport: number;
  scrollAt100?: number;
  scrollAt400?: number;
  focused: boolean;
  marked: boolean;
  ring: string;
}

/** Where the target of `anchor` is now, in the page (a function Playwright runs in the browser). */
function measureIn(anchor: string): Arrival {
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
    id: anchor,
    top,
    bottom,
    headerBottom,
    viewport: innerHeight,
    focused: document.activeElement === target,
    marked: named.matches(':target') && style.borderLeftStyle !== 'none',
    ring: style.outlineStyle,
  };
}

/** What is wrong with one arrival, each problem naming the width, page and id. */
function problemsOf(a: Arrival, width: number, path: string): string[] {
  const where = `${width}px ${path}#${a.id}`;
  const problems: string[] = [];
  if (a.bottom - a.top <= 0) problems.push(`${where}: not shown`);
  if (a.top < a.headerBottom - 0.5) problems.push(`${where}: top ${a.top.toFixed(1)} is under the header (bottom ${a.headerBottom.toFixed(1)})`);
  if (a.bottom > a.viewport + 0.5) problems.push(`${where}: bottom ${a.bottom.toFixed(1)} is below the screen (${a.viewport})`);
  if (a.scrollAt100 !== undefined && a.scrollAt100 !== a.scrollAt400) problems.push(`${where}: still scrolling after load (${a.scrollAt100} → ${a.scrollAt400})`);
  if (!a.focused) problems.push(`${where}: focus did not move to it`);
  if (!a.marked) problems.push(`${where}: not marked`);
  if (a.ring !== 'none') problems.push(`${where}: shows a focus ring (${a.ring}), not the calm mark`);
  return problems;
}

let fresh = 0;
/** A new load of the page at #id (a new query each time, so it is never a same-page jump). */
async function arrive(page: Page, path: string, id: string): Promise<Arrival> {
  await page.goto(`${path}?arrival=${++fresh}#${encodeURIComponent(id)}`); // waits for the load event
  const [scrollAt100, scrollAt400] = await page.evaluate(async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await sleep(100);
    const at100 = scrollY;
    await sleep(300);
    return [at100, scrollY];
  });
  return { ...(await page.evaluate(measureIn, id)), scrollAt100, scrollAt400 };
}

/**
 * Every id of the loaded page in turn, through location.hash; arrival.ts moves focus once the hashchange
 * is handled. One call into the page for all of them: the loop runs in the browser, not over the wire.
 */
async function everyId(page: Page, ids: string[]): Promise<Arrival[]> {
  await page.evaluate(`globalThis.measureArrival = ${measureIn}`);
  return page.evaluate(async (anchors) => {
    const measure = (globalThis as unknown as { measureArrival: typeof measureIn }).measureArrival;
    const found: Arrival[] = [];
    for (const anchor of anchors) {
      const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
      location.hash = `#${encodeURIComponent(anchor)}`;
      await changed;
      // After the page's own hashchange handlers and the timer arrival.ts sets to focus (queued before this one), and a frame.
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(r));
      found.push(measure(anchor));
    }
    return found;
  }, ids);
}

/** The two widths, with the screen height of a phone and of a laptop. */
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

test.describe('arriving at 390 and 1280 px', () => {
  for (const group of pageGroups(pages.filter((p) => p.ids.length).map((p) => p.path))) {
    // One load of each page serves both widths: the window is widened between the passes, as turning a
    // tablet does (arrival.ts re-measures the header when it resizes). Fresh loads at each width are below.
    test(`every linked section lands fully visible below the header, focused and marked: ${group.name}`, async ({ page }) => {
      test.setTimeout(60_000 + 1_000 * group.paths.reduce((n, path) => n + byPath.get(path)!.ids.length, 0));
      for (const path of group.paths) {
        await page.setViewportSize(SCREENS[0]);
        await page.goto(path);
        for (const screen of SCREENS) {
          if (screen !== SCREENS[0]) {
            await page.setViewportSize(screen);
            // No fragment, so the first id of this pass is a change of address (a hashchange) even if it was the last one before.
            await page.evaluate(() => new Promise((r) => { history.replaceState(null, '', location.pathname + location.search); requestAnimationFrame(r); }));
          }
          const problems = (await everyId(page, byPath.get(path)!.ids)).flatMap((a) => problemsOf(a, screen.width, path));
          expect.soft(problems, `${screen.width}px ${path}`).toEqual([]);
        }
      }
    });
  }
});

for (const screen of SCREENS) {
  test.describe(`arriving at ${screen.width} px`, () => {
    test.use({ viewport: screen });
    for (const group of pageGroups(pages.filter((p) => p.ids.length).map((p) => p.path))) {
      test(`a fresh load of a shared link lands at once, with nothing still scrolling: ${group.name}`, async ({ context }) => {
        const arrivals = group.paths.flatMap((path) => byPath.get(path)!.sample.map((id) => ({ path, id })));
        test.setTimeout(30_000 + 4_000 * arrivals.length);
        const problems: string[] = [];
        // Three tabs at once: each arrival waits 400 ms to see that nothing is still scrolling.
        const tab = async () => {
          const t = await context.newPage();
          for (let next = arrivals.shift(); next !== undefined; next = arrivals.shift()) {
            problems.push(...problemsOf(await arrive(t, next.path, next.id), screen.width, next.path));
          }
          await t.close();
        };
        await Promise.all([tab(), tab(), tab()]);
        expect(problems).toEqual([]);
      });
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
    await link.scrollIntoViewIfNeeded(); // as the click would, before the start is taken
    // Every place the page scrolls through, recorded in the page: a glide passes some, however slow the machine.
    const start = await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
      addEventListener('scroll', () => seen.push(scrollY));
      return scrollY;
    });
    await link.click();
    const justAfter = await page.evaluate(() => scrollY);
    await expect.poll(() => page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().top), id)).toBeLessThan(120);
    const end = await page.evaluate(() => scrollY);
    if (reducedMotion === 'reduce') expect(justAfter).toBe(end);
    else expect(await page.evaluate(([from, to]) => (window as unknown as { seen: number[] }).seen.filter((y) => y > from && y < to).length, [start, end])).toBeGreaterThan(0);
    await expect(page.locator(`[id="${id}"]`)).toBeFocused();
    await page.close();
  });
}
