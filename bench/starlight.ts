/**
 * The peer for the build-cost comparison: Starlight, building the same synthetic articles as
 * plain Markdown (citations and glossary links dropped, words kept). Installed into a scratch
 * folder on first use, never a dependency of the guide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STARLIGHT_VERSION = '0.42.4';
const root = fileURLToPath(new URL('..', import.meta.url));

/** A Starlight project in `dir`, on the same Astro version as the guide; installed once, reused by later runs. */
export function starlightProject(dir: string): string {
  const astro = (JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  const pkg = { name: 'starlight-peer', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } };
  const pkgFile = join(dir, 'package.json');
  const same = existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === JSON.stringify(pkg);
  writeFileSync(pkgFile, JSON.stringify(pkg));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ site: 'https://example.org', integrations: [starlight({ title: 'Peer' })] });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  if (!same || !existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`Could not install Starlight ${STARLIGHT_VERSION} into ${dir}`);
  }
  return dir;
}

/** The corpus's articles as Starlight docs: same titles, descriptions, headings and words. */
export function writeStarlightDocs(corpus: string, project: string): number {
  const docs = join(project, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Peer\ndescription: The same articles, built by Starlight.\n---\n\nHome.\n');
  const files = readdirSync(join(corpus, 'guide')).filter((f) => f.endsWith('.mdx'));
  for (const f of files) {
    const text = readFileSync(join(corpus, 'guide', f), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const keep = front.split('\n').filter((l) => /^(title|description):/.test(l));
    const md = body.replace(/<Cite id="[^"]*" \/>/g, '').replace(/<Term id="[^"]*">([^<]*)<\/Term>/g, '$1');
    writeFileSync(join(docs, f.replace(/\.mdx$/, '.md')), `---\n${keep.join('\n')}\n---\n${md}`);
  }
  return files.length;
}
