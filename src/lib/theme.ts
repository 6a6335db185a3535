export type Theme = 'light' | 'dark';

export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
