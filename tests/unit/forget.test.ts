import { describe, expect, test } from 'vitest';
import { forgetReport } from '../../src/lib/forget';

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
