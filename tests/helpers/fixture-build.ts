import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

export interface Run { code: number | null; output: string; files: Record<string, string | undefined> }

/**
 * A private copy of the project's code (config, src, public) with node_modules as a folder of links:
 * Astro writes its build chunks into the project's own .astro/, so builds from one folder cannot run
 * side by side, and each fixture build gets a folder of its own.
 */
function projectCopy(work: string): string {
  const root = join(work, 'project');
  for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(part, join(root, part), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    // Caches stay private; everything else is the project's own install.
    if (name !== '.vite' && name !== '.astro') symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

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
    const root = projectCopy(work);
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
