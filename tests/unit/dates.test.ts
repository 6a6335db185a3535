import { describe, expect, test } from 'vitest';
import { formatDate, isoDate, nextReviewDue } from '../../src/lib/dates';

describe('dates', () => {
  test('next review is a year after the last, and formats without ambiguity', () => {
    const due = nextReviewDue(new Date('2026-03-05'));
    expect(isoDate(due)).toBe('2027-03-05');
    expect(formatDate(due)).toBe('5 March 2027');
  });
  test('a time-bound claim due before the yearly review brings the review forward, never later', () => {
    expect(isoDate(nextReviewDue(new Date('2026-11-25'), new Date('2026-12-31')))).toBe('2026-12-31');
    expect(isoDate(nextReviewDue(new Date('2026-03-05'), new Date('2028-01-01')))).toBe('2027-03-05');
  });
});
