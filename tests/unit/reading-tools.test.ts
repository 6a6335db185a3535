import { describe, expect, test } from 'vitest';
import { chunkText, cleanText, pickLocalVoice, utterancesFor, type VoiceLike } from '../../src/lib/read-aloud';
import { placeholderSiteUrl, siteAddress } from '../../src/lib/site';

const voice = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

describe('pickLocalVoice: only a voice on the device, in the page language', () => {
  test('never picks a remote voice, even the default one', () => {
    const voices = [voice('Cloud US', 'en-US', false, true), voice('Cloud UK', 'en-GB', false)];
    expect(pickLocalVoice(voices, 'en', 'en-US')).toBeUndefined();
  });
  test('no voice list, or no local voice in the language: none', () => {
    expect(pickLocalVoice([], 'en')).toBeUndefined();
    expect(pickLocalVoice([voice('Thomas', 'fr-FR', true, true)], 'en')).toBeUndefined();
  });
  test('prefers the preferred regional voice, then the system default, then list order', () => {
    const uk = voice('Daniel', 'en-GB', true, true);
    const us = voice('Samantha', 'en-US', true);
    const us2 = voice('Alex', 'en_US', true);
    const remoteUs = voice('Google US English', 'en-US', false, true);
    expect(pickLocalVoice([remoteUs, uk, us, us2], 'en', 'en-US')).toBe(us);
    expect(pickLocalVoice([remoteUs, uk, us], 'en')).toBe(uk);
    expect(pickLocalVoice([voice('A', 'en-AU', true), voice('B', 'en-IE', true)], 'en-US')).toEqual(voice('A', 'en-AU', true));
  });
  test('matches languages whatever their case or separator', () => {
    expect(pickLocalVoice([voice('Local', 'EN_us', true)], 'en-US')?.name).toBe('Local');
  });
});

describe('utterancesFor: the page read section by section', () => {
  test('each section gives its heading, then its blocks, tagged with the section id', () => {
    const out = utterancesFor([
      { id: null, heading: 'Medications', blocks: ['Three medicines work.'] },
      { id: 'methadone', heading: 'Methadone', blocks: ['  It is a   liquid .', ''] },
      { id: 'empty', heading: '', blocks: [] },
    ]);
    expect(out).toEqual([
      { sectionId: null, text: 'Medications' },
      { sectionId: null, text: 'Three medicines work.' },
      { sectionId: 'methadone', text: 'Methadone' },
      { sectionId: 'methadone', text: 'It is a liquid.' },
    ]);
  });
  test('long blocks are cut at sentence ends into pieces no longer than the limit, losing no words', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} says a little more.`).join(' ');
    const pieces = chunkText(text, 100);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(p).toMatch(/\.$/);
    }
    expect(pieces.join(' ')).toBe(cleanText(text));
  });
  test('a sentence longer than the limit is cut at a comma or a space', () => {
    const long = `${'word, '.repeat(40)}end.`;
    const pieces = chunkText(long, 50);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(50);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(cleanText(long));
  });
});

describe('siteAddress: the one SITE_URL setting', () => {
  test('without SITE_URL: the placeholder, marked as not configured (the build then warns)', () => {
    expect(siteAddress({})).toEqual({ url: placeholderSiteUrl, configured: false });
    expect(siteAddress({ SITE_URL: '  ' }).configured).toBe(false);
  });
  test('with it: the address without a trailing slash', () => {
    expect(siteAddress({ SITE_URL: 'https://guide.example.org/' })).toEqual({ url: 'https://guide.example.org', configured: true });
  });
  test('a value that is not a full web address stops the build with a clear message', () => {
    expect(() => siteAddress({ SITE_URL: 'guide.example.org' })).toThrow(/SITE_URL is not a web address/);
    expect(() => siteAddress({ SITE_URL: 'ftp://guide.example.org' })).toThrow(/https/);
    expect(() => siteAddress({ SITE_URL: 'https://guide.example.org/?a=1' })).toThrow(/without \?query/);
  });
});
