import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHeadersFile, siteWideHeaders } from '../../src/lib/headers-file';

describe('_headers parsing', () => {
  test('reads rules and their headers', () => {
    const rules = parseHeadersFile('# comment\n/*\n  A: 1\n  B: x: y\n/x/\n  C: 2\n');
    expect(rules).toEqual([
      { pattern: '/*', headers: { A: '1', B: 'x: y' } },
      { pattern: '/x/', headers: { C: '2' } },
    ]);
  });
  test('a header line outside any rule is an error with its line number', () => {
    expect(() => parseHeadersFile('  A: 1')).toThrow(/line 1/);
  });
  test('a file without a site-wide rule is refused', () => {
    expect(() => siteWideHeaders('/x/\n  A: 1')).toThrow(/"\/\*"/);
  });
});

describe('the shipped public/_headers', () => {
  const h = siteWideHeaders(readFileSync('public/_headers', 'utf8'));
  const csp = Object.fromEntries(
    h['Content-Security-Policy'].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
  );
  test('scripts only from this origin, no inline script, wasm allowed for search', () => {
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
  });
  test('privacy and hardening headers are set', () => {
    expect(h['Referrer-Policy']).toBe('no-referrer');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

describe('metaPolicy', () => {
  test('keeps what a meta tag can carry and drops the rest', async () => {
    const { metaPolicy } = await import('../../src/lib/csp');
    expect(metaPolicy("default-src 'self'; frame-ancestors 'none'; sandbox; script-src 'self'")).toBe("default-src 'self'; script-src 'self'");
  });
});
