import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headersFile, metaPolicy, policyText, securityHeaders } from '../../src/lib/security-headers';

describe('the security headers', () => {
  const csp = Object.fromEntries(
    securityHeaders['Content-Security-Policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
  );
  test('scripts only from this origin, no inline script, wasm allowed for search', () => {
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
  });
  test('privacy and hardening headers are set', () => {
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

test('a policy is written as "name values; name values"', () => {
  expect(policyText({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe("default-src 'self'; img-src 'self' data:");
});

describe('metaPolicy', () => {
  test('keeps what a meta tag can carry and drops the rest', () => {
    expect(metaPolicy({ 'default-src': ["'self'"], 'frame-ancestors': ["'none'"], sandbox: [], 'script-src': ["'self'"] })).toBe(
      "default-src 'self'; script-src 'self'",
    );
  });
  test("the site's meta policy is the header's without frame-ancestors", () => {
    expect(metaPolicy()).not.toContain('frame-ancestors');
    expect(metaPolicy()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(Object.keys(contentSecurityPolicy)).toContain('frame-ancestors');
  });
});

describe('headersFile: the _headers file a CDN reads', () => {
  test('every header, indented under the site-wide "/*" rule', () => {
    const lines = headersFile().split('\n');
    const rule = lines.indexOf('/*');
    expect(rule).toBeGreaterThan(-1);
    expect(lines.slice(rule + 1).filter(Boolean)).toEqual(Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`));
  });
  test('a header that would break the file is refused, naming it', () => {
    expect(() => headersFile({ 'X-Test': 'a\nb' })).toThrow(/"X-Test"/);
    expect(() => headersFile({ 'Bad Name': 'a' })).toThrow(/"Bad Name"/);
  });
});
