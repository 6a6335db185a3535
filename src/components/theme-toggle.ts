import { darkModePressed, nextTheme, THEME_KEY, type Theme } from '../lib/theme';

/** A button that switches light/dark, says which is on, and remembers only that choice. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const state = this.querySelector<HTMLElement>('.theme-state');
    if (!button) return;
    const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
    const current = (): Theme =>
      (document.documentElement.dataset.theme as Theme | undefined) ?? (systemDark.matches ? 'dark' : 'light');
    const show = () => {
      const pressed = darkModePressed(current());
      button.setAttribute('aria-pressed', String(pressed));
      if (state) state.textContent = (pressed ? state.dataset.on : state.dataset.off) ?? '';
    };
    button.addEventListener('click', () => {
      const theme = nextTheme(current());
      document.documentElement.dataset.theme = theme;
      try {
        localStorage.setItem(THEME_KEY, theme);
      } catch {
        /* storage may be blocked; the choice then lasts for this page only */
      }
      show();
    });
    systemDark.addEventListener('change', show);
    // "Remove this site from this device" drops the stored choice: follow the system again.
    document.addEventListener('theme-forgotten', show);
    show();
  }
}
customElements.define('theme-toggle', ThemeToggle);
