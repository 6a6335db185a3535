import { expect, test } from 'vitest';
import { reportUrl } from '../../src/lib/report';

test('REPORT_URL wins, then the GitHub repository issues page, else none', () => {
  const github = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/guide' };
  expect(reportUrl({ REPORT_URL: ' https://tracker.example/new ', ...github })).toBe('https://tracker.example/new');
  expect(reportUrl(github)).toBe('https://github.com/org/guide/issues');
  expect(reportUrl({ REPORT_URL: '  ' })).toBeUndefined();
});
