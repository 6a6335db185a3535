import { nextTheme, type Theme } from '../lib/theme';

/** A button that switches light/dark and remembers only that choice. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
    const current = (): Theme =>
      (document.documentElement.dataset.theme as Theme | undefined) ?? (systemDark.matches ? 'dark' : 'light');
    const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.addEventListener('click', () => {
      const theme = nextTheme(current());
      document.documentElement.dataset.theme = theme;
      try {
        localStorage.setItem('theme', theme);
      } catch {
        /* storage may be blocked; the choice then lasts for this page only */
      }
      show();
    });
    systemDark.addEventListener('change', show);
    show();
  }
}
customElements.define('theme-toggle', ThemeToggle);
