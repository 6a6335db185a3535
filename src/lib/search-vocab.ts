import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean …?" for searches that find little: the guide's own names for things (glossary terms
 * and their other names, medicines and brands, the words readers search with, headings) and every
 * word the search index holds. Built at build time into /search-terms.json; matched in the browser
 * with an edit distance, nothing sent anywhere.
 */
export interface Vocabulary {
  /** Names worth suggesting, lower case: "methadone", "suboxone", "fentanyl test strips". */
  terms: string[];
  /** Every other word of the indexed text (3+ letters), lower case: known words are never "corrected". */
  words: string[];
}

const SMALL = new Set('a an and are as at be but by can could do does did for from get got had has have he her him his how i if in into is it its me my no not of on or our she should so than that the their them then there these they this those to too up us was we were what when where which while who whom why will with would you your im ive dont cant isnt whats'.split(' '));

/** A query's words, lower case, apostrophes dropped ("what's" → "whats"). */
export const words = (s: string) => s.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function buildVocabulary(terms: Iterable<string>, text: Iterable<string>): Vocabulary {
  const t = new Set<string>();
  for (const term of terms) {
    const clean = words(term).join(' ');
    if (clean.length >= 3) t.add(clean);
  }
  const termWords = new Set([...t].flatMap((x) => x.split(' ')));
  const w = new Set<string>();
  for (const chunk of text) for (const word of words(chunk)) if (word.length >= 3 && !/\d/.test(word) && !termWords.has(word)) w.add(word);
  return { terms: [...t].sort(), words: [...w].sort() };
}

/** The largest edit distance that still counts as a misspelling of a word this long. */
export const tolerance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The nearest known spelling of a query, word by word, or null when every word is already known
 * (or nothing is near enough). Terms (drug and treatment names) are preferred over ordinary words.
 */
export function suggest(query: string, vocab: Vocabulary): string | null {
  const qWords = words(query);
  if (qWords.length === 0) return null;
  const termWords = [...new Set(vocab.terms.flatMap((t) => t.split(' ')))];
  const known = new Set([...termWords, ...vocab.words, ...SMALL]);
  // A whole query close to a multi-word term ("fentynal test strip") becomes that term.
  const joined = qWords.join(' ');
  if (qWords.length > 1 && !qWords.every((w) => known.has(w))) {
    const phrase = nearest(joined, vocab.terms.filter((t) => t.includes(' ')), tolerance(joined.length / 2));
    if (phrase) return phrase;
  }
  let changed = false;
  const out = qWords.map((w) => {
    if (known.has(w) || /\d/.test(w) || w.length < 3) return w;
    // A word that begins a known word is a search still being typed, not a misspelling.
    if (w.length >= 4 && termWords.some((t) => t.startsWith(w))) return w;
    const fix = nearest(w, termWords, tolerance(w.length)) ?? nearest(w, vocab.words, 1);
    if (fix) changed = true;
    return fix ?? w;
  });
  return changed ? out.join(' ') : null;
}

/** The closest candidate within maxDistance; ties go to the candidate sharing the first letter, then the shorter. */
export function nearest(word: string, candidates: string[], maxDistance: number): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > maxDistance) continue;
    const d = distance(word, c);
    if (d > maxDistance) continue;
    const score = d * 10 + (c[0] === word[0] ? 0 : 5) + c.length / 100;
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
