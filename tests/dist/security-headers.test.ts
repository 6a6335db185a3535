import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { headersFile, metaPolicy } from '../../src/lib/security-headers';
import { builtHtmlFiles, distDir } from '../helpers/built-pages';

test('dist/_headers holds the security headers for a CDN to send', () => {
  expect(readFileSync(`${distDir}/_headers`, 'utf8')).toBe(headersFile());
});

test('every page carries the Content-Security-Policy in a <meta>, for hosts that send no headers', () => {
  const policies = builtHtmlFiles().map((f) => [
    f.path,
    parse(readFileSync(f.file, 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
  ]);
  expect(policies.length).toBeGreaterThan(3);
  expect(policies.filter(([, policy]) => policy !== metaPolicy())).toEqual([]);
});
