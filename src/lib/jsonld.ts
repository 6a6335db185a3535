import { isoDate } from './dates';

interface PageFacts { title: string; description: string; url: string; lastReviewed: Date }

/** schema.org MedicalWebPage for an article: what search engines show as a reviewed health page. */
export function articleJsonLd({ title, description, url, lastReviewed }: PageFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: title,
    description,
    url,
    inLanguage: 'en',
    lastReviewed: isoDate(lastReviewed),
    about: { '@type': 'MedicalCondition', name: 'Opioid use disorder', alternateName: 'Heroin addiction' },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patients, families and caregivers' },
  };
}
