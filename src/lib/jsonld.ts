import { isoDate } from './dates';

interface PageFacts { title: string; description: string; url: string; lastReviewed: Date; lang?: string }

/** schema.org MedicalWebPage for an article: what search engines show as a reviewed health page. */
export function articleJsonLd({ title, description, url, lastReviewed, lang = 'en' }: PageFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: title,
    description,
    url,
    inLanguage: lang,
    lastReviewed: isoDate(lastReviewed),
    about: { '@type': 'MedicalCondition', name: 'Opioid use disorder', alternateName: 'Heroin addiction' },
    audience: { '@type': 'PeopleAudience', audienceType: 'Patients, families and caregivers' },
  };
}
