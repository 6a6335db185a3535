import { test, expect } from './fixtures';
import { articlePaths } from '../helpers/built-pages';

/**
 * Reading an article on a phone, in private, in a hurry: a print button, the medication comparison without
 * sideways swiping, the search-highlight note out of the way, 24 px targets, and paper that is always light.
 * (Read-aloud: read-aloud.spec.ts.)
 */

test.describe('Print this page', () => {
  test('every article has the button, and it opens the print dialog', async ({ page }) => {
    for (const path of articlePaths()) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Print this page' }), path).toBeVisible();
    }
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the button is not shown (only a script can print), nor is Listen', async ({ page }) => {
      await page.goto('/medications/');
      await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
      await expect(page.locator('read-aloud')).toBeHidden();
    });
  });

  test('paper is light even from a device in dark mode, and names the page address', async ({ browser }) => {
    for (const setup of ['system', 'choice'] as const) {
      const page = await browser.newPage({ colorScheme: 'dark' });
      if (setup === 'choice') await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      for (const path of ['/medications/', '/take-to-your-clinician/']) {
        await page.goto(path);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `${setup} ${path} on screen`).not.toBe('rgb(255, 255, 255)');
        await page.emulateMedia({ media: 'print' });
        const colours = await page.evaluate(() => ({
          body: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.querySelector('main p')!).color,
          scheme: getComputedStyle(document.documentElement).colorScheme,
        }));
        expect(colours.body, `${setup} ${path}`).toBe('rgb(255, 255, 255)');
        expect(colours.scheme, `${setup} ${path}`).toBe('light');
        const [r, g, b] = colours.text.match(/\d+/g)!.map(Number);
        expect(r + g + b, `${setup} ${path}: dark text on paper`).toBeLessThan(3 * 110);
        await page.emulateMedia({ media: 'screen' });
      }
      await page.goto('/medications/');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.printed-from')).toBeVisible();
      await expect(page.locator('.printed-from')).toContainText(/Printed from Heroin Treatment Guide: https:\/\/.+\/medications\/$/);
      await page.close();
    }
  });
});

test.describe('the medication comparison on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('one card per medicine, every fact labelled, nothing to swipe sideways', async ({ page }) => {
    for (const path of ['/medications/', '/take-to-your-clinician/']) {
      await page.goto(path);
      await expect(page.locator('.med-table'), path).toBeHidden();
      const cards = page.locator('.med-card');
      await expect(cards, path).toHaveCount(await page.locator('.med-table thead th').count());
      for (const card of await cards.all()) {
        await expect(card.locator('dt')).toHaveText(['What it does', 'Type', 'Brand names', 'How it is taken', 'Where to get it', 'When to start', 'Watch for', 'Evidence']);
        const box = await card.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      // Every piece of the cards fits the card: nothing scrolls inside it either.
      const overflowing = await cards.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
      expect(overflowing, path).toBe(0);
    }
  });

  test('wide screens keep the real table (one column per medicine), without the cards', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/medications/');
    await expect(page.locator('.med-table table')).toBeVisible();
    await expect(page.locator('.med-card').first()).toBeHidden();
    await expect(page.locator('.med-table tbody th[scope="row"]')).toHaveCount(8);
  });
});

test('arriving from search: a slim note under the section, out of the text, that can be closed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/medications/?highlight=methadone#methadone');
  const bar = page.locator('#highlight-bar');
  await expect(bar).toBeVisible();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  // In the flow right under the heading, not fixed over the text, and small.
  expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  expect(await bar.evaluate((el) => el.previousElementSibling?.querySelector('h2')?.id)).toBe('methadone');
  expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(90);
  const headingTop = await page.locator('#methadone').evaluate((h) => h.getBoundingClientRect().top);
  await page.getByRole('button', { name: 'Hide this message' }).click();
  await expect(bar).toBeHidden();
  // Closing keeps the highlights; the heading has not moved.
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  expect(await page.locator('#methadone').evaluate((h) => h.getBoundingClientRect().top)).toBeCloseTo(headingTop, 0);
});

// WCAG 2.2 2.5.8: every link and button in an article is at least 24 × 24 px, unless it is a link
// within a sentence. The citation markers must meet it themselves.
for (const width of [390, 1280]) {
  test(`${width} px: every control in an article is a 24 px target or a link within a sentence`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const path of articlePaths()) {
      await page.goto(path);
      const small = await page.evaluate(() => {
        const problems: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('main a, main button')) {
          if (el.closest('.sr-only, [hidden]')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not displayed (a closed contents list on a phone)
          if (r.width >= 24 && r.height >= 24) continue;
          let block = el.parentElement;
          while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
          const around = (block?.textContent ?? '').replace(el.textContent ?? '', '');
          const inSentence = getComputedStyle(el).display === 'inline' && /[A-Za-z]{3,}/.test(around);
          if (!inSentence) problems.push(`"${(el.textContent ?? '').trim().slice(0, 40)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
        }
        return problems;
      });
      expect(small, path).toEqual([]);
      const markers = await page.locator('sup.cite a').evaluateAll((els) =>
        els.filter((a) => a.getClientRects().length > 0).map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]),
      );
      expect(markers.length, path).toBeGreaterThan(0);
      for (const [w, h] of markers) {
        expect(w, path).toBeGreaterThanOrEqual(24);
        expect(h, path).toBeGreaterThanOrEqual(24);
      }
    }
  });
}

test('the citation markers do not push the lines of text apart', async ({ page }) => {
  await page.goto('/medications/');
  const paragraphs = page.locator('main .prose p:has(sup.cite)');
  expect(await paragraphs.count()).toBeGreaterThan(5);
  const gaps = await paragraphs.evaluateAll((ps) =>
    ps.map((p) => {
      // The tops of the paragraph's lines of words (markers left out), and the line height CSS sets.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const tops = new Set<number>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('sup')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) tops.add(Math.round(r.top));
      }
      const sorted = [...tops].sort((a, b) => a - b);
      const steps = sorted.slice(1).map((t, i) => t - sorted[i]);
      return { widest: Math.max(0, ...steps), lineHeight: parseFloat(getComputedStyle(p).lineHeight) };
    }),
  );
  for (const { widest, lineHeight } of gaps) expect(widest).toBeLessThanOrEqual(Math.ceil(lineHeight) + 1);
});

test('a reader who works in health or social care is led to the clinician sheet too', async ({ page }) => {
  await page.goto('/');
  const need = page.locator('.need', { hasText: 'I work in health or social care' });
  await expect(need.locator('a[href="/medications/"]')).toBeVisible();
  await expect(need.locator('a[href="/take-to-your-clinician/"]')).toBeVisible();
});
