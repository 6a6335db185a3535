import { test, expect } from './fixtures';
import { formatMisses, hitAtK, loadQueries, runQueries, sectionParents, type Ranked } from '../search/harness';

// The Spanish query set (tests/search/queries-es.yaml) against the Spanish index, on /es/buscar/.
const cases = loadQueries(new URL('../search/queries-es.yaml', import.meta.url));
let ranked: Ranked[] = [];

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('/es/buscar/');
  ranked = await runQueries(page, cases, 3);
  await page.close();
});

test(`at least 95% of ${cases.length} Spanish searches reach their section in the top 3 results`, () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  const parents = sectionParents();
  const at1 = hitAtK(ranked, cases, parents, 1);
  const at3 = hitAtK(ranked, cases, parents, 3);
  console.log(`es: hit@1 ${at1.hits}/${at1.total} (${(at1.rate * 100).toFixed(1)}%), hit@3 ${at3.hits}/${at3.total} (${(at3.rate * 100).toFixed(1)}%)`);
  if (at3.misses.length) console.log(`Misses at 3:\n${formatMisses(at3)}`);
  expect(at3.rate, `misses:\n${formatMisses(at3)}`).toBeGreaterThanOrEqual(0.95);
});

test('every Spanish result lands on a Spanish page', () => {
  for (const r of ranked) for (const { url } of r.results) expect(url, r.q).toMatch(/^\/es\//);
});
