export type Theme = 'light' | 'dark';

/** The one thing this site stores: the reader's explicit choice, under this localStorage key (public/theme.js reads it too). */
export const THEME_KEY = 'theme';

export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

/** The dark-mode button is "pressed" exactly when the page is dark. */
export function darkModePressed(current: Theme): boolean {
  return current === 'dark';
}
