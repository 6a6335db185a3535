import { withoutHighlight } from '../lib/share';

/**
 * Arriving from a search result (?highlight=words): marks the words with Pagefind's own highlight
 * script and shows a slim note, in the text's flow under the section the link opened (or at the top of
 * the article), with "Clear highlights" and a close button. Nothing loads when there is nothing to highlight.
 */
const param = 'highlight';
if (new URLSearchParams(location.search).has(param)) {
  const script = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ script);
  // addStyles: false keeps the CSP free of inline styles; global.css styles the marks.
  new PagefindHighlight({ highlightParam: param, addStyles: false });
  const bar = document.getElementById('highlight-bar');
  if (bar && document.querySelector('mark.pagefind-highlight')) {
    // Under the heading the reader landed on, so the heading itself does not move; else atop the article.
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    const heading = target?.closest('.heading-wrap') ?? (target?.matches('h2, h3') ? target : null);
    if (heading) heading.after(bar);
    else document.querySelector('main .prose')?.prepend(bar);
    bar.hidden = false;
    const hide = (focusTo: HTMLElement | null) => {
      bar.hidden = true;
      focusTo?.focus({ preventScroll: true });
    };
    bar.querySelector('[data-clear]')?.addEventListener('click', () => {
      for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...mark.childNodes);
      history.replaceState(null, '', withoutHighlight(location.href, param));
      hide((heading?.querySelector('.heading') as HTMLElement | null) ?? document.getElementById('main'));
    });
    bar.querySelector('[data-close]')?.addEventListener('click', () => {
      hide((heading?.querySelector('.heading') as HTMLElement | null) ?? document.getElementById('main'));
    });
  }
}
