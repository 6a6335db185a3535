import { withoutHighlight } from '../lib/share';

/**
 * Arriving from a search result (?highlight=words): marks the words with Pagefind's own highlight
 * script, and offers a button to clear them. Nothing loads when there is nothing to highlight.
 */
const param = 'highlight';
if (new URLSearchParams(location.search).has(param)) {
  const script = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ script);
  // addStyles: false keeps the CSP free of inline styles; global.css styles the marks.
  new PagefindHighlight({ highlightParam: param, addStyles: false });
  const bar = document.getElementById('highlight-bar');
  if (bar && document.querySelector('mark.pagefind-highlight')) {
    bar.hidden = false;
    bar.querySelector('button')?.addEventListener('click', () => {
      for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...mark.childNodes);
      history.replaceState(null, '', withoutHighlight(location.href, param));
      bar.hidden = true;
      document.getElementById('main')?.focus();
    });
  }
}
