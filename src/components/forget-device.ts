import { forgetReport, type ForgetCopy, type ForgetResult } from '../lib/forget';

/** Delete everything this site keeps in this browser. Each part is tried even if another fails. */
async function forgetEverything(): Promise<ForgetResult> {
  const result: ForgetResult = { storedKeys: 0, caches: 0, workers: 0, failed: false };
  try {
    // The site only ever stores "theme"; clear() also catches anything an older version left.
    result.storedKeys = localStorage.length + sessionStorage.length;
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    result.failed = true;
  }
  delete document.documentElement.dataset.theme;
  document.dispatchEvent(new Event('theme-forgotten'));
  try {
    // Unregister first, so the worker cannot fill its cache again while we empty it.
    if ('serviceWorker' in navigator) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      const removed = await Promise.all(registrations.map((r) => r.unregister()));
      result.workers = removed.filter(Boolean).length;
      if (removed.some((ok) => !ok)) result.failed = true;
    }
  } catch {
    result.failed = true;
  }
  try {
    if ('caches' in window) {
      for (let pass = 0; pass < 2; pass++) {
        const names = await caches.keys();
        await Promise.all(names.map((name) => caches.delete(name)));
        result.caches += names.length;
      }
    }
  } catch {
    result.failed = true;
  }
  return result;
}

class ForgetDevice extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-forget]');
    const status = this.querySelector<HTMLElement>('[data-forget-status]');
    const fallback = this.querySelector<HTMLElement>('[data-forget-fallback]');
    // A line of the report: the component's own <template> paragraph, so its scoped style applies.
    const line = this.querySelector<HTMLTemplateElement>('template[data-forget-line]')?.content.firstElementChild;
    if (!button || !status) return;
    const copy = JSON.parse(this.dataset.copy ?? '{}') as ForgetCopy;
    if (fallback) fallback.hidden = true;
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = this.dataset.working ?? '';
      const result = await forgetEverything();
      status.replaceChildren(
        ...forgetReport(result, copy).map((text) => {
          const p = (line?.cloneNode() as HTMLElement | undefined) ?? document.createElement('p');
          p.textContent = text;
          return p;
        }),
      );
      button.disabled = false;
    });
  }
}
customElements.define('forget-device', ForgetDevice);
