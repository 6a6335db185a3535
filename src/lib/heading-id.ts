import GithubSlugger, { slug } from 'github-slugger';

/**
 * Letters without their accents: "¿Cuánto dura?" → "¿Cuanto dura?". Ids of non-English pages are
 * typed and shared as plain ASCII, so a link survives any keyboard, chat app or URL encoder.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A section id from its heading text, in ASCII: "¿Cuánto dura la abstinencia?" → "cuanto-dura-la-abstinencia". */
export function headingId(text: string): string {
  // github-slugger drops punctuation and keeps letters; without accents, what is left is ASCII for Latin scripts.
  return slug(withoutDiacritics(text).trim());
}

/** One page's ids: like headingId, but a repeated heading gets -1, -2… as Astro's built-in ids do. */
export function headingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(withoutDiacritics(text).trim());
}

/**
 * All the ids of one page's headings, in order, as the site gives them: Astro's own for English,
 * ASCII for other languages (used by npm run es:links to pair sections across languages).
 */
export function pageHeadingIds(texts: string[], lang: string): string[] {
  if (lang !== 'en') {
    const idFor = headingIds();
    return texts.map(idFor);
  }
  const slugger = new GithubSlugger();
  return texts.map((t) => slugger.slug(t));
}
