/**
 * The help lines shown on every page. Digits checked against SAMHSA and 988 Lifeline pages
 * (see content/sources.yaml: samhsa-helpline, lifeline-988). Change them only with a source.
 */
export interface Helpline {
  name: string;
  /** What a reader sees. */
  display: string;
  /** What goes in the tel: link, digits only. */
  dial: string;
  note: string;
}

export const overdoseLine: Helpline = {
  name: 'Overdose or emergency',
  display: '911',
  dial: '911',
  note: 'Call if someone will not wake up, is breathing slowly or not at all, or has blue or grey lips.',
};

export const helplines: Helpline[] = [
  {
    name: 'SAMHSA National Helpline',
    display: '1-800-662-4357',
    dial: '18006624357',
    note: 'free, private help finding treatment, 24/7, in English and Spanish.',
  },
  {
    name: 'Suicide & Crisis Lifeline',
    display: '988',
    dial: '988',
    note: 'call or text if you are in crisis or thinking about suicide.',
  },
];

export function telHref(line: Helpline): string {
  if (!/^\d{3,15}$/.test(line.dial)) throw new Error(`Helpline "${line.name}" has a bad number to dial: ${line.dial}`);
  return `tel:${line.dial}`;
}
