import { describe, expect, test } from 'vitest';
import { countsTowardExit, doublePress } from '../../src/lib/quick-exit';

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
