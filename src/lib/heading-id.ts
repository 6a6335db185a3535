import GithubSlugger from 'github-slugger';

/**
 * The ids of a page's headings, in order, as Astro gives them (github-slugger: lowercase, spaces
 * to hyphens, punctuation out, a repeat gets -1, -2…). On Spanish pages the accents are dropped too
 * ("¿Cuánto dura?" → cuanto-dura), so a shared link stays readable when a chat app escapes it.
 */
export function headingIds(texts: string[], lang: string): string[] {
  const slugger = new GithubSlugger();
  return texts.map((t) => slugger.slug(lang === 'en' ? t : plain(t)));
}

/** Text without accents or the tilde of ñ: "señales" → "senales". */
export const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
