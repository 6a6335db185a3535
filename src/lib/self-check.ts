/**
 * The private self-check (/self-check/): how ticked signs are counted, what band a count falls in
 * (DSM-5-TR: at least 2 of 11 signs in 12 months; 2–3 mild, 4–5 moderate, 6 or more severe), and
 * the words for a result, put together from content/self-check.yaml. Pure functions: the page and
 * its script render them.
 */
import { telHref, type Dialable } from './helplines';
import { fill } from './inline';

export const bandsInOrder = ['below', 'mild', 'moderate', 'severe'] as const;
export type Band = (typeof bandsInOrder)[number];

/** What the count needs to know about a ticked sign. */
export interface Sign {
  /** Tolerance and withdrawal: not counted when opioids are taken only as prescribed. */
  notCountedIfPrescribed: boolean;
}

/** How many ticked signs count toward a diagnosis. */
export function countSigns(ticked: readonly Sign[], onlyAsPrescribed: boolean): number {
  return ticked.filter((s) => !(onlyAsPrescribed && s.notCountedIfPrescribed)).length;
}

/** The result band for a count of signs. */
export function bandFor(count: number): Band {
  if (!Number.isInteger(count) || count < 0) throw new Error(`A count of signs must be a whole number from 0 up, not ${count}`);
  if (count < 2) return 'below';
  if (count < 4) return 'mild';
  if (count < 6) return 'moderate';
  return 'severe';
}

/** The words `summary` needs (content/self-check.yaml `summary`, and each band's `meaning`). */
export interface SummaryWords {
  ticked: string;
  setAside: string;
  one: string;
  many: string;
  notDiagnosis: string;
  meanings: Record<Band, string>;
}

/**
 * The sentence read out after each tick. `ticked` is every box ticked; `counted` is what counts
 * (fewer when tolerance or withdrawal are set aside for prescribed use).
 */
export function summary(ticked: number, counted: number, total: number, words: SummaryWords): string {
  const parts = [fill(words.ticked, { ticked, total })];
  if (ticked - counted > 0) {
    const signs = fill(counted === 1 ? words.one : words.many, { n: counted });
    parts.push(fill(words.setAside, { counted: signs }));
  }
  parts.push(words.meanings[bandFor(counted)]);
  parts.push(words.notDiagnosis);
  return parts.join(' ');
}

/** The help lines the next steps offer (from content/helplines.yaml: `samhsa` and `lifeline`). */
export interface StepLines {
  samhsa: Dialable & { display: string };
  crisis: Dialable & { display: string };
}

/** The words of the next steps (content/self-check.yaml): each band's list of step ids, and the steps. */
export interface StepWords {
  bands: Record<Band, { steps: string[] }>;
  steps: Record<string, string>;
}

/** What the reader can do next, for a result band: copy with `{samhsa}` and `{crisis}` made call links. */
export function nextSteps(band: Band, words: StepWords, { samhsa, crisis }: StepLines): string[] {
  const call = (l: StepLines['samhsa']) => `[${l.display}](${telHref(l)})`;
  return words.bands[band].steps.map((id) => {
    const step = words.steps[id];
    if (step === undefined) throw new Error(`content/self-check.yaml: bands.${band}.steps names "${id}", which is not in steps`);
    return fill(step, { samhsa: call(samhsa), crisis: call(crisis) });
  });
}
