// Shows the "may have changed" note on time-bound claims whose date has passed. Without
// JavaScript nothing is lost: each claim already says its date in words.
import { claimHasExpired } from '../lib/time-bound';

const today = new Date().toISOString().slice(0, 10);
for (const el of document.querySelectorAll<HTMLElement>('.time-bound[data-until]')) {
  if (claimHasExpired(el.dataset.until ?? '', today)) el.querySelector<HTMLElement>('.time-bound-note')?.removeAttribute('hidden');
}
