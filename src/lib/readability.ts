// text-readability ships no types; its default export is a Readability instance.
// @ts-expect-error -- untyped package
import readability from 'text-readability';
import { plainText } from './reading';

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
