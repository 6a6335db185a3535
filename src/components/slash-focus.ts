import { isSlashShortcut } from '../lib/shortcuts';

// "/" focuses the search box from anywhere, unless the reader is typing in a field.
document.addEventListener('keydown', (event) => {
  if (!isSlashShortcut(event, document.activeElement)) return;
  const input = document.querySelector<HTMLInputElement>('#search-page-q, .site-search input');
  if (!input) return;
  event.preventDefault();
  input.focus();
});
