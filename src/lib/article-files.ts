import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The MDX articles of a folder as files, for build scripts and checks that run outside Astro's
 * content layer (the search build, the translation drift check): file, id, frontmatter and body.
 */
export interface ArticleFile {
  file: string;
  id: string;
  front: Record<string, unknown>;
  body: string;
}

export function readArticleFiles(dir: string): ArticleFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
      const front = (parse(match?.[1] ?? '') ?? {}) as Record<string, unknown>;
      return { file: join(dir, f), id: f.replace(/\.mdx$/, ''), front, body: text.slice(match?.[0].length ?? 0) };
    });
}
