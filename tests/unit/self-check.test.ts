import { describe, expect, test } from 'vitest';
import { bandFor, bandInfo, bands, countSigns, nextSteps, summary, type Band } from '../../src/lib/self-check';

const plain = { notCountedIfPrescribed: false };
const bodily = { notCountedIfPrescribed: true }; // tolerance, withdrawal

describe('bandFor', () => {
  test.each([
    [0, 'below'], [1, 'below'],
    [2, 'mild'], [3, 'mild'],
    [4, 'moderate'], [5, 'moderate'],
    [6, 'severe'], [7, 'severe'], [11, 'severe'],
  ] as [number, Band][])('%i signs → %s', (count, band) => {
    expect(bandFor(count)).toBe(band);
  });
  test('refuses a count that cannot happen', () => {
    expect(() => bandFor(-1)).toThrow(/whole number/);
    expect(() => bandFor(2.5)).toThrow(/whole number/);
  });
});

describe('countSigns', () => {
  test('counts every ticked sign', () => {
    expect(countSigns([plain, plain, bodily, bodily], false)).toBe(4);
  });
  test('sets aside tolerance and withdrawal for opioids taken only as prescribed', () => {
    expect(countSigns([plain, plain, bodily, bodily], true)).toBe(2);
    expect(countSigns([bodily, bodily], true)).toBe(0);
  });
  test('nothing ticked counts 0', () => {
    expect(countSigns([], true)).toBe(0);
  });
});

describe('bands', () => {
  test('say the 2-sign threshold and name each severity', () => {
    expect(bandInfo('below').meaning).toMatch(/fewer than the 2 needed for a diagnosis/);
    expect(bandInfo('mild').meaning).toMatch(/mild/);
    expect(bandInfo('moderate').meaning).toMatch(/moderate/);
    expect(bandInfo('severe').meaning).toMatch(/severe/);
    expect(bands.map((b) => b.range)).toEqual(['0 or 1 sign', '2 or 3 signs', '4 or 5 signs', '6 or more signs']);
  });
});

describe('summary', () => {
  test('gives the count, what it means, and that it is not a diagnosis', () => {
    const s = summary(3, 3, 11);
    expect(s).toMatch(/^You ticked 3 of the 11 signs\./);
    expect(s).toMatch(/mild opioid use disorder/);
    expect(s).toMatch(/not a diagnosis.*clinician/);
  });
  test('says when tolerance and withdrawal were set aside, and bands by what counts', () => {
    const s = summary(3, 1, 11);
    expect(s).toMatch(/1 sign count: tolerance and withdrawal do not count/);
    expect(s).toMatch(/fewer than the 2 needed/);
  });
  test('does not mention setting aside when nothing was', () => {
    expect(summary(7, 7, 11)).not.toMatch(/prescribed/);
  });
});

describe('nextSteps', () => {
  const lines = { samhsa: { name: 'SAMHSA', display: '1-800-662-4357', dial: '18006624357' }, crisis: { name: '988', display: '988', dial: '988' } };
  const hrefs = (band: Band) => nextSteps(band, lines).flatMap((s) => (s.link ? [s.link.href] : []));

  test.each(['below', 'mild', 'moderate', 'severe'] as Band[])('%s: offers the SAMHSA helpline as a phone link and overdose safety', (band) => {
    expect(hrefs(band)).toContain('tel:18006624357');
    expect(hrefs(band)).toContain('/overdose/');
  });
  test.each(['mild', 'moderate', 'severe'] as Band[])('%s: points to FindTreatment.gov and the medications page', (band) => {
    expect(hrefs(band)).toContain('https://findtreatment.gov/');
    expect(hrefs(band)).toContain('/medications/');
  });
  test('below the threshold and mild: explain the condition', () => {
    expect(hrefs('below')).toContain('/heroin-use-disorder/');
    expect(hrefs('mild')).toContain('/heroin-use-disorder/');
  });
  test('severe: offers the 988 crisis line', () => {
    expect(hrefs('severe')).toContain('tel:988');
  });
  test('every linked step has words around its link', () => {
    for (const b of bands) for (const s of nextSteps(b.band, lines)) {
      expect(s.text.length).toBeGreaterThan(3);
      if (s.link) expect(s.link.label.length).toBeGreaterThan(2);
    }
  });
});
