import { describe, expect, test } from 'vitest';
import { countsTowardExit, doublePress } from '../../src/lib/quick-exit';
import { forgetReport } from '../../src/lib/forget';
import { darkModePressed, THEME_KEY } from '../../src/lib/theme';

describe('quick exit: Escape twice within a second', () => {
  test('two presses 1 s apart or less leave; further apart do not', () => {
    const pressed = doublePress(1000);
    expect(pressed(0)).toBe(false);
    expect(pressed(1000)).toBe(true);
    const slow = doublePress(1000);
    expect(slow(0)).toBe(false);
    expect(slow(1001)).toBe(false);
    expect(slow(1500)).toBe(true); // the slow press starts a new pair
  });
  test('a pair is used up: a third quick press alone does not leave again', () => {
    const pressed = doublePress(1000);
    pressed(0);
    expect(pressed(100)).toBe(true);
    expect(pressed(200)).toBe(false);
  });
  const key = { key: 'Escape', repeat: false, isComposing: false, inFilledField: false };
  test('only a real Escape press counts', () => {
    expect(countsTowardExit(key)).toBe(true);
    expect(countsTowardExit({ ...key, key: 'Esc' })).toBe(false);
    expect(countsTowardExit({ ...key, key: 'Shift' })).toBe(false);
    expect(countsTowardExit({ ...key, repeat: true })).toBe(false); // a held key
    expect(countsTowardExit({ ...key, isComposing: true })).toBe(false); // cancelling an input method
    expect(countsTowardExit({ ...key, inFilledField: true })).toBe(false); // clearing the search box
  });
});

describe('remove this site from this device: the report', () => {
  const copy = { removedTheme: 'T-', noTheme: 'T0', removedOffline: 'O-', noOffline: 'O0', failed: 'F', after: 'A' };
  test('says what was removed, then what happens next', () => {
    expect(forgetReport({ storedKeys: 1, caches: 2, workers: 1, failed: false }, copy)).toEqual(['T-', 'O-', 'A']);
  });
  test('says when there was nothing to remove', () => {
    expect(forgetReport({ storedKeys: 0, caches: 0, workers: 0, failed: false }, copy)).toEqual(['T0', 'O0', 'A']);
  });
  test('a worker without a cache is still an offline copy removed; a failure is said', () => {
    expect(forgetReport({ storedKeys: 0, caches: 0, workers: 1, failed: true }, copy)).toEqual(['T0', 'O-', 'F', 'A']);
  });
});

describe('theme', () => {
  test('the dark mode button is pressed exactly when the page is dark', () => {
    expect(darkModePressed('dark')).toBe(true);
    expect(darkModePressed('light')).toBe(false);
  });
  test('the stored key is the one public/theme.js reads', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('public/theme.js', 'utf8')).toContain(`localStorage.getItem('${THEME_KEY}')`);
  });
});
