import { searchUrl } from '../lib/search-url';
import { rankedSearch, ranking, searchTerms } from '../lib/search-query';
import { suggest, type Vocabulary } from '../lib/search-vocab';

/**
 * The search page's results, drawn by this small script on Pagefind's search API (no Pagefind UI):
 * one result per section, page and section title first, and only the first few results' excerpts
 * downloaded up front. ?q= runs on load and follows what is typed, so a search can be shared and
 * Back returns to it. When a search finds little, it offers the nearest known spelling; when it
 * finds nothing, the help lines and other ways in are shown. Nothing is sent anywhere but this site.
 */

interface PagefindResult { id: string; score: number; data(): Promise<ResultData> }
interface ResultData { url: string; excerpt: string; content?: string; meta: Record<string, string | undefined> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null): Promise<{ results: PagefindResult[] } | null>;
}

/** Results drawn at first, and each time "Show more" is pressed: each costs one small download. */
const BATCH = 5;
/** Fewer results than this, and a spelling suggestion is looked for. */
const FEW = 3;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No worker: one file fewer to download; the index is small enough for the main thread.
    // Short excerpts on a phone, so the first three results fit on the first screen.
    const excerptLength = matchMedia('(max-width: 40rem)').matches ? 15 : 24;
    await pf.options({ noWorker: true, excerptLength, ranking });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

let vocabulary: Promise<Vocabulary> | undefined;
/** How many sections the index holds (a search for nothing returns them all). */
let sections: Promise<number> | undefined;
/** The page's language: Pagefind reads the same <html lang> to pick its index. */
const lang = () => document.documentElement.lang.split('-')[0] || 'en';
const loadVocabulary = () =>
  (vocabulary ??= fetch(lang() === 'en' ? '/search-terms.json' : `/search-terms.${lang()}.json`).then((r) => r.json() as Promise<Vocabulary>));

/** The section's address, asking the page to highlight the words searched for. */
export function resultHref(url: string, query: string): string {
  const u = new URL(url, location.origin);
  const words = searchTerms(query, lang());
  if (words) u.searchParams.set('highlight', words);
  return u.pathname + u.search + u.hash;
}

class GuideSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private help!: HTMLElement;
  private suggestion!: HTMLElement;
  private results: PagefindResult[] = [];
  private shownData: ResultData[] = [];
  private shown = 0;
  private run = 0;
  private query = '';

  connectedCallback() {
    const $ = <T extends HTMLElement>(sel: string) => this.querySelector<T>(sel)!;
    this.input = $('input[type="search"]');
    this.status = $('#search-status');
    this.list = $('#search-results');
    this.more = $('#search-more');
    this.help = $('#search-help');
    this.suggestion = $('#search-suggestion');
    const form = $<HTMLFormElement>('form');

    const fromUrl = () => new URLSearchParams(location.search).get('q') ?? '';
    this.input.value = fromUrl();
    if (this.input.value.trim()) void this.search(this.input.value);
    else this.input.addEventListener('focus', () => void loadPagefind().catch(() => this.failed()), { once: true });

    let timer: number | undefined;
    this.input.addEventListener('input', () => {
      window.clearTimeout(timer);
      const value = this.input.value;
      if (value.trim()) void loadPagefind().then((pf) => pf.preload(searchTerms(value, lang()))).catch(() => {});
      timer = window.setTimeout(() => {
        history.replaceState(null, '', searchUrl(location.href, value));
        void this.search(value);
      }, 250);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(timer);
      history.replaceState(null, '', searchUrl(location.href, this.input.value));
      void this.search(this.input.value);
      // On a phone, close the keyboard so the results can be seen.
      this.input.blur();
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    this.suggestion.querySelector('a')!.addEventListener('click', (e) => {
      e.preventDefault();
      const q = (e.currentTarget as HTMLAnchorElement).textContent ?? '';
      this.input.value = q;
      history.pushState(null, '', searchUrl(location.href, q));
      void this.search(q);
    });
    // Back and Forward between searches made on this page.
    window.addEventListener('popstate', () => {
      this.input.value = fromUrl();
      void this.search(this.input.value);
    });
  }

  /** The results for a query, best first, as this page ranks them (the tests and the bench use it too). */
  async find(query: string, pf?: Pagefind): Promise<PagefindResult[]> {
    const pagefind = pf ?? (await loadPagefind());
    const search = async (terms: string) => (await pagefind.search(terms))?.results ?? [];
    const synonyms = async () => JSON.parse(this.dataset.synonyms ?? '{}') as Record<string, string>;
    return rankedSearch(query, search, synonyms, () => (sections ??= pagefind.search(null).then((r) => r?.results.length ?? 0)), lang());
  }

  private failed() {
    this.querySelector('#search-failed')?.removeAttribute('hidden');
  }

  private async search(raw: string) {
    const run = ++this.run;
    const query = raw.trim();
    this.query = query;
    if (!query) return this.clear();
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      return this.failed();
    }
    const found = await this.find(query, pf);
    if (run !== this.run) return;
    this.results = found;
    this.shown = 0;
    this.shownData = [];
    this.list.replaceChildren();
    await this.showMore(false);
    if (run !== this.run) return;
    const n = this.results.length;
    // Pagefind also finds near forms of a word ("methodone" finds "method"): when a word searched
    // for is in none of the results shown, it was probably misspelled.
    const shownText = this.shownData.map((d) => `${d.content ?? ''} ${Object.values(d.meta).join(' ')}`.toLowerCase()).join(' ');
    const missing = searchTerms(query, lang()).split(' ').some((w) => !new RegExp(`(^|[^\\p{L}\\p{N}])${w}`, 'u').test(shownText));
    let better: string | null = null;
    if (n < FEW || missing) {
      better = suggest(query, await loadVocabulary().catch(() => ({ terms: [], words: [] })));
      if (run !== this.run) return;
      if (better === query.toLowerCase()) better = null;
    }
    // The count and the suggestion change together: the status region announces both.
    const s = this.status.dataset;
    this.status.textContent = n === 0 ? `${s.none} “${query}”.` : `${n} ${n === 1 ? s.one : s.many} “${query}”.`;
    this.dataset.state = n === 0 ? 'none' : 'results';
    this.help.hidden = n > 0;
    const link = this.suggestion.querySelector('a')!;
    link.textContent = better ?? '';
    link.href = better ? searchUrl(location.href, better) : '/search/';
    this.suggestion.hidden = !better;
  }

  private clear() {
    this.results = [];
    this.shownData = [];
    this.list.replaceChildren();
    this.list.hidden = true;
    this.more.hidden = true;
    this.help.hidden = true;
    this.suggestion.hidden = true;
    this.status.textContent = '';
    delete this.dataset.state;
  }

  /** Draws the next few results; their excerpts are downloaded only now. */
  private async showMore(focusFirstNew: boolean) {
    const run = this.run;
    const batch = this.results.slice(this.shown, this.shown + BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.run) return;
    this.shownData.push(...data);
    const items = data.map((d) => this.item(d));
    this.list.append(...items);
    this.shown += batch.length;
    this.list.hidden = this.shown === 0;
    this.more.hidden = this.shown >= this.results.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  private item(d: ResultData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'result-link';
    a.href = resultHref(d.url, this.query);
    // A section: its page (and h2) above its heading; a glossary entry: its word; the top of a page: the page title.
    const heading = d.meta.title ?? d.meta.subtitle ?? d.meta.term;
    const page = d.meta.page;
    if (page && heading) {
      const where = document.createElement('span');
      where.className = 'result-page';
      where.textContent = d.meta.section ? `${page} › ${d.meta.section}` : page;
      a.append(where);
    }
    const title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = heading ?? page ?? d.url;
    a.append(title);
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind escapes the text and adds only <mark> around the words found.
    excerpt.innerHTML = d.excerpt;
    // Mark where the excerpt cuts into a sentence (seen, not read aloud).
    const plain = (excerpt.textContent ?? '').trim();
    const dots = () => Object.assign(document.createElement('span'), { textContent: '…', ariaHidden: 'true' });
    if (/^[a-z]/.test(plain)) excerpt.prepend(dots(), ' ');
    if (plain && !/[.!?:;”"’)]$/.test(plain)) excerpt.append(' ', dots());
    li.append(a, excerpt);
    return li;
  }
}
customElements.define('guide-search', GuideSearch);
