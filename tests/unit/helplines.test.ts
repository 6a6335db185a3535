import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { digitsOf, isDialable, showsWhatItDials, smsHref, telHref } from '../../src/lib/helplines';

describe('tel: and sms: links', () => {
  test('dial digits become the link', () => {
    expect(telHref({ name: 'SAMHSA', dial: '18006624357' })).toBe('tel:18006624357');
    expect(telHref({ name: 'Overdose', dial: '911' })).toBe('tel:911');
    expect(smsHref({ name: 'HELP4U', dial: '435748' })).toBe('sms:435748');
  });
  test.each(['1-800-662-4357', '1 800', '91', '', '+18006624357', '988;', '1234567890123456'])('refuses "%s", naming the line', (dial) => {
    expect(isDialable(dial)).toBe(false);
    expect(() => telHref({ name: 'Some line', dial })).toThrow(/"Some line" has a bad number to dial/);
    expect(() => smsHref({ name: 'Some line', dial })).toThrow(/bad number/);
  });
  test('what the reader sees must dial what the link dials', () => {
    expect(digitsOf('1-800-662-4357')).toBe('18006624357');
    expect(showsWhatItDials('1-800-662-4357', '18006624357')).toBe(true);
    expect(showsWhatItDials('435748', '435748')).toBe(true);
    expect(showsWhatItDials('435748 (HELP4U)', '435748')).toBe(false); // the 4 in HELP4U is a digit too
    expect(showsWhatItDials('1-800-662-4357', '18006624375')).toBe(false);
  });
});

// The numbers themselves, digit by digit, as checked against each service's own page
// (content/sources.yaml: samhsa-helpline, lifeline-988, poison-control). A change here needs a source.
describe('content/helplines.yaml', () => {
  const lines = parse(readFileSync('content/helplines.yaml', 'utf8')) as Record<string, any>;
  test('calls: 911, SAMHSA, its TTY, 988, Poison Control', () => {
    expect(lines.overdose.dial).toBe('911');
    expect(lines.samhsa.dial).toBe('18006624357');
    expect(lines.samhsa.tty.dial).toBe('18004874889');
    expect(lines.lifeline.dial).toBe('988');
    expect(lines.poison.dial).toBe('18002221222');
  });
  test('texts: a ZIP code to 435748 (HELP4U); 988, and AYUDA to 988 for Spanish', () => {
    expect(lines.samhsa.texts.map((t: any) => t.dial)).toEqual(['435748']);
    expect(lines.lifeline.texts.map((t: any) => t.dial)).toEqual(['988', '988']);
    expect(lines.lifeline.texts[1].before).toMatch(/AYUDA/);
    expect(lines.lifeline.options.join(' ')).toMatch(/press 1.*press 2/is);
  });
  test('the three big buttons are 911, the SAMHSA helpline and 988, in that order', () => {
    const primary = Object.entries(lines).filter(([, l]) => l.primary).sort(([, a], [, b]) => a.order - b.order).map(([id]) => id);
    expect(primary).toEqual(['overdose', 'samhsa', 'lifeline']);
    expect(lines.overdose.urgent).toBe(true);
  });
  test('every shown number dials its own digits, and every line but 911 names its source', () => {
    for (const [id, l] of Object.entries(lines)) {
      if (l.dial) expect(showsWhatItDials(l.display, l.dial), id).toBe(true);
      if (l.tty) expect(showsWhatItDials(l.tty.display, l.tty.dial), `${id} tty`).toBe(true);
      for (const t of l.texts ?? []) expect(showsWhatItDials(t.display, t.dial), `${id} text`).toBe(true);
      if (id !== 'overdose') expect(l.source, id).toBeTruthy();
    }
  });
});
