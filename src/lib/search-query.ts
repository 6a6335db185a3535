/**
 * What a reader types, made into what Pagefind is asked. Pagefind returns only sections that hold
 * every word searched for, so:
 * 1. words that carry no topic ("I", "my", "the", "can") are dropped;
 * 2. if that finds too little, other names are swapped for plain ones ("suboxone" → "buprenorphine");
 * 3. if that still finds too little, sections holding most of the words follow, rarer words
 *    counting for more (each word is still searched, and ranked, by Pagefind).
 */
const FILLER: Record<string, Set<string>> = {
  en: new Set(
    ('a about am an and any are as at be been but by can could did do does doing for from had has have he her him his ' +
      'i if im in into is it its ive just me might my of on or our please she should so some someone someones something ' +
      'take taking than that the their them then these they this those to too us very was we were while will with would you your youre').split(' '),
  ),
  es: new Set(
    ('a al algo alguien como con de del el ella ellas ellos en entre era es esa ese eso esta estaba estar este esto estoy fue ha hay la las le les lo los ' +
      'me mi mis muy no o para pero por puede puedo que se ser si sin sobre su sus te tengo tiene tu tus un una uno unos usted y ya yo').split(' '),
  ),
};

/**
 * Question words help when a heading says them ("What to do", "Where to get it") but must not be
 * required: a section that answers "when can I start" may never say "when".
 */
const QUESTION: Record<string, Set<string>> = {
  en: new Set(['what', 'when', 'where', 'which', 'who', 'why', 'how']),
  es: new Set(['qué', 'que', 'cuándo', 'cuando', 'dónde', 'donde', 'cuál', 'cual', 'quién', 'quien', 'por', 'cómo', 'cuánto', 'cuanto']),
};
const forLang = (table: Record<string, Set<string>>, lang: string) => table[lang] ?? table.en;

/** Ranking used by every search (see Pagefind's "Customize ranking" docs); tuned on tests/search/queries.yaml. */
export const ranking = {
  // Sections are short and alike in length: let a section with more uses of the words win.
  pageLength: 0.3,
  termFrequency: 0.6,
  termSaturation: 1.2,
  // "subs" is someone's word for Suboxone, not the start of "substance".
  termSimilarity: 3,
  // A section's heading says what it is about (an h3's, less); a topic is a glossary term or medicine
  // whose home the section is; aliases are readers' words for it; a glossary entry explains a word.
  metaWeights: { title: 6, subtitle: 4, topic: 6, aliases: 4, term: 3, section: 1.5, page: 1 },
};

/** The words of a query, lowercased, letters of any language kept ("¿Cuánto dura?" → cuánto, dura). */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words to search for: the query without filler words, or the query itself if that is all it has. */
export function searchTerms(query: string, lang = 'en'): string {
  const all = queryWords(query);
  const filler = forLang(FILLER, lang);
  const topic = all.filter((w) => !filler.has(w));
  return (topic.length ? topic : all).join(' ');
}

/** The query with other names swapped for plain ones, or null when it has none. */
export function withPlainNames(terms: string, synonyms: Record<string, string>): string | null {
  const words = terms.split(' ');
  const swapped = words.map((w) => synonyms[w] ?? w);
  return swapped.some((w, i) => w !== words[i]) ? swapped.join(' ') : null;
}

export interface Hit { id: string; score: number }
export type Search<R extends Hit> = (terms: string) => Promise<R[]>;

/** Fewer results than this, and the search widens (steps 2 and 3 above). */
export const ENOUGH = 3;

/** A plain name's score counts at this share, added to the reader's own word's score. */
export const PLAIN = 0.6;

/** A section that holds the words side by side, as typed, gets this share of its phrase score on top. */
export const PHRASE = 1;
/** Longer queries are questions, not names: no phrase search for them. */
const PHRASE_MAX = 5;

/** Words on more than this share of all sections say little about which one is meant. */
export const COMMON = 0.25;

