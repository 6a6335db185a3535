// The words of a page, from content/<file>.yaml (collections `ui`, `needs`, `selfCheck`, …; see
// src/copy-loader.ts). One entry per language; a missing one is an error naming the file.
import { getEntry, type DataEntryMap } from 'astro:content';

const files = {
  ui: 'ui.yaml',
  needs: 'needs.yaml',
  selfCheck: 'self-check.yaml',
  withdrawal: 'withdrawal.yaml',
  receptor: 'receptor.yaml',
  clinician: 'clinician.yaml',
} as const;
type CopyName = keyof typeof files;
/** The chrome's words (content/ui.yaml), by place: components take their place's words as props. */
export type Ui = DataEntryMap['ui'][string]['data'];

export async function copyOf<C extends CopyName>(name: C, lang: 'en' | 'es' = 'en'): Promise<DataEntryMap[C][string]['data']> {
  const entry = await getEntry(name, lang);
  if (!entry) throw new Error(`content/${lang === 'en' ? '' : `${lang}/`}${files[name]} is missing: it holds words the site shows.`);
  return entry.data as DataEntryMap[C][string]['data'];
}
