import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface Run { code: number | null; output: string; files: Record<string, string | undefined> }

/**
 * Copies the minimal valid content, lays one case (a folder under tests/fixtures) over it, and runs Astro on it
 * (`sync` validates the schemas; `build` also renders, which catches bad citations).
 */
export function runAstroOn(brokenCase: string | null, command: 'sync' | 'build', read: string[] = []): Run {
  const work = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
  const contentDir = join(work, 'content');
  cpSync('tests/fixtures/content-minimal', contentDir, { recursive: true });
  if (brokenCase) cpSync(join('tests/fixtures', brokenCase), contentDir, { recursive: true });
  const result = spawnSync('npx', ['astro', command], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 110_000,
  });
  const files = Object.fromEntries(read.map((f) => [f, existsSync(join(work, 'dist', f)) ? readFileSync(join(work, 'dist', f), 'utf8') : undefined]));
  rmSync(work, { recursive: true, force: true });
  return { files, code: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
