import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { staleTranslations, untranslated, type Original, type Translation } from './i18n';

/**
 * Reads a content folder's English articles and their translations (content/<lang>/guide) and
 * says what is out of step: translations whose English original was reviewed again after the date
 * they follow, English articles with no translation, and translations whose headings no longer
 * match their original one for one (sections are paired by position across languages).
 */
export function translationProblems(content: string, lang = 'es'): { stale: string[]; missing: string[]; headings: string[] } {
  const read = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => {
            const text = readFileSync(join(dir, f), 'utf8');
            const front = (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
            const headings = [...text.replace(/^---[\s\S]*?---/, '').matchAll(/^(#{2,3}) /gm)].map((m) => m[1]).join('');
            return { file: join(dir, f), id: f.replace(/\.mdx$/, ''), front, headings };
          })
      : [];
  const en = read(join(content, 'guide'));
  const tr = read(join(content, lang, 'guide'));
  const originals: Original[] = en.map((e) => ({ file: e.file, id: e.id, lastReviewed: new Date(String(e.front.lastReviewed)) }));
  const translations: Translation[] = tr.map((t) => ({ file: t.file, translationOf: String(t.front.translationOf), basedOn: new Date(String(t.front.basedOn)) }));
  const headings = tr.flatMap((t) => {
    const of = en.find((e) => e.id === t.front.translationOf);
    return of && of.headings !== t.headings
      ? [`${t.file}: its ## and ### headings (${t.headings.length}) do not match ${of.file} (${of.headings.length}) one for one, level by level.`]
      : [];
  });
  return { stale: staleTranslations(originals, translations), missing: untranslated(originals, translations), headings };
}
