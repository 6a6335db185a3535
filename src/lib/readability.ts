// text-readability ships no types; its default export is a Readability instance.
// @ts-expect-error -- untyped package
import readability from 'text-readability';
import { plainText } from './reading';
import { plain } from './inline';

const r = readability as { fleschKincaidGrade(text: string): number };

/** Flesch-Kincaid grade of an article's body as a reader sees it (markup, citations and tables removed). */
export function gradeOfMdx(mdxBody: string): number {
  return r.fleschKincaidGrade(plainText(proseOnly(mdxBody)));
}

/** Flesch-Kincaid grade of one plain sentence (an article's key points are measured one by one). */
export function gradeOfSentence(sentence: string): number {
  return r.fleschKincaidGrade(sentence);
}

/** Headings and list items are fragments without full stops; end each so they count as sentences. */
export function proseOnly(mdxBody: string): string {
  return mdxBody
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('import ') && !line.startsWith('|'))
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join('\n');
}

/**
 * The words of a copy file (content/ui.yaml, self-check.yaml, …) as prose to measure: every string
 * a reader sees, link marks removed, `{placeholders}` read as "it", each ended as a sentence.
 * Not measured: addresses (`href`), ids and `kind`s, and one-word values in small letters (ids of steps).
 */
export function copyProse(doc: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (['href', 'id', 'kind', 'primary'].includes(key) || /^[a-z][\w-]*$/.test(value)) return;
      const line = plain(value).replace(/\{\w+\}/g, 'it').trim();
      out.push(/[.!?:]$/.test(line) ? line : `${line}.`);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(doc, '');
  return out.join('\n');
}

/** Flesch-Kincaid grade of a copy file's words (see copyProse). */
export const gradeOfCopy = (doc: unknown): number => r.fleschKincaidGrade(copyProse(doc));
