import { describe, expect, it } from 'vitest';
import { headingIds, plain } from '../../src/lib/heading-id';

describe('heading ids', () => {
  it('match the ids Astro gives English headings, repeats numbered', () => {
    expect(headingIds(['Naloxone (Narcan)', "Fentanyl in today's drug supply", 'Where to get it', 'Where to get it'], 'en')).toEqual([
      'naloxone-narcan', 'fentanyl-in-todays-drug-supply', 'where-to-get-it', 'where-to-get-it-1',
    ]);
  });

  it('drop accents and the tilde on Spanish pages, so shared links stay readable', () => {
    expect(headingIds(['¿Cuánto dura la abstinencia?', 'Señales de una sobredosis', 'Metadona'], 'es')).toEqual([
      'cuanto-dura-la-abstinencia', 'senales-de-una-sobredosis', 'metadona',
    ]);
    expect(plain('Niño, ¿qué pasó?')).toBe('Nino, ¿que paso?');
  });
});
