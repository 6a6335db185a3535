import { test, expect } from './fixtures';
import { formatMisses, hitAtK, loadQueries, runQueries, searchEditions, sectionParents, type Ranked } from '../search/harness';

// Each edition's query set against its own index, ranked as its search page ranks:
// tests/search/queries.yaml on /search/, tests/search/queries-es.yaml on /es/buscar/.
const editions = searchEditions.map((e) => ({ ...e, cases: loadQueries(e.queries) }));
const rankedBy = new Map<string, Ranked[]>();
/** Every edition's results, for the excerpt check below. */
const allRanked = () => [...rankedBy.values()].flat();

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

for (const { lang, page: searchPage, cases, atLeast } of editions) {
  test.describe(`search in "${lang}"`, () => {
    test.beforeAll(async ({ browser }) => {
      const page = await browser.newPage();
      await page.goto(searchPage);
      rankedBy.set(lang, await runQueries(page, cases, 3));
      await page.close();
    });

    test(`at least 95% of ${cases.length} real searches reach their section in the top 3 results`, () => {
      const ranked = rankedBy.get(lang)!;
      expect(cases.length).toBeGreaterThanOrEqual(atLeast);
      const parents = sectionParents();
      const at1 = hitAtK(ranked, cases, parents, 1);
      const at3 = hitAtK(ranked, cases, parents, 3);
      console.log(`${lang}: hit@1 ${at1.hits}/${at1.total} (${(at1.rate * 100).toFixed(1)}%), hit@3 ${at3.hits}/${at3.total} (${(at3.rate * 100).toFixed(1)}%)`);
      if (at3.misses.length) console.log(`Misses at 3:\n${formatMisses(at3)}`);
      expect(at3.rate, `misses:\n${formatMisses(at3)}`).toBeGreaterThanOrEqual(0.95);
    });

    test('every result lands on a page of the same language', () => {
      for (const r of rankedBy.get(lang)!) for (const { url } of r.results) expect(/^\/es\//.test(url), `${r.q}: ${url}`).toBe(lang === 'es');
    });
  });
}

test('every top-3 excerpt is text the reader can see in the section the result opens', async ({ page }) => {
  // Excerpt words, in order, in the visible text of the landing section (citation numbers between them are allowed).
  const byPage = new Map<string, { hash: string; excerpt: string; q: string }[]>();
  for (const r of allRanked()) {
    for (const { url, excerpt } of r.results) {
      const u = new URL(url, 'http://x');
      const list = byPage.get(u.pathname) ?? [];
      list.push({ hash: decodeURIComponent(u.hash.slice(1)), excerpt, q: r.q });
      byPage.set(u.pathname, list);
    }
  }
  expect(byPage.size).toBeGreaterThan(3);
  const problems: string[] = [];
  for (const [path, items] of byPage) {
    await page.goto(path);
    const bad = await page.evaluate((items) => {
      const main = document.querySelector('main')!;
      const anchors = 'h1, h2[id], h3[id], dt[id]';
      // Visible text of main, split into sections at each heading with an id.
      const sections = new Map<string, string[]>();
      let current = '';
      sections.set(current, []);
      const seen = (el: Element) => {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 2 && r.height > 2; // .sr-only is 1×1
      };
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          sections.get(current)!.push(...(node.textContent ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
          return;
        }
        if (!(node instanceof Element) || !seen(node)) return;
        // Visible but left out of the index on purpose (reading time, citation numbers): may sit between excerpt words.
        if (node.hasAttribute('data-pagefind-ignore')) return;
        if (node.matches(anchors) && node.tagName !== 'H1') {
          current = node.id;
          sections.set(current, []);
        }
        node.childNodes.forEach(walk);
      };
      walk(main);
      const out: string[] = [];
      for (const { hash, excerpt, q } of items) {
        const tmp = document.createElement('div');
        tmp.innerHTML = excerpt;
        const words = (tmp.textContent ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const text = sections.get(hash) ?? [];
        // In order, at most 3 other words between two excerpt words (citation numbers aside).
        const from = (start: number) => {
          let at = start;
          for (const w of words.slice(1)) {
            let found = -1;
            for (let i = at + 1, gap = 0; i < text.length && gap <= 3; i++) {
              if (text[i] === w) { found = i; break; }
              if (!/^\d+$/.test(text[i])) gap++; // citation numbers don't count
            }
            if (found < 0) return false;
            at = found;
          }
          return true;
        };
        const ok = words.length > 0 && text.some((t, i) => t === words[0] && from(i));
        if (!ok) out.push(`"${q}" → #${hash}: "${tmp.textContent}"`);
      }
      return out;
    }, items);
    problems.push(...bad.map((b) => `${path} ${b}`));
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
