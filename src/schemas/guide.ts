// Schemas of the guide's articles and the site's own pages (content/guide/*.mdx, content/pages/*.mdx).
// Plain zod, so unit tests can safeParse fixtures without Astro; links to other collections come
// in as arguments (astro:content's reference() in src/content.config.ts, a plain id string in tests;
// one type parameter each, so Astro's entry types come through).
import { z } from 'astro/zod';

/** One key point: exactly one short sentence. */
const keyPoint = z
  .string()
  .min(10, 'keyPoints: each point is one full sentence')
  .max(200, 'keyPoints: keep each point to one short sentence (200 characters or fewer)')
  .refine((p) => /[.!?]["”’)]?$/.test(p.trim()) && !/[.!?]["”’)]?\s+[A-Z]/.test(p.trim()), {
    message: 'keyPoints: each point is exactly one sentence, ending with a full stop',
  });

/** One article of the guide: content/guide/<slug>.mdx. The slug is the page URL. */
export const guideSchema = <S extends z.ZodType, G extends z.ZodType, F extends z.ZodType>(ref: { sources: S; guide: G; firstAid: F }) =>
  z.object({
    title: z.string().min(3, 'title: give the article a title'),
    description: z
      .string()
      .min(20, 'description: write one sentence of at least 20 characters')
      .max(160, 'description: keep it to 160 characters or fewer (it is shown in search engines and link previews)'),
    order: z.number().int().positive('order: a whole number from 1 up, the place in the reading order'),
    lastReviewed: z.coerce.date({ error: 'lastReviewed: give a date as YYYY-MM-DD' }),
    sources: z.array(ref.sources).min(1, 'sources: cite at least one source id from content/sources.yaml'),
    searchTerms: z.array(z.string()).default([]),
    /** Old heading ids that must keep landing on a renamed section: { old-id: new-id }. */
    anchorAliases: z.record(z.string(), z.string()).default({}),
    /** Old URLs (without slashes) of this page: each becomes a redirect to it. */
    aliases: z.array(z.string()).default([]),
    /** 3 to 5 one-sentence points shown in a box under the title (to become required). */
    keyPoints: z.array(keyPoint).min(3, 'keyPoints: give 3 to 5 points').max(5, 'keyPoints: give 3 to 5 points').optional(),
    /** First aid shown in an urgent box right under the title (content/first-aid.yaml), e.g. overdose. */
    firstAid: ref.firstAid.optional(),
    /** Articles to read next, listed under "Related" at the end (ids of content/guide files). */
    related: z.array(ref.guide).default([]),
  });

/** Pages about the site itself (About): content/pages/<slug>.mdx, rendered at /<slug>/. */
export const pageSchema = z.object({
  title: z.string().min(3, 'title: give the page a title'),
  description: z.string().min(20).max(160, 'description: keep it to 160 characters or fewer'),
  lastReviewed: z.coerce.date({ error: 'lastReviewed: give a date as YYYY-MM-DD' }),
});

/** What a translation records about its English original, so it cannot silently fall behind. */
export const translationFields = <G extends z.ZodType>(original: G) => ({
  /** The English file it translates (content/guide/<id>.mdx or content/pages/<id>.mdx). */
  translationOf: original,
  /** The English original's lastReviewed date that this translation was last checked against. */
  basedOn: z.coerce.date({ error: 'basedOn: the lastReviewed date of the English original this translation follows, as YYYY-MM-DD' }),
});

/** A Spanish source page: the same page as an English source, from the same publisher, in Spanish. */
export const translatedSourceSchema = z.object({
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/, error: 'url: give a full https:// address' }),
  checked: z.object({ on: z.coerce.date(), by: z.string().min(10, 'checked.by: say what was read') }),
});
