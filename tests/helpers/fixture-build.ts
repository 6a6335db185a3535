import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { projectCopy } from './project-copy';

export interface Run { code: number | null; output: string; files: Record<string, string | undefined> }

// Builds at once: more than the cores only makes each slower.
let running = 0;
const waiting: (() => void)[] = [];
const slots = Math.max(2, availableParallelism());
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Copies the minimal valid content, lays one case (a folder under tests/fixtures) over it, and runs Astro on it
 * (`sync` validates the schemas; `build` also renders, which catches bad citations). Runs beside other fixture builds.
 */
export function runAstroOn(fixture: string | null, command: 'sync' | 'build', read: string[] = []): Promise<Run> {
  return inTurn(async () => {
    const work = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
    const contentDir = join(work, 'content');
    cpSync('tests/fixtures/content-minimal', contentDir, { recursive: true });
    if (fixture) cpSync(join('tests/fixtures', fixture), contentDir, { recursive: true });
    // A project folder of its own: builds from one folder cannot run side by side (project-copy.ts).
    const root = projectCopy(join(work, 'project'));
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 110_000,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const files = Object.fromEntries(read.map((f) => [f, existsSync(join(work, 'dist', f)) ? readFileSync(join(work, 'dist', f), 'utf8') : undefined]));
    rmSync(work, { recursive: true, force: true });
    return { files, code, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
  });
}
