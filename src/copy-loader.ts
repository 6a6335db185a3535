// Loads one copy file (content/<name>, e.g. ui.yaml) as one entry per language: `en` from
// content/<name>, and `es` from content/es/<name> when a translation exists. Same schema, same
// keys: a page asks for the entry of its language.
import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

import { languages } from './lib/i18n';

export function copyFile(base: string, name: string): Loader {
  const paths = languages.map((lang) => [lang, lang === 'en' ? `${base}/${name}` : `${base}/${lang}/${name}`] as const);
  return {
    name: 'copy-file',
    load: async ({ store, parseData, config, watcher }) => {
      const load = async () => {
        store.clear();
        for (const [lang, path] of paths) {
          if (!existsSync(path)) {
            if (lang === 'en') throw new Error(`${path} is missing: it holds words the site shows.`);
            continue;
          }
          // From the project folder, as Astro wants it (a test fixture's is ../../tmp/…).
          const filePath = nodePath.relative(fileURLToPath(config.root), path).split(nodePath.sep).join('/');
          let data: unknown;
          try {
            data = parse(readFileSync(path, 'utf8'));
          } catch (error) {
            throw new Error(`${filePath}: not valid YAML: ${(error as Error).message}`);
          }
          store.set({ id: lang, data: await parseData({ id: lang, data: data as Record<string, unknown>, filePath }), filePath });
        }
      };
      await load();
      if (watcher) {
        const watched = paths.map(([, p]) => p);
        watcher.add(watched);
        watcher.on('change', (changed) => {
          if (watched.some((p) => changed.endsWith(p.replace(/^\.\//, '')))) void load();
        });
      }
    },
  };
}
