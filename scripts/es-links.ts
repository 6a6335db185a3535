/**
 * npm run es:links — rewrites section links in the Spanish articles from English section ids to
 * Spanish ones. Translators link a section the way the English article does
 * (`/es/medicamentos/#methadone`, or `#naloxone-narcan` on the same page); each Spanish article has
 * the same ## and ### headings in the same order as its English original, so the n-th English
 * heading's id becomes the n-th Spanish heading's id. Links already in Spanish are left alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pageHeadingIds } from '../src/lib/heading-id';

const root = new URL('..', import.meta.url).pathname;
const en = join(root, 'content/guide');
const es = join(root, 'content/es/guide');

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { translationOf?: string };
const headings = (text: string) => [...text.replace(/^---[\s\S]*?---/, '').matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);

/** English id → Spanish id, per Spanish slug; English article id → Spanish slug. */
const ids = new Map<string, Map<string, string>>();
const slugOf = new Map<string, string>();
for (const file of readdirSync(es).filter((f) => f.endsWith('.mdx'))) {
  const text = readFileSync(join(es, file), 'utf8');
  const of = frontmatter(text).translationOf;
  if (!of) throw new Error(`content/es/guide/${file}: frontmatter has no translationOf`);
  const slug = file.replace(/\.mdx$/, '');
  slugOf.set(of, slug);
  const english = pageHeadingIds(headings(readFileSync(join(en, `${of}.mdx`), 'utf8')), 'en');
  const spanish = pageHeadingIds(headings(text), 'es');
  if (english.length !== spanish.length)
    throw new Error(`content/es/guide/${file} has ${spanish.length} headings, content/guide/${of}.mdx has ${english.length}: they must match one for one.`);
  ids.set(slug, new Map(english.map((id, i) => [id, spanish[i]])));
}

let changed = 0;
for (const file of readdirSync(es).filter((f) => f.endsWith('.mdx'))) {
  const self = file.replace(/\.mdx$/, '');
  const text = readFileSync(join(es, file), 'utf8');
  const out = text.replace(/\]\((\/es\/([a-z0-9-]+)\/)?#([^)\s]+)\)/g, (link, path: string | undefined, slug: string | undefined, id: string) => {
    const map = ids.get(slug ?? self);
    const to = map?.get(id);
    return to && to !== id ? `](${path ?? ''}#${to})` : link;
  });
  if (out !== text) {
    writeFileSync(join(es, file), out);
    changed++;
  }
}
console.log(`Rewrote section links in ${changed} Spanish article(s); ${slugOf.size} translated.`);
