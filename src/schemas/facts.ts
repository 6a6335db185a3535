// Schemas of the facts the guide cites and shows: sources, glossary, medications, the DSM-5-TR
// criteria and first aid. Plain zod (see guide.ts for the reference arguments).
import { z } from 'astro/zod';

/** Every reference, cited by id from article frontmatter and <Cite id="…" />. */
export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https$/, error: 'url: give a full https:// address' }),
  /** The year the page or paper shows; left out when the page shows no date. */
  year: z.number().int().min(1950).max(2100).optional(),
  /** How the source was checked: the day, and the stored copy that was read. An unchecked source fails the build. */
  checked: z.object(
    {
      on: z.coerce.date({ error: 'checked.on: give the day it was checked as YYYY-MM-DD' }),
      by: z.string().min(10, 'checked.by: say what was read, e.g. "stored copy at <address>"'),
    },
    { error: 'checked: record how this source was checked: checked: { on: YYYY-MM-DD, by: "stored copy at <address>" }' },
  ),
});

/** Plain-language definitions, one anchor each on /glossary/. Articles link a term's first use with <Term id="…">. */
export const glossarySchema = <G extends z.ZodType>(guide: G) =>
  z.object({
    term: z.string().min(2),
    definition: z.string().min(10).max(400, 'definition: keep it under 400 characters'),
    article: guide.optional(),
    /** Other names a reader may search for (brand names, slang). */
    alsoCalled: z.array(z.string()).default([]),
  });

/** The facts behind the medication comparison table. */
export const medicationSchema = <S extends z.ZodType>(source: S) =>
  z.object({
    name: z.string(),
    order: z.number().int().positive(),
    action: z.enum(['full agonist', 'partial agonist', 'antagonist']),
    whatItDoes: z.string(),
    brands: z.array(z.string()),
    howTaken: z.string(),
    whereToGet: z.string(),
    whenToStart: z.string(),
    watchFor: z.string(),
    evidence: z.string(),
    sources: z.array(source).min(1),
  });

/** The 11 DSM-5-TR signs of opioid use disorder in plain words, for the self-check page. */
export const criterionSchema = z.object({
  order: z.number().int().min(1).max(11, 'order: there are 11 criteria, numbered 1 to 11'),
  text: z.string().min(10, 'text: say the sign in plain words'),
  example: z.string().optional(),
  /** Tolerance and withdrawal: not counted when opioids are taken only as prescribed. */
  notCountedIfPrescribed: z.boolean().default(false),
});

/** First aid (content/first-aid.yaml): the overdose "Act now" steps and signs, shown on /overdose/ and the wallet card. */
export const firstAidSchema = <H extends z.ZodType>(helpline: H) =>
  z.object({
    title: z.string().min(10),
    steps: z
      .array(
        z.object({
          lead: z.string().min(3),
          /** A help line id (content/helplines.yaml): the lead becomes a tap-to-call link. */
          call: helpline.optional(),
          text: z.string().min(5),
          short: z.string().min(5).max(80, 'short: the wallet card has room for about 80 characters a step'),
        }),
      )
      .min(3)
      .max(6, 'steps: keep the urgent box to 6 steps or fewer'),
    signs: z.array(z.string().min(3)).min(3),
    cardLines: z.array(helpline).min(1).max(4, 'cardLines: the card has room for 4 help lines'),
  });
