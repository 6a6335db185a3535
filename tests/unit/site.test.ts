import { describe, expect, test } from 'vitest';
import { placeholderSiteUrl, siteAddress } from '../../src/lib/site';

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
