import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { DIAL_PATTERN, showsWhatItDials } from './lib/helplines';

const base = contentDir();

/** One article of the guide: content/guide/<slug>.mdx. The slug is the page URL. */
const guideSchema = z.object({
    title: z.string().min(3, 'title: give the article a title'),
    description: z
      .string()
      .min(20, 'description: write one sentence of at least 20 characters')
      .max(160, 'description: keep it to 160 characters or fewer (it is shown in search engines and link previews)'),
    order: z.number().int().positive('order: a whole number from 1 up, the place in the reading order'),
    lastReviewed: z.coerce.date({ error: 'lastReviewed: give a date as YYYY-MM-DD' }),
    sources: z.array(reference('sources')).min(1, 'sources: cite at least one source id from content/sources.yaml'),
    searchTerms: z.array(z.string()).default([]),
    /** Old heading ids that must keep landing on a renamed section: { old-id: new-id }. */
    anchorAliases: z.record(z.string(), z.string()).default({}),
    /** Old URLs (without slashes) of this page: each becomes a redirect to it. */
    aliases: z.array(z.string()).default([]),
    /** 3 to 5 one-sentence points shown in a box under the title (to become required). */
    keyPoints: z
      .array(
        z
          .string()
          .min(10, 'keyPoints: each point is one full sentence')
          .max(200, 'keyPoints: keep each point to one short sentence (200 characters or fewer)')
          .refine((p) => /[.!?]["”’)]?$/.test(p.trim()) && !/[.!?]["”’)]?\s+[A-Z]/.test(p.trim()), {
            message: 'keyPoints: each point is exactly one sentence, ending with a full stop',
          }),
      )
      .min(3, 'keyPoints: give 3 to 5 points')
      .max(5, 'keyPoints: give 3 to 5 points')
      .optional(),
    /** First aid shown in an urgent box right under the title (content/first-aid.yaml), e.g. overdose. */
    firstAid: reference('firstAid').optional(),
    /** Articles to read next, listed under "Related" at the end (ids of content/guide files). */
    related: z.array(reference('guide')).default([]),
});
const guide = defineCollection({
  // deferRender: compile each article when its page renders, not all up front (memory on big guides).
  loader: glob({ pattern: '*.mdx', base: `${base}/guide`, deferRender: true }),
  schema: guideSchema,
});

/** Words of the article page's reading tools (content/reading.yaml): one entry, `article`. */
const reading = defineCollection({
  loader: file(`${base}/reading.yaml`),
  schema: z.object({
    keyPoints: z.string().min(2),
    related: z.string().min(2),
    print: z.string().min(2),
    listen: z.string().min(2),
    pause: z.string().min(2),
    resume: z.string().min(2),
    stop: z.string().min(2),
    listenHint: z.string().min(10),
    reading: z.string().min(2),
    highlighted: z.string().min(5),
    clearHighlights: z.string().min(5),
    closeHighlights: z.string().min(5),
    printedFrom: z.string().min(5),
  }),
});

/** Every reference, cited by id from article frontmatter and <Cite id="…" />. */
const sources = defineCollection({
  loader: file(`${base}/sources.yaml`),
  schema: z.object({
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
  }),
});

/** Plain-language definitions, one anchor each on /glossary/. Articles link a term's first use with <Term id="…">. */
const glossary = defineCollection({
  loader: file(`${base}/glossary.yaml`),
  schema: z.object({
    term: z.string().min(2),
    definition: z.string().min(10).max(400, 'definition: keep it under 400 characters'),
    article: reference('guide').optional(),
    /** Other names a reader may search for (brand names, slang). */
    alsoCalled: z.array(z.string()).default([]),
  }),
});

/** The facts behind the medication comparison table. */
const medications = defineCollection({
  loader: file(`${base}/medications.yaml`),
  schema: z.object({
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
    sources: z.array(reference('sources')).min(1),
  }),
});

