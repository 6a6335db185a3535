import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArticleFiles } from '../../src/lib/article-files';

describe('readArticleFiles', () => {
  test('splits each MDX file into frontmatter and body, in file order, ignoring other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    writeFileSync(join(dir, 'b.mdx'), '---\ntitle: B\ntranslationOf: overdose\n---\n## Heading\n\nText --- not a fence.\n');
    writeFileSync(join(dir, 'a.mdx'), 'No frontmatter here.\n');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const [a, b] = readArticleFiles(dir);
    expect(readArticleFiles(dir)).toHaveLength(2);
    expect(a).toMatchObject({ id: 'a', front: {}, body: 'No frontmatter here.\n' });
    expect(b).toMatchObject({ id: 'b', file: join(dir, 'b.mdx'), front: { title: 'B', translationOf: 'overdose' } });
    expect(b.body).toBe('## Heading\n\nText --- not a fence.\n');
  });
  test('a missing folder has no articles', () => expect(readArticleFiles('/no/such/folder')).toEqual([]));
});
