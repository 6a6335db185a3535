import { bandFor, countSigns, summary, type SummaryWords } from '../lib/self-check';

/**
 * <self-check>: counts the ticked signs, says what the count means in its live region, and shows
 * only the next steps for that result. Sends and stores nothing; leaving the page clears the ticks.
 * Its words come from the page (data-words: content/self-check.yaml).
 */
class SelfCheck extends HTMLElement {
  connectedCallback() {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-criterion]')];
    const onlyAsPrescribed = this.querySelector<HTMLInputElement>('input[data-only-prescribed]');
    const result = this.querySelector<HTMLElement>('[data-summary]');
    const bandBlocks = [...this.querySelectorAll<HTMLElement>('[data-band]')];
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]');
    if (!result || boxes.length === 0 || !this.dataset.words) return;
    const words = JSON.parse(this.dataset.words) as SummaryWords;

    // A shared link to one result (/self-check/#band-moderate) shows that result, heading and all,
    // until the reader ticks a sign.
    const linkedBand = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      return bandBlocks.find((b) => id === `band-${b.dataset.band}`)?.dataset.band;
    };

    const update = () => {
      const ticked = boxes.filter((b) => b.checked);
      const signs = ticked.map((b) => ({ notCountedIfPrescribed: b.hasAttribute('data-not-counted-if-prescribed') }));
      const counted = countSigns(signs, onlyAsPrescribed?.checked ?? false);
      const band = bandFor(counted);
      result.textContent = summary(ticked.length, counted, boxes.length, words);
      const linked = ticked.length === 0 && !onlyAsPrescribed?.checked ? linkedBand() : undefined;
      for (const block of bandBlocks) {
        block.hidden = block.dataset.band !== (linked ?? band);
        block.classList.toggle('linked', block.dataset.band === linked);
      }
    };

    const clearAll = () => {
      for (const box of [...boxes, onlyAsPrescribed]) if (box) box.checked = false;
      update();
    };

    this.addEventListener('change', update);
    window.addEventListener('hashchange', update);
    clear?.addEventListener('click', () => {
      clearAll();
      boxes[0].focus();
    });
    // Leaving the page clears the ticks, so Back on a shared device does not show them.
    window.addEventListener('pagehide', clearAll);

    result.hidden = false;
    for (const el of document.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    this.classList.add('enhanced');
    update();
  }
}
customElements.define('self-check', SelfCheck);
