/**
 * Where the guide's words live. CONTENT_DIR lets the tests point the build at fixtures
 * and the bench at synthetic corpora; everything else uses the top-level content/ folder.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim();
  return dir ? dir.replace(/\/+$/, '') : './content';
}
