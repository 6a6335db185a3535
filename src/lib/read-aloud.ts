/**
 * Private read-aloud: the pure parts. The page reads itself with the browser's speechSynthesis,
 * using only a voice that runs on the device (localService), so no text leaves it. The page is read
 * section by section, in short utterances (some speech engines stop partway through long ones).
 */

/** What the browser's SpeechSynthesisVoice tells us (a subset, so tests can make their own). */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0];
const normal = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');

/**
 * The on-device voice to read a page in `pageLang` ("en", "en-US"): only voices with
 * localService === true and the page's language qualify. Among them, one for `preferred`
 * (e.g. "en-US", else the page's own tag) comes first, then the system default, then list order.
 * Undefined when there is none: the control is then not shown at all.
 */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string, preferred = pageLang): V | undefined {
  const language = primary(pageLang || 'en');
  const candidates = voices.filter((v) => v.localService === true && primary(v.lang) === language);
  const score = (v: V) => (normal(v.lang) === normal(preferred) ? 2 : 0) + (v.default ? 1 : 0);
  let best: V | undefined;
  for (const v of candidates) if (!best || score(v) > score(best)) best = v;
  return best;
}

/** One block of the page in reading order: a heading starts a section; text belongs to the last one. */
export interface Section {
  /** The heading's id (null for the top of the page: title, key points, summary). */
  id: string | null;
  heading: string;
  /** The section's paragraphs, list items and so on, as plain text. */
  blocks: string[];
}

export interface Utterance {
  sectionId: string | null;
  text: string;
}

/** Plain text as it is read: one space between words, no space before punctuation. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
}

/** Cuts text at sentence ends (then commas, then spaces) into pieces of at most `max` characters. */
export function chunkText(text: string, max = 220): string[] {
  const clean = cleanText(text);
  if (!clean) return [];
  if (clean.length <= max) return [clean];
  const sentences = clean.split(/(?<=[.!?]["”’)]?)\s+/);
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current) pieces.push(current);
    current = '';
  };
  for (const sentence of sentences.flatMap((s) => (s.length <= max ? [s] : splitLong(s, max)))) {
    if (current && current.length + 1 + sentence.length > max) flush();
    current = current ? `${current} ${sentence}` : sentence;
  }
  flush();
  return pieces;
}

function splitLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    cut = cut > max / 3 ? cut + 1 : window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * The page as a list of utterances, section by section: each section's heading on its own
 * (a natural pause), then its blocks in short pieces. Empty sections and blocks are skipped.
 */
export function utterancesFor(sections: readonly Section[], max = 220): Utterance[] {
  const out: Utterance[] = [];
  for (const section of sections) {
    const texts = [section.heading, ...section.blocks].flatMap((t) => chunkText(t, max));
    for (const text of texts) out.push({ sectionId: section.id, text });
  }
  return out;
}
