import { describe, expect, test } from 'vitest';
import { isSlashShortcut } from '../../src/lib/shortcuts';

describe('slash shortcut', () => {
  const key = (k: string, mods = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  test('a bare slash outside fields jumps to search', () => {
    expect(isSlashShortcut(key('/'), { tagName: 'BODY' })).toBe(true);
    expect(isSlashShortcut(key('/'), null)).toBe(true);
  });
  test('not while typing, not with modifiers, not other keys', () => {
    expect(isSlashShortcut(key('/'), { tagName: 'input' })).toBe(false);
    expect(isSlashShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isSlashShortcut(key('/', { ctrlKey: true }), { tagName: 'BODY' })).toBe(false);
    expect(isSlashShortcut(key('a'), { tagName: 'BODY' })).toBe(false);
  });
});
