import { sectionUrl } from '../lib/share';
import { fill } from '../lib/inline';

/**
 * Upgrades each heading's plain "#anchor" link: a click copies the section's full address
 * (or opens the device's share sheet where there is one) and says so in a polite live region.
 * (Arriving at a #link, on every page, is arrival.ts.) Its words are on the live region (content/ui.yaml `article`).
 */
const status = document.getElementById('share-status');
let clearTimer: number | undefined;

function announce(message: string) {
  if (!status) return;
  status.textContent = message;
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => { status.textContent = ''; }, 4000);
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-link');
  if (!link) return;
  const anchor = decodeURIComponent(link.hash.slice(1));
  const url = sectionUrl(location.href, anchor);
  const title = link.previousElementSibling?.textContent?.trim() ?? document.title;
  event.preventDefault();
  history.pushState(null, '', `#${anchor}`);
  // Touch devices with a share sheet get it; everyone else gets the address copied.
  if (navigator.share && matchMedia('(pointer: coarse)').matches) {
    try {
      await navigator.share({ title: `${title} | ${document.title}`, url });
      return;
    } catch {
      /* dismissed: fall back to copying */
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    announce(fill(status?.dataset.copied ?? '{title}', { title }));
  } catch {
    announce(fill(status?.dataset.copyThis ?? '{url}', { url }));
  }
});
