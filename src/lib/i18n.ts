/**
 * The guide's languages and how a page's address in one maps to the other. English lives at the
 * root, Spanish under /es/ with Spanish slugs. Articles map through their frontmatter
 * (`translationOf`); the site's own pages map through `pagePaths` below.
 */

export const languages = ['en', 'es'] as const;
export type Lang = (typeof languages)[number];

/**
 * The site's pages that are not articles, each with its Spanish page: English slug → Spanish slug
 * ('' is the home page). A page missing here would have no twin: its language switch would lead
 * to the other home page (tests/dist/languages.test.ts fails on that).
 */
export const pagePaths: Record<string, string> = {
  '': '',
  glossary: 'glosario',
  search: 'buscar',
  about: 'acerca-de',
  'self-check': 'autoevaluacion',
  'take-to-your-clinician': 'para-su-medico',
  sources: 'fuentes',
  privacy: 'privacidad',
  'overdose-card': 'tarjeta-de-sobredosis',
};

/** The words of the language switch, each in its own language. */
export const languageNames: Record<Lang, string> = { en: 'English', es: 'Español' };

/** A page's address: langPath('es', 'medicamentos') is /es/medicamentos/, langPath('en', '') is /. */
export function langPath(lang: Lang, slug: string): string {
  const prefix = lang === 'en' ? '' : `/${lang}`;
  return slug ? `${prefix}/${slug}/` : `${prefix}/`;
}

/** One of the site's own pages in a language, by its English slug: pagePath('es', 'glossary') is /es/glosario/. */
export function pagePath(lang: Lang, englishSlug: string): string {
  if (lang === 'en') return langPath('en', englishSlug);
  const slug = pagePaths[englishSlug];
  if (slug === undefined) throw new Error(`src/lib/i18n.ts: "${englishSlug}" has no ${lang} page in pagePaths.`);
  return langPath(lang, slug);
}

/** The language of an address: /es/… is Spanish, everything else English. */
export function langOf(path: string): Lang {
  return /^\/es(\/|$)/.test(path) ? 'es' : 'en';
}

/**
 * The same page in the other language, or null when it has none. `articles` maps English article
 * ids to Spanish slugs (from the Spanish articles' `translationOf`).
 */
export function counterpart(path: string, articles: Record<string, string>): string | null {
  const lang = langOf(path);
  const slug = path.replace(/^\/es(?=\/|$)/, '').replace(/^\/|\/$/g, '');
  if (lang === 'en') {
    if (slug in pagePaths) return langPath('es', pagePaths[slug]);
    return slug in articles ? langPath('es', articles[slug]) : null;
  }
  const page = Object.entries(pagePaths).find(([, es]) => es === slug);
  if (page) return langPath('en', page[0]);
  const article = Object.entries(articles).find(([, es]) => es === slug);
  return article ? langPath('en', article[0]) : null;
}

export interface Translation { file: string; translationOf: string; basedOn: Date }
export interface Original { file: string; id: string; lastReviewed: Date }

/**
 * Translations that have fallen behind: the English article was reviewed after the date the
 * translation says it follows. Each problem names both files.
 */
export function staleTranslations(originals: Original[], translations: Translation[]): string[] {
  const byId = new Map(originals.map((o) => [o.id, o]));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return translations.flatMap((t) => {
    const en = byId.get(t.translationOf);
    if (!en) return [`${t.file}: translationOf "${t.translationOf}" is not an English article in content/guide.`];
    if (en.lastReviewed.getTime() > t.basedOn.getTime())
      return [
        `${t.file} follows ${en.file} as of ${day(t.basedOn)}, but ${en.file} was reviewed again on ${day(en.lastReviewed)}: ` +
          `update the Spanish text, then set basedOn: ${day(en.lastReviewed)}.`,
      ];
    return [];
  });
}

/** English articles without a Spanish translation. */
export function untranslated(originals: Original[], translations: Translation[]): string[] {
  const done = new Set(translations.map((t) => t.translationOf));
  return originals.filter((o) => !done.has(o.id)).map((o) => o.file);
}
