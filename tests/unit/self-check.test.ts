import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { bandFor, bandsInOrder, countSigns, nextSteps, summary, type Band, type SummaryWords } from '../../src/lib/self-check';
import { selfCheckSchema } from '../../src/schemas/copy';
import { inline } from '../../src/lib/inline';

// The real words (content/self-check.yaml), through the same schema the build uses.
const copy = selfCheckSchema.parse(parse(readFileSync('content/self-check.yaml', 'utf8')));
const words: SummaryWords = { ...copy.summary, meanings: Object.fromEntries(bandsInOrder.map((b) => [b, copy.bands[b].meaning])) as SummaryWords['meanings'] };

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

describe('bands (content/self-check.yaml)', () => {
  test('say the 2-sign threshold and name each severity', () => {
    expect(copy.bands.below.meaning).toMatch(/fewer than the 2 needed for a diagnosis/);
    expect(copy.bands.mild.meaning).toMatch(/mild/);
    expect(copy.bands.moderate.meaning).toMatch(/moderate/);
    expect(copy.bands.severe.meaning).toMatch(/severe/);
    expect(bandsInOrder.map((b) => copy.bands[b].range)).toEqual(['0 or 1 sign', '2 or 3 signs', '4 or 5 signs', '6 or more signs']);
  });
});

describe('summary', () => {
  test('gives the count, what it means, and that it is not a diagnosis', () => {
    const s = summary(3, 3, 11, words);
    expect(s).toMatch(/^You ticked 3 of the 11 signs\./);
    expect(s).toMatch(/mild opioid use disorder/);
    expect(s).toMatch(/not a diagnosis.*clinician/);
  });
  test('says when tolerance and withdrawal were set aside, and bands by what counts', () => {
    const s = summary(3, 1, 11, words);
    expect(s).toMatch(/1 sign count: tolerance and withdrawal do not count/);
    expect(s).toMatch(/fewer than the 2 needed/);
    expect(summary(4, 2, 11, words)).toMatch(/2 signs count:/);
  });
  test('does not mention setting aside when nothing was', () => {
    expect(summary(7, 7, 11, words)).not.toMatch(/prescribed/);
  });
});

describe('nextSteps', () => {
  const lines = { samhsa: { name: 'SAMHSA', display: '1-800-662-4357', dial: '18006624357' }, crisis: { name: '988', display: '988', dial: '988' } };
  const parts = (band: Band) => nextSteps(band, copy, lines).flatMap(inline);
  const hrefs = (band: Band) => parts(band).flatMap((p) => ('href' in p ? [p.href] : []));

  test.each(bandsInOrder)('%s: offers the SAMHSA helpline as a phone link and overdose safety', (band) => {
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
  test('the phone links show the number they dial', () => {
    const call = parts('severe').find((p) => 'href' in p && p.href === 'tel:988');
    expect(call?.text).toBe('988');
  });
  test('a band naming a step that does not exist stops with the file and the step', () => {
    const broken = { ...copy, bands: { ...copy.bands, mild: { ...copy.bands.mild, steps: ['nope'] } } };
    expect(() => nextSteps('mild', broken, lines)).toThrow(/self-check\.yaml.*bands\.mild.*"nope"/);
  });
});
