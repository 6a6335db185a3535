import { searchUrl } from '../lib/search-url';

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

/**
 * Starts Pagefind's own UI on /search/, runs ?q= on load, and keeps the address bar in step
 * with what is typed, so a search can be shared and Back works. The list of sections stays
 * visible until the search UI has started (and for good when JavaScript is off).
 */
class GuideSearch extends HTMLElement {
  connectedCallback() {
    if (!window.PagefindUI) {
      this.querySelector<HTMLElement>('#search-failed')?.removeAttribute('hidden');
      return;
    }
    const ui = new window.PagefindUI({
      element: '#search',
      showSubResults: true,
      showImages: false,
      highlightParam: 'highlight',
      resetStyles: false,
      autofocus: true,
      translations: { placeholder: 'Search, for example suboxone or detox' },
    });
    const input = this.querySelector<HTMLInputElement>('input[type="search"], input');
    input?.setAttribute('id', 'search-page-q');
    const q = new URLSearchParams(location.search).get('q');
    if (q) ui.triggerSearch(q);
    let timer: number | undefined;
    input?.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => history.replaceState(null, '', searchUrl(location.href, input.value)), 300);
    });
  }
}
customElements.define('guide-search', GuideSearch);
