import { expect, test } from 'vitest';
import { isAllowedHost } from '../../src/lib/allowed-hosts';

test('allow-list matches hosts and their subdomains only', () => {
  expect(isAllowedHost('nida.nih.gov')).toBe(true);
  expect(isAllowedHost('nih.gov')).toBe(true);
  expect(isAllowedHost('notnih.gov')).toBe(false);
  expect(isAllowedHost('nih.gov.evil.example')).toBe(false);
});
