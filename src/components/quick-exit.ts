import { countsTowardExit, doublePress, DOUBLE_PRESS_MS } from '../lib/quick-exit';

/**
 * Leave now: cover the page at once (before the next site has even started to load), then replace
 * this history entry with the destination, so Back does not come back here.
 */
function leave(href: string, leavingText: string) {
  document.documentElement.classList.add('is-leaving');
  const cover = document.createElement('div');
  cover.className = 'leaving-cover';
  cover.setAttribute('role', 'alert');
  document.body.append(cover);
  cover.textContent = leavingText; // set after insertion: screen readers announce it more reliably
  document.title = leavingText;
  location.replace(href);
}

/** A page restored from the back/forward cache must not stay covered. */
function uncover() {
  document.documentElement.classList.remove('is-leaving');
  document.querySelectorAll('.leaving-cover').forEach((c) => c.remove());
}

let keyListening = false;

class QuickExit extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a');
    const status = this.querySelector<HTMLElement>('[data-quick-exit-status]');
    if (!link) return;
    const go = () => leave(link.href, this.dataset.leaving ?? '');
    // Any click leaves, even with Ctrl or Cmd held: a panic button must not open a new tab instead.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go();
    });
    window.addEventListener('pageshow', uncover);
    if (keyListening) return; // one listener for the page, however many buttons
    keyListening = true;
    const pressed = doublePress(DOUBLE_PRESS_MS);
    let clearStatus: number | undefined;
    document.addEventListener(
      'keydown',
      (event) => {
        const target = event.target;
        const inFilledField = (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value !== '';
        if (!countsTowardExit({ key: event.key, repeat: event.repeat, isComposing: event.isComposing, inFilledField })) return;
        if (pressed(event.timeStamp)) {
          go();
          return;
        }
        if (status) {
          status.textContent = this.dataset.pressAgain ?? '';
          window.clearTimeout(clearStatus);
          clearStatus = window.setTimeout(() => (status.textContent = ''), DOUBLE_PRESS_MS);
        }
      },
      true,
    );
  }
}
customElements.define('quick-exit', QuickExit);
