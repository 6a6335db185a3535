import { describe, expect, test } from 'vitest';
import { headingId, headingIds, pageHeadingId, pageHeadingIds, withoutDiacritics } from '../../src/lib/heading-id';

describe('headingId', () => {
  test('Spanish headings become ASCII ids without accents or inverted marks', () => {
    expect(headingId('¿Cuánto dura la abstinencia?')).toBe('cuanto-dura-la-abstinencia');
    expect(headingId('Señales de una sobredosis')).toBe('senales-de-una-sobredosis');
    expect(headingId('¡Llame al 911!')).toBe('llame-al-911');
    expect(headingId('Naloxona (Narcan)')).toBe('naloxona-narcan');
  });
  test('English headings get the ids Astro gives them', () => {
    expect(headingId('"Isn\'t that just swapping one drug for another?"')).toBe('isnt-that-just-swapping-one-drug-for-another');
    expect(headingId('CRAFT: a method that works for families')).toBe('craft-a-method-that-works-for-families');
  });
  test('accents go, letters stay', () => {
    expect(withoutDiacritics('Ñandú, pingüino, acción')).toBe('Nandu, pinguino, accion');
  });
  test('within one page a repeated heading gets a numbered id', () => {
    const idFor = headingIds();
    expect([idFor('Dónde conseguirla'), idFor('Donde conseguirla'), idFor('Metadona')]).toEqual([
      'donde-conseguirla',
      'donde-conseguirla-1',
      'metadona',
    ]);
  });
});

describe('pageHeadingIds', () => {
  test('English ids as Astro gives them, repeats numbered; Spanish ids in ASCII', () => {
    expect(pageHeadingIds(['Naloxone (Narcan)', "Fentanyl in today's drug supply", 'Where to get it', 'Where to get it'], 'en')).toEqual([
      'naloxone-narcan', 'fentanyl-in-todays-drug-supply', 'where-to-get-it', 'where-to-get-it-1',
    ]);
    expect(pageHeadingIds(['¿Cuánto dura la abstinencia?', 'Señales de una sobredosis'], 'es')).toEqual([
      'cuanto-dura-la-abstinencia', 'senales-de-una-sobredosis',
    ]);
  });
});

describe('pageHeadingId', () => {
  test('one page at a time: English keeps accents as Astro does, other languages drop them; each page numbers its own repeats', () => {
    const en = pageHeadingId('en');
    expect([en('Café'), en('Café')]).toEqual(['café', 'café-1']);
    const es = pageHeadingId('es');
    expect([es('Café'), es('Cafe')]).toEqual(['cafe', 'cafe-1']);
    expect(pageHeadingId('es')('Café')).toBe('cafe');
  });
});
