import { expect, test } from 'vitest';
import { needs } from '../../src/lib/needs';

test('a reader who works in health or social care is offered the printable clinician sheet', () => {
  const clinician = needs.find((n) => /health or social care/.test(n.label));
  expect(clinician?.pages?.map((p) => p.href)).toContain('/take-to-your-clinician/');
});
