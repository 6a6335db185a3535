/**
 * The home page starts from what the reader needs, not the table of contents.
 * Each need points at article ids (file names in content/guide); links to articles that do
 * not exist yet are left out, and the test suite checks every primary link resolves.
 */
export interface Need {
  label: string;
  summary: string;
  primary: string;
  more: string[];
  /** Other pages of the site (tools, not articles) that this reader needs too. */
  pages?: { href: string; label: string }[];
  urgent?: boolean;
}

export const needs: Need[] = [
  {
    label: 'Someone may be overdosing',
    summary: 'Call 911 now. Not breathing or only gasping? Start CPR. Give naloxone (Narcan) as soon as you have it.',
    primary: 'overdose',
    more: [],
    urgent: true,
  },
  {
    label: 'I want to stop using',
    summary: 'Medicines, counseling and other help that work, and how to get them.',
    primary: 'medications',
    more: ['treatment-settings', 'barriers-to-treatment', 'heroin-use-disorder'],
    pages: [{ href: '/barriers-to-treatment/#if-you-have-no-insurance-or-little-money', label: 'Help paying for treatment: Medicaid, sliding fees, health centers' }],
  },
  {
    label: 'Someone I care about uses heroin',
    summary: 'How to talk about treatment, keep them safer, and look after yourself.',
    primary: 'family-and-friends',
    more: ['overdose', 'what-is-heroin'],
  },
  {
    label: 'I work in health or social care',
    summary: 'Medications compared, criteria for diagnosis, settings and referral routes, all with sources.',
    primary: 'medications',
    more: ['heroin-use-disorder', 'behavioral-therapies', 'support-services'],
    pages: [{ href: '/take-to-your-clinician/', label: 'A printable summary to give a patient' }],
  },
];
