import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { darkModePressed, nextTheme, THEME_KEY } from '../../src/lib/theme';

describe('theme', () => {
  test('toggles between light and dark', () => {
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('light');
  });
  test('the dark mode button is pressed exactly when the page is dark', () => {
    expect(darkModePressed('dark')).toBe(true);
    expect(darkModePressed('light')).toBe(false);
  });
  test('the stored key is the one public/theme.js reads', () => {
    expect(readFileSync('public/theme.js', 'utf8')).toContain(`localStorage.getItem('${THEME_KEY}')`);
  });
});