/** The 11 DSM-5-TR signs of opioid use disorder in plain words, for the self-check page. */
const criteria = defineCollection({
  loader: file(`${base}/criteria.yaml`),
  schema: z.object({
    order: z.number().int().min(1).max(11, 'order: there are 11 criteria, numbered 1 to 11'),
    text: z.string().min(10, 'text: say the sign in plain words'),
    example: z.string().optional(),
    /** Tolerance and withdrawal: not counted when opioids are taken only as prescribed. */
    notCountedIfPrescribed: z.boolean().default(false),
  }),
});

/** Pages about the site itself (About): content/pages/<slug>.mdx, rendered at /<slug>/. */
const pagesSchema = z.object({
  title: z.string().min(3, 'title: give the page a title'),
  description: z.string().min(20).max(160, 'description: keep it to 160 characters or fewer'),
  lastReviewed: z.coerce.date({ error: 'lastReviewed: give a date as YYYY-MM-DD' }),
});
const pages = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/pages` }), schema: pagesSchema });

/** A number shown and dialled: the reader must see exactly the digits the link dials. */
const dialable = z
  .object({
    display: z.string().min(3),
    dial: z.string().regex(DIAL_PATTERN, 'dial: digits only, 3 to 15 of them (what the phone dials)'),
  })
  .refine((n) => showsWhatItDials(n.display, n.dial), { message: 'display: must show the same digits as dial' });

/**
 * The help lines (content/helplines.yaml): the "Get help now" band on every page and the numbers
 * other pages offer. Each number is checked against the service's own page, named in `source`.
 */
const helplines = defineCollection({
  loader: file(`${base}/helplines.yaml`),
  schema: z
    .object({
      order: z.number().int().positive(),
      /** One of the (at most 3) big buttons in the band; the rest show under "More ways to get help". */
      primary: z.boolean().default(false),
      /** Said in words too (the band reads "Urgent:" to screen readers); this also colours it. */
      urgent: z.boolean().default(false),
      name: z.string().min(3),
      /** A word or two under the number on the big button. */
      label: z.string().min(3).max(16, 'label: keep it to 16 characters, it sits under the number on a phone').optional(),
      display: z.string().min(3).optional(),
      dial: z.string().regex(DIAL_PATTERN, 'dial: digits only, 3 to 15 of them (what the phone dials)').optional(),
      note: z.string().min(10),
      spanish: z.string().optional(),
      tty: dialable.optional(),
      /** Text messages: "<before> <display> <after>", the display linked with sms:. */
      texts: z
        .array(
          z
            .object({
              before: z.string(),
              display: z.string(),
              /** The code in letters, shown in brackets: 435748 (HELP4U). */
              spelled: z.string().optional(),
              dial: z.string().regex(DIAL_PATTERN, 'dial: digits only'),
              after: z.string().default(''),
            })
            .refine((t) => showsWhatItDials(t.display, t.dial), { message: 'texts.display: must show the same digits as dial' }),
        )
        .default([]),
      /** Menu choices when you call ("press 1 …"). */
      options: z.array(z.string()).default([]),
      chat: z.object({ href: z.url({ protocol: /^https$/ }), text: z.string() }).optional(),
      web: z.object({ href: z.url({ protocol: /^https$/ }), text: z.string() }).optional(),
      /** A page of this site with more (e.g. /overdose/). */
      link: z.object({ href: z.string().regex(/^\/[a-z0-9/-]*$/, 'link.href: a path on this site, like /overdose/'), text: z.string() }).optional(),
      source: reference('sources').optional(),
    })
    .refine((l) => Boolean(l.dial) === Boolean(l.display), { message: 'dial and display: give both or neither' })
    .refine((l) => !l.dial || !l.display || showsWhatItDials(l.display, l.dial), { message: 'display: must show the same digits as dial' })
    .refine((l) => Boolean(l.dial || l.web), { message: 'dial or web: a help line needs a number to call or a website' })
    .refine((l) => !l.primary || (Boolean(l.dial) && Boolean(l.label)), { message: 'primary: a big button needs a number (dial) and a label' }),
});

/** Words for the privacy tools (content/privacy.yaml): quick exit, "remove this site", clearing history. */
const privacy = defineCollection({
  loader: file(`${base}/privacy.yaml`),
  schema: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('exit'),
      label: z.string().min(3),
      destination: z.url({ protocol: /^https$/, error: 'destination: a full https:// address of a neutral page' }),
      pressAgain: z.string(),
      leaving: z.string(),
      explain: z.array(z.string()).min(1),
    }),
    z.object({
      kind: z.literal('forget'),
      heading: z.string(),
      intro: z.string(),
      button: z.string(),
      noScript: z.string(),
      working: z.string(),
      removedTheme: z.string(),
      noTheme: z.string(),
      removedOffline: z.string(),
      noOffline: z.string(),
      failed: z.string(),
      after: z.string(),
    }),
    z.object({
      kind: z.literal('browser'),
      order: z.number().int().positive(),
      name: z.string(),
      steps: z.array(z.string()).min(1),
      private: z.string(),
    }),
  ]),
});

/** First aid (content/first-aid.yaml): the overdose "Act now" steps and signs, shown on /overdose/ and the wallet card. */
const firstAid = defineCollection({
  loader: file(`${base}/first-aid.yaml`),
  schema: z.object({
    title: z.string().min(10),
    steps: z
      .array(
        z.object({
          lead: z.string().min(3),
          /** A help line id (content/helplines.yaml): the lead becomes a tap-to-call link. */
          call: reference('helplines').optional(),
          text: z.string().min(5),
          short: z.string().min(5).max(80, 'short: the wallet card has room for about 80 characters a step'),
        }),
      )
      .min(3)
      .max(6, 'steps: keep the urgent box to 6 steps or fewer'),
    signs: z.array(z.string().min(3)).min(3),
    cardLines: z.array(reference('helplines')).min(1).max(4, 'cardLines: the card has room for 4 help lines'),
  }),
});

// ---------- The Spanish edition: content/es/, the same shapes with translated words ----------

const es = `${base}/es`;
/** What a translation follows: the English original and the day it was last checked against it. */
const translation = {
  translationOf: reference('guide'),
  basedOn: z.coerce.date({ error: 'basedOn: the lastReviewed date of the English article this translation follows, as YYYY-MM-DD' }),
};

/** content/es/guide/<spanish-slug>.mdx: a translation of content/guide/<translationOf>.mdx, at /es/<spanish-slug>/. */
const guideEs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${es}/guide`, deferRender: true }),
  schema: guideSchema.omit({ anchorAliases: true, aliases: true }).extend(translation),
});
/** Spanish versions of cited sources, by the English source id (only where the publisher has the same page in Spanish). */
const sourcesEs = defineCollection({
  loader: file(`${es}/sources.yaml`),
  schema: z.object({
    title: z.string().min(3),
    url: z.url({ protocol: /^https$/, error: 'url: give a full https:// address' }),
    checked: z.object({ on: z.coerce.date(), by: z.string().min(10) }),
  }),
});
/** Spanish copy files: the same schema as the English file of the same name (same ids, translated words). */
const glossaryEs = defineCollection({ loader: file(`${es}/glossary.yaml`), schema: glossary.schema });
const medicationsEs = defineCollection({ loader: file(`${es}/medications.yaml`), schema: medications.schema });
const criteriaEs = defineCollection({ loader: file(`${es}/criteria.yaml`), schema: criteria.schema });
const helplinesEs = defineCollection({ loader: file(`${es}/helplines.yaml`), schema: helplines.schema });
const privacyEs = defineCollection({ loader: file(`${es}/privacy.yaml`), schema: privacy.schema });
const readingEs = defineCollection({ loader: file(`${es}/reading.yaml`), schema: reading.schema });
const firstAidEs = defineCollection({ loader: file(`${es}/first-aid.yaml`), schema: firstAid.schema });
const pagesEs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${es}/pages` }),
  schema: pagesSchema.extend({ translationOf: z.string(), basedOn: translation.basedOn }),
});

export const collections = {
  guide, sources, glossary, medications, criteria, pages, helplines, privacy, reading, firstAid,
  guideEs, sourcesEs, glossaryEs, medicationsEs, criteriaEs, helplinesEs, privacyEs, readingEs, firstAidEs, pagesEs,
};
