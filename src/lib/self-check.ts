/**
 * The private self-check (/self-check/): how ticked signs are counted, what a count means
 * (DSM-5-TR: at least 2 of 11 signs in 12 months; 2–3 mild, 4–5 moderate, 6 or more severe),
 * and the next steps offered for each result. Pure functions: the page and its script render them.
 */
import { telHref, type Dialable } from './helplines';

export type Band = 'below' | 'mild' | 'moderate' | 'severe';

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

export interface BandInfo {
  band: Band;
  /** The counts it covers, in words: "2 or 3 signs". */
  range: string;
  /** What the count means, one sentence. */
  meaning: string;
}

export const bands: readonly BandInfo[] = [
  { band: 'below', range: '0 or 1 sign', meaning: 'This is fewer than the 2 needed for a diagnosis of opioid use disorder.' },
  { band: 'mild', range: '2 or 3 signs', meaning: 'This is in the range a clinician would call mild opioid use disorder.' },
  { band: 'moderate', range: '4 or 5 signs', meaning: 'This is in the range a clinician would call moderate opioid use disorder.' },
  { band: 'severe', range: '6 or more signs', meaning: 'This is in the range a clinician would call severe opioid use disorder.' },
];

export const bandInfo = (band: Band): BandInfo => bands.find((b) => b.band === band)!;

const signs = (n: number) => `${n} ${n === 1 ? 'sign' : 'signs'}`;

/**
 * The sentence read out after each tick. `ticked` is every box ticked; `counted` is what counts
 * (fewer when tolerance or withdrawal are set aside for prescribed use).
 */
export function summary(ticked: number, counted: number, total: number): string {
  const setAside = ticked - counted;
  const parts = [`You ticked ${ticked} of the ${total} signs.`];
  if (setAside > 0) {
    parts.push(`${signs(counted)} count: tolerance and withdrawal do not count when you take opioids only as prescribed.`);
  }
  parts.push(bandInfo(bandFor(counted)).meaning);
  parts.push('This is not a diagnosis. Only a clinician can make one.');
  return parts.join(' ');
}

/** One next step: words, optionally with one link in the middle. */
export interface Step {
  text: string;
  link?: { href: string; label: string };
  after?: string;
}

/** The help lines the next steps offer (from content/helplines.yaml: `samhsa` and `lifeline`). */
export interface StepLines {
  samhsa: Dialable & { display: string };
  crisis: Dialable & { display: string };
}

function stepsFor({ samhsa, crisis }: StepLines) {
  return {
    talkIfWorried: {
      text: 'If you are worried about your use, or someone else\u2019s, you can still talk with a doctor, nurse or counselor.',
    },
    talk: {
      text: 'Talk with a doctor, nurse or counselor about the signs you ticked. They can tell you whether this is opioid use disorder and what care fits you.',
    },
    talkSoon: {
      text: 'Talk with a doctor, nurse or counselor soon. Treatment can help at every level, from mild to severe.',
    },
    helpline: {
      text: 'Call the SAMHSA National Helpline at',
      link: { href: telHref(samhsa), label: samhsa.display },
      after: '. It is free and confidential, open day and night, in English and Spanish. They can point you to treatment near you.',
    },
    helplineToday: {
      text: 'Reach out today. Call the SAMHSA National Helpline at',
      link: { href: telHref(samhsa), label: samhsa.display },
      after: ' (free, confidential, open day and night, English and Spanish) to find treatment near you.',
    },
    findTreatment: {
      text: 'Search for a program near you on',
      link: { href: 'https://findtreatment.gov/', label: 'FindTreatment.gov' },
      after: '. You can look for places that offer medication and that take your kind of payment.',
    },
    medications: {
      text: 'Read about',
      link: { href: '/medications/', label: 'the medications for opioid addiction' },
      after: '. Methadone and buprenorphine cut the risk of dying by about half.',
    },
    aboutDisorder: {
      text: 'Read',
      link: { href: '/heroin-use-disorder/', label: 'what opioid use disorder is and how it is diagnosed' },
      after: '.',
    },
    noNeedToQuitFirst: {
      text: 'You do not have to stop using before you ask for help. A methadone clinic can start you even if you are still using; tell them what you use. Buprenorphine is started once withdrawal has begun.',
    },
    overdoseSafety: {
      text: 'Fentanyl is now common in street drugs. If you use, do not use alone, and keep naloxone (Narcan) with you. Learn',
      link: { href: '/overdose/', label: 'the signs of an overdose and what to do' },
      after: '.',
    },
    crisisLine: {
      text: 'If you are in crisis or thinking about suicide, call or text',
      link: { href: telHref(crisis), label: crisis.display },
      after: ', the Suicide & Crisis Lifeline.',
    },
  } satisfies Record<string, Step>;
}

/** What the reader can do next, for a result band. */
export function nextSteps(band: Band, lines: StepLines): readonly Step[] {
  const step = stepsFor(lines);
  const byBand: Record<Band, Step[]> = {
    below: [step.talkIfWorried, step.helpline, step.aboutDisorder, step.overdoseSafety],
    mild: [step.talk, step.helpline, step.findTreatment, step.medications, step.aboutDisorder, step.overdoseSafety],
    moderate: [step.talkSoon, step.helpline, step.findTreatment, step.medications, step.noNeedToQuitFirst, step.overdoseSafety],
    severe: [step.helplineToday, step.findTreatment, step.medications, step.noNeedToQuitFirst, step.overdoseSafety, step.crisisLine],
  };
  return byBand[band];
}
