import { describe, expect, it } from 'vitest';
import { countSpanish, inflesz, infleszBand, syllables } from '../../src/lib/readability-es';

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2], ['heroína', 4], ['tratamiento', 4], ['buprenorfina', 5], ['ciudad', 2], ['país', 2],
    ['aéreo', 4], ['muy', 1], ['hoy', 1], ['guerra', 2], ['que', 1], ['poeta', 3], ['día', 2],
    ['sobredosis', 4], ['abstinencia', 4], ['naloxona', 4], ['y', 1], ['leer', 2], ['opioides', 3],
    ['huevo', 2], ['ayuda', 3], ['reyes', 2], ['fentanilo', 4], ['medicamentos', 5], ['¿Cuánto?', 2],
  ] as const)('%s has %i', (word, n) => expect(syllables(word)).toBe(n));
});

describe('INFLESZ', () => {
  it('counts sentences, words and syllables', () => {
    expect(countSpanish('La metadona calma el deseo. ¿Funciona? Sí.')).toEqual({ sentences: 3, words: 7, syllables: 15 });
  });

  it('scores short everyday sentences as easy and long clinical ones as hard', () => {
    const easy = inflesz('La metadona es un medicamento. Se toma una vez al día. Calma el deseo de consumir.');
    const hard = inflesz(
      'La farmacoterapia con agonistas opioides de acción prolongada constituye la intervención terapéutica de primera elección ' +
        'para la prevención de la mortalidad asociada al trastorno por consumo de opioides en poblaciones vulnerables.',
    );
    expect(infleszBand(easy)).toMatch(/fácil/);
    expect(infleszBand(hard)).toBe('muy difícil');
    expect(easy).toBeGreaterThan(hard + 40);
  });

  it('puts scores in the published bands', () => {
    expect([39.9, 40, 54.9, 55, 64.9, 65, 79.9, 80].map(infleszBand)).toEqual([
      'muy difícil', 'algo difícil', 'algo difícil', 'normal', 'normal', 'bastante fácil', 'bastante fácil', 'muy fácil',
    ]);
  });
});
