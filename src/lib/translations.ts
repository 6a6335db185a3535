import { join } from 'node:path';
import { readArticleFiles } from './article-files';
import { staleTranslations, untranslated, type Original, type Translation } from './i18n';

/**
 * Reads a content folder's English articles and their translations (content/<lang>/guide) and
 * says what is out of step: translations whose English original was reviewed again after the date
 * they follow, English articles with no translation, and translations whose headings no longer
 * match their original one for one (sections are paired by position across languages).
 */
export function translationProblems(content: string, lang = 'es'): { stale: string[]; missing: string[]; headings: string[] } {
  const read = (dir: string) =>
    readArticleFiles(dir).map((a) => ({ ...a, headings: [...a.body.matchAll(/^(#{2,3}) /gm)].map((m) => m[1]).join('') }));
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
