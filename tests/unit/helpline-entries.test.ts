import { describe, expect, test } from 'vitest';
import { numberOf, stepLines } from '../../src/lib/helpline-entries';

describe('picking lines for a page', () => {
  const entry = (id: string, display?: string, dial?: string) => ({ id, data: { name: id, display, dial } });
  test('returns the number of a line', () => {
    expect(numberOf(entry('samhsa', '1-800-662-4357', '18006624357'), 'samhsa')).toEqual({ name: 'samhsa', display: '1-800-662-4357', dial: '18006624357' });
    expect(stepLines(entry('samhsa', '1', '111'), entry('lifeline', '988', '988')).crisis.dial).toBe('988');
  });
  test('a missing line or number stops the build and names it', () => {
    expect(() => numberOf(undefined, 'samhsa')).toThrow(/helplines\.yaml: the "samhsa" line is missing/);
    expect(() => numberOf(entry('findtreatment'), 'findtreatment')).toThrow(/"findtreatment" needs display and dial/);
  });
});
