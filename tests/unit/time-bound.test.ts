import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { claimHasExpired, dueBy, earliestUntil, findTimeBound } from '../../src/lib/time-bound';

const mdx = [
  'Intro.',
  '',
  '<TimeBound until="2026-12-31" source="dea-rule">Video visits are allowed **until 31 December 2026**.</TimeBound>',
  '<TimeBound until="2027-01-01" source="medicaid">From 1 January 2027 a new rule starts.</TimeBound>',
].join('\n');

describe('time-bound claims in MDX', () => {
  test('finds each claim with its line, date, source and plain text', () => {
    expect(findTimeBound(mdx, 'a.mdx')).toEqual([
      { file: 'a.mdx', line: 3, until: '2026-12-31', source: 'dea-rule', claim: 'Video visits are allowed until 31 December 2026.' },
      { file: 'a.mdx', line: 4, until: '2027-01-01', source: 'medicaid', claim: 'From 1 January 2027 a new rule starts.' },
    ]);
  });
  test('a claim is due on its date, not the day before', () => {
    const claims = findTimeBound(mdx, 'a.mdx');
    expect(dueBy(claims, '2026-12-30')).toEqual([]);
    expect(dueBy(claims, '2026-12-31').map((c) => c.source)).toEqual(['dea-rule']);
    expect(earliestUntil(claims)?.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(earliestUntil([])).toBeUndefined();
  });
  test('bad markup is named by file and line', () => {
    expect(() => findTimeBound('x\n<TimeBound until="31/12/2026" source="s">c</TimeBound>', 'b.mdx')).toThrow(/b\.mdx:2: .*until="YYYY-MM-DD"/);
    expect(() => findTimeBound('<TimeBound until="2026-12-31">c</TimeBound>', 'b.mdx')).toThrow(/b\.mdx:1: .*source=/);
    expect(() => findTimeBound('<TimeBound until="2026-12-31" source="s">c', 'b.mdx')).toThrow(/never closed/);
  });
  test('in the browser, the note shows only once the day has passed', () => {
    expect(claimHasExpired('2026-12-31', '2026-12-31')).toBe(false);
    expect(claimHasExpired('2026-12-31', '2027-01-01')).toBe(true);
    expect(claimHasExpired('not a date', '2027-01-01')).toBe(false);
  });
});

describe('npm run content:due', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/content-due.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/time-bound' },
    });
  test('lists nothing and exits 0 before any claim is due', () => {
    const r = run('--on', '2026-12-30');
    expect(r.stdout).toContain('0 of 2 time-bound claims due by 2026-12-30.');
    expect(r.status).toBe(0);
  });
  test('lists the due claim with file, line, text and source, and exits 1', () => {
    const r = run('--on', '2026-12-31');
    expect(r.stdout).toContain('tests/fixtures/time-bound/guide/fixture-article.mdx:11  due 2026-12-31');
    expect(r.stdout).toContain('claim: a temporary rule applies, as the agency says.');
    expect(r.stdout).toContain('source: fixture-source — A fixture source <https://www.fda.gov/>');
    expect(r.stdout).not.toContain('2027-01-01');
    expect(r.status).toBe(1);
  });
  test('refuses a day it cannot read', () => {
    expect(run('--on', 'tomorrow').status).toBe(2);
  });
});
