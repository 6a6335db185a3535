// Schemas of the help lines and the privacy tools' words (content/helplines.yaml, privacy.yaml).
// Plain zod (see guide.ts for the reference arguments).
import { z } from 'astro/zod';
import { DIAL_PATTERN, showsWhatItDials } from '../lib/helplines';

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
export const helplineSchema = <S extends z.ZodType>(source: S) =>
  z
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
      source: source.optional(),
    })
    .refine((l) => Boolean(l.dial) === Boolean(l.display), { message: 'dial and display: give both or neither' })
    .refine((l) => !l.dial || !l.display || showsWhatItDials(l.display, l.dial), { message: 'display: must show the same digits as dial' })
    .refine((l) => Boolean(l.dial || l.web), { message: 'dial or web: a help line needs a number to call or a website' })
    .refine((l) => !l.primary || (Boolean(l.dial) && Boolean(l.label)), { message: 'primary: a big button needs a number (dial) and a label' });

/** Words for the privacy tools (content/privacy.yaml): quick exit, "remove this site", clearing history. */
export const privacySchema = z.discriminatedUnion('kind', [
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
  ]);
