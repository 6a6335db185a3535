/**
 * Arriving at page/#section, on every page:
 * - the section is in place at once, just below the part of the header that stays on screen
 *   (no scroll animation on arrival: global.css only glides for clicks within the page);
 * - focus moves to it, so a screen reader starts reading there and Tab continues from there;
 * - `--sticky-h` (read by scroll-padding-top in global.css) is the header's real height, measured
 *   here because the header wraps to more rows at some widths and text sizes.
 * Clicking a link to a place on the same page scrolls smoothly, unless the reader asked for less motion.
 */
const root = document.documentElement;
const gap = () => parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;

/** Height of whatever part of the header sticks to the top of the screen (0 when none does). */
function stickyHeight(): number {
  let height = 0;
  for (const el of document.querySelectorAll<HTMLElement>('.site-header, .header-bar')) {
    const position = getComputedStyle(el).position;
    if (position === 'sticky' || position === 'fixed') height = Math.max(height, el.getBoundingClientRect().height);
  }
  return Math.ceil(height);
}

function measure() {
  root.style.setProperty('--sticky-h', `${stickyHeight()}px`);
}

/** The element a #fragment means: an old id kept by anchorAliases stands for its renamed heading. */
function targetOf(hash: string): HTMLElement | null {
  let id = '';
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const el = id ? document.getElementById(id) : null;
  const renamed = el?.dataset.anchorAlias;
  return renamed ? (document.getElementById(renamed) ?? el) : el;
}

function focusOn(target: HTMLElement) {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Puts the target where a link should leave it, at once, if it is not there already. */
function place(target: HTMLElement) {
  const top = target.getBoundingClientRect().top;
  if (Math.abs(top - gap()) > 2) target.scrollIntoView({ block: 'start', behavior: 'instant' });
}

function arrive() {
  const target = targetOf(location.hash);
  if (!target || target.getClientRects().length === 0) return;
  // Back, forward and reload restore the reader's own scroll position: leave it alone there.
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!nav || nav.type === 'navigate') place(target);
  focusOn(target);
}

measure();
new ResizeObserver(measure).observe(document.querySelector('.site-header') ?? root);
const bar = document.querySelector('.header-bar');
if (bar) new ResizeObserver(measure).observe(bar);
addEventListener('resize', measure);

// After every module script has run (some show or hide parts of the page), before the first paint is settled.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', arrive, { once: true });
else arrive();

// A link within the page: the browser scrolls (smoothly, for a click); focus follows. If the section was
// hidden, the browser could not scroll to it: once other scripts have shown it, it is put in place.
addEventListener('hashchange', () => {
  const hidden = targetOf(location.hash)?.getClientRects().length === 0;
  window.setTimeout(() => {
    const target = targetOf(location.hash);
    if (!target || target.getClientRects().length === 0) return;
    if (hidden) place(target);
    focusOn(target);
  }, 0);
});

let smoothTimer: number | undefined;
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || link.matches('.skip-link')) return;
  root.classList.add('smooth-scroll');
  window.clearTimeout(smoothTimer);
  smoothTimer = window.setTimeout(() => root.classList.remove('smooth-scroll'), 1500);
});
addEventListener('scrollend', () => root.classList.remove('smooth-scroll'));
