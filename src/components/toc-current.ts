// Browsers without ::details-content would keep the wide-screen contents closed: open them there.
const details = document.querySelector<HTMLDetailsElement>('.toc details');
if (details && matchMedia('(min-width: 64rem)').matches) details.open = true;

/** Marks the contents link of the section being read (aria-current), as the reader scrolls. */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const targets = links
  .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
  .filter((el): el is HTMLElement => el !== null);

if (targets.length > 0 && 'IntersectionObserver' in window) {
  const mark = () => {
    // The current section is the last heading that has scrolled past the top third of the screen.
    const line = window.innerHeight / 3;
    let current = targets[0];
    for (const t of targets) if (t.getBoundingClientRect().top <= line) current = t;
    for (const a of links) a.setAttribute('aria-current', String(a.hash === `#${current.id}`));
  };
  // The observer only says "a heading crossed the line"; mark() then works out which one leads.
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  targets.forEach((t) => observer.observe(t));
  mark();
}
