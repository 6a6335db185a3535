import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles } from '../helpers/built-pages';

// Every built page must be valid HTML (rules: .htmlvalidate.json, the recommended preset).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate over dist/', () => {
  test.each(builtHtmlFiles().map((f) => f.file))('%s', async (file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
