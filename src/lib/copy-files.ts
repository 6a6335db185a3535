/**
 * The YAML files whose words readers see, measured for plain language like the articles
 * (grade 8 or lower: tests/unit/content-quality.test.ts; `npm run readability` prints them).
 * Not measured: sources.yaml holds the titles of other people's pages, and search-aliases.yaml
 * readers' own search words, which are never shown.
 */
export const notShownToReaders = ['sources.yaml', 'search-aliases.yaml'];

export const copyFilesToRead = [
  'ui.yaml',
  'needs.yaml',
  'self-check.yaml',
  'withdrawal.yaml',
  'receptor.yaml',
  'clinician.yaml',
  'reading.yaml',
  'first-aid.yaml',
  'privacy.yaml',
  'criteria.yaml',
  'helplines.yaml',
  'medications.yaml',
  'glossary.yaml',
];

/** Measured and printed, but not held to grade 8, and why. */
export const exemptFromGrade: Record<string, string> = {
  'glossary.yaml':
    'each entry defines a medical term by name (buprenorphine, naltrexone, opioid use disorder); the long names the reader looked up push the score up (9.7), though the definitions around them are plain',
};