/**
 * The results for a query, best first. Pagefind's own order for the query's topic words; a word
 * found on a quarter of all sections ("heroin", "treatment") is left out when rarer words remain;
 * other names are searched as their plain names too, merged by Pagefind's score. If that finds too
 * little, sections holding most of the words follow.
 */
export async function rankedSearch<R extends Hit>(
  query: string,
  search: Search<R>,
  synonyms: () => Promise<Record<string, string>>,
  total: () => Promise<number>,
  lang = 'en',
): Promise<R[]> {
  const terms = searchTerms(query, lang);
  const question = forLang(QUESTION, lang);
  if (!terms) return [];
  const all = [...new Set(terms.split(' '))];
  const asked = all.filter((w) => question.has(w));
  let words = all.filter((w) => !question.has(w));
  if (words.length === 0) [words, asked.length] = [all, 0];
  const each = new Map<string, R[]>();
  const single = async (w: string) => each.get(w) ?? each.set(w, await search(w)).get(w)!;
  if (words.length > 1) {
    const n = await total();
    const counts = new Map(await Promise.all(words.map(async (w) => [w, (await single(w)).length] as const)));
    // A word found nowhere ("my brother overdosed") would make the whole search find nothing.
    const known = words.filter((w) => counts.get(w)! > 0);
    if (known.length > 0) words = known;
    const rare = words.filter((w) => counts.get(w)! <= COMMON * n);
    if (rare.length > 0 && rare.length < words.length) words = rare;
  }
  const plain = words.some((w) => /\p{L}{4}/u.test(w)) ? withPlainNames(words.join(' '), await synonyms().catch(() => ({}))) : null;
  // The topic words, with and without the question words (the better of the two counts); and the
  // same with plain names, added at a discount: a section naming both "Suboxone" and
  // "buprenorphine" is the most on topic.
  const variants = (v: string) => (asked.length ? [v, `${asked.join(' ')} ${v}`] : [v]);
  const best = new Map<string, { r: R; score: number }>();
  for (const [base, factor] of plain ? ([[words.join(' '), 1], [plain, PLAIN]] as const) : ([[words.join(' '), 1]] as const)) {
    const top = new Map<string, R>();
    for (const v of variants(base)) for (const r of await search(v)) if ((top.get(r.id)?.score ?? -1) < r.score) top.set(r.id, r);
    for (const r of top.values()) {
      const b = best.get(r.id);
      best.set(r.id, { r: b?.r ?? r, score: (b?.score ?? 0) + r.score * factor });
    }
  }
  // The words as typed, side by side ("methadone clinic"), count again where a section says them so.
  const typed = queryWords(query);
  if (typed.length > 1 && typed.length <= PHRASE_MAX) {
    for (const phrase of new Set([typed.join(' '), terms])) {
      if (phrase.split(' ').length < 2) continue;
      for (const r of await search(`"${phrase}"`)) {
        const b = best.get(r.id);
        best.set(r.id, { r: b?.r ?? r, score: (b?.score ?? 0) + r.score * PHRASE });
      }
    }
  }
  const out = new Map<string, R>();
  const add = (rs: R[]) => rs.forEach((r) => out.has(r.id) || out.set(r.id, r));
  add([...best.values()].sort((a, b) => b.score - a.score).map((x) => x.r));
  if (plain) words = [...new Set([...words, ...plain.split(' ')])];
  if (out.size >= ENOUGH || words.length < 2) return [...out.values()];
  // Too little: a section's worth is the summed rarity of the words it holds, then Pagefind's scores.
  const n = await total();
  const lists = await Promise.all(words.map(single));
  const worth = new Map<string, { r: R; rarity: number; score: number }>();
  lists.forEach((rs) => {
    const rarity = Math.log((n + 1) / (1 + rs.length));
    for (const r of rs) {
      const w = worth.get(r.id) ?? { r, rarity: 0, score: 0 };
      w.rarity += rarity;
      w.score += r.score;
      worth.set(r.id, w);
    }
  });
  add([...worth.values()].sort((a, b) => b.rarity - a.rarity || b.score - a.score).map((w) => w.r));
  return [...out.values()];
}
