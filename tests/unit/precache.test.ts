import { describe, expect, it } from 'vitest';
import { choosePrecache, precacheRank } from '../../src/lib/precache';

const KiB = 1024;

describe('what the service worker precaches', () => {
  it('ranks the shell, the search entry and the overdose and search pages first, then pages, then search chunks', () => {
    expect(precacheRank('_astro/Base.abc.css')).toBe(0);
    expect(precacheRank('index.html')).toBe(0);
    expect(precacheRank('404.html')).toBe(0);
    expect(precacheRank('overdose/index.html')).toBe(0);
    expect(precacheRank('es/sobredosis/index.html')).toBe(0);
    expect(precacheRank('pagefind/pagefind-entry.json')).toBe(0);
    expect(precacheRank('pagefind/wasm.en.pagefind')).toBe(0);
    expect(precacheRank('medications/index.html')).toBe(1);
    expect(precacheRank('pagefind/index/en_951666c.pf_index')).toBe(2);
    expect(precacheRank('pagefind/fragment/en_29d0c4d.pf_fragment')).toBe(3);
  });

  it('keeps a guide within the budget whole', () => {
    const files = [{ url: 'index.html', size: 5 * KiB }, { url: 'medications/index.html', size: 40 * KiB }];
    const { kept, complete } = choosePrecache(files, 100 * KiB);
    expect(kept).toHaveLength(2);
    expect(complete).toBe(true);
  });

  it('past the budget, keeps what is urgent and fills in pages before search chunks', () => {
    const files = [
      { url: 'pagefind/fragment/en_1.pf_fragment', size: 10 * KiB },
      { url: 'b-article/index.html', size: 30 * KiB },
      { url: 'a-article/index.html', size: 30 * KiB },
      { url: 'overdose/index.html', size: 50 * KiB },
      { url: 'index.html', size: 20 * KiB },
    ];
    const { kept, left, complete } = choosePrecache(files, 100 * KiB);
    expect(kept.map((f) => f.url)).toEqual(['index.html', 'overdose/index.html', 'a-article/index.html']);
    expect(left.map((f) => f.url)).toEqual(['b-article/index.html', 'pagefind/fragment/en_1.pf_fragment']);
    expect(complete).toBe(false);
  });
});
