import { expect, test } from 'vitest';
import { articleJsonLd } from '../../src/lib/jsonld';

test('JSON-LD describes a reviewed MedicalWebPage', () => {
  const ld = articleJsonLd({ title: 'T', description: 'D', url: 'https://x.test/t/', lastReviewed: new Date('2026-11-23') });
  expect(ld).toMatchObject({ '@type': 'MedicalWebPage', lastReviewed: '2026-11-23', name: 'T' });
});

test('a translation says its own language', () => {
  expect(articleJsonLd({ title: 'T', description: 'D', url: 'https://x.test/es/t/', lastReviewed: new Date('2026-11-23'), lang: 'es' }).inLanguage).toBe('es');
  expect(articleJsonLd({ title: 'T', description: 'D', url: 'https://x.test/t/', lastReviewed: new Date('2026-11-23') }).inLanguage).toBe('en');
});
