import { expect, test } from 'vitest';
import { gradeOfMdx, gradeOfSentence, proseOnly } from '../../src/lib/readability';

test('prose only: imports and table rows go, headings and list items end as sentences', () => {
  expect(proseOnly("import X from './x';\n## Methadone\n\n- one a day\n| a | b |\nIt works.")).toBe('## Methadone.\n- one a day.\nIt works.');
});

test('short plain sentences score low, long dense ones high', () => {
  expect(gradeOfSentence('Call the helpline. It is free.')).toBeLessThan(4);
  expect(gradeOfSentence('Pharmacological interventions demonstrate considerable effectiveness regarding sustained abstinence maintenance.')).toBeGreaterThan(12);
  expect(gradeOfMdx('## Help\n\nCall the helpline. It is free.')).toBeLessThan(4);
});
