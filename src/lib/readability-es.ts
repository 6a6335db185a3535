/**
 * Readability of Spanish text: the INFLESZ scale (Barrio-Cantalejo 2008), which reads the
 * Szigriszt-Pazos perspicuity formula, 206.835 − 62.3 × syllables/words − words/sentences, on a
 * scale validated on Spanish health texts for patients: below 40 very hard, 40–55 somewhat hard,
 * 55–65 normal, 65–80 fairly easy, 80 and up very easy. No maintained npm package does this
 * (the one Spanish syllable splitter ships its test runner as a dependency), hence this small one.
 */

const STRONG = 'aeoáéóíú'; // accented i/u break a diphthong: "día" is dí-a
const VOWEL = /[aeiouáéíóúü]/;

/** Syllables of one Spanish word: one per vowel nucleus; two vowels share a nucleus unless both are strong. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  // A final y after a vowel ("muy", "hoy", "estoy") is part of the vowel's nucleus; elsewhere y is a consonant,
  // except on its own ("y" = "and").
  if (w === 'y') return 1;
  let count = 0;
  let prev = '';
  for (const ch of w) {
    if (!VOWEL.test(ch)) {
      prev = '';
      continue;
    }
    // Hiatus: two strong vowels side by side are two syllables ("po-e-ta", "he-ro-í-na").
    if (!prev || (STRONG.includes(prev) && STRONG.includes(ch))) count++;
    prev = ch;
  }
  return Math.max(1, count);
}

export interface Counts { sentences: number; words: number; syllables: number }

/** Sentences, words and syllables of plain text (no markup). */
export function countSpanish(text: string): Counts {
  const words = text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+/g) ?? [];
  // A sentence ends at . ! ? … or a colon/semicolon before a new line; list items without a full stop count too.
  const sentences = text
    .split(/[.!?…]+(?:\s|$)|\n\s*\n|\n\s*[-*]\s/)
    .filter((s) => /[A-Za-zÁÉÍÓÚáéíóúñ]/.test(s)).length;
  return { sentences: Math.max(1, sentences), words: words.length, syllables: words.reduce((n, w) => n + syllables(w), 0) };
}

/** The INFLESZ score (Szigriszt-Pazos perspicuity) of Spanish text: higher is easier. */
export function inflesz(text: string): number {
  const c = countSpanish(text);
  if (c.words === 0) return 100;
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** The INFLESZ band a score falls in. */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}
