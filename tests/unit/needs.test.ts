import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

// content/needs.yaml: the home page starts from the reader's needs (schema: needsSchema in src/schemas/copy.ts).
const needs = (parse(readFileSync('content/needs.yaml', 'utf8')) as { needs: { label: string; pages?: { href: string }[] }[] }).needs;

test('a reader who works in health or social care is offered the printable clinician sheet', () => {
  const clinician = needs.find((n) => /health or social care/.test(n.label));
  expect(clinician?.pages?.map((p) => p.href)).toContain('/take-to-your-clinician/');
});
