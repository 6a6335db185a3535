import { describe, expect, it } from 'vitest';
import { recordHtml, sectionFor, splitPage } from '../../src/lib/search-records';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchRecords, sectionTitled } from '../../src/lib/search-build';
import { buildVocabulary, suggest } from '../../src/lib/search-vocab';
import { rankedSearch, searchTerms, withPlainNames } from '../../src/lib/search-query';
import { hitAtK, isHit } from '../search/harness';

const page = `<!doctype html><html lang="en"><head><meta name="keywords" content="bupe, pregnant on methadone, smack"></head><body>
<header data-pagefind-ignore="all"><input name="q"></header>
<main data-pagefind-body><h1 data-pagefind-meta="title">Medicines</h1><p class="lede">How the medicines work.</p>
<p class="article-meta" data-pagefind-ignore>About 3 minutes to read.</p>
<div class="prose">
<div class="heading-wrap level-2"><h2 id="methadone">Methadone</h2><a class="heading-link" href="#methadone" data-pagefind-ignore><span class="sr-only">Link to this section</span></a></div>
<p>Methadone comes from a clinic.<sup class="cite" data-pagefind-ignore><a href="#ref-x"><span class="sr-only">source </span>4</a></sup> It lasts a day.</p>
<figure><figcaption><strong>Timeline</strong><span>Time from the last use.</span></figcaption></figure>
<div class="heading-wrap level-3"><h3 id="where-to-get-methadone">Where to get methadone</h3></div>
<p>Only at an opioid treatment program.</p><p hidden>Hidden words</p><p class="sr-only">Screen reader words</p>
<div class="heading-wrap level-2"><h2 id="pregnancy">Medication during pregnancy</h2></div>
<p>If you are pregnant, methadone and buprenorphine are standard.</p>
<section class="references" data-pagefind-ignore="all"><h2 id="references">References</h2><ol><li>NIDA. https://nida.nih.gov</li></ol></section>
</div></main></body></html>`;

describe('splitting a page into search records', () => {
  const split = splitPage(page, '/medications/')!;

  it('makes one record per h2/h3 and one for the top of the page, headings as titles', () => {
    expect(split.title).toBe('Medicines');
    expect(split.keywords).toEqual(['bupe', 'pregnant on methadone', 'smack']);
    expect(split.sections.map((s) => [s.id, s.level, s.title])).toEqual([
      [null, 1, 'Medicines'],
      ['methadone', 2, 'Methadone'],
      ['where-to-get-methadone', 3, 'Where to get methadone'],
      ['pregnancy', 2, 'Medication during pregnancy'],
    ]);
    expect(split.sections[2]).toMatchObject({ parentId: 'methadone', parentTitle: 'Methadone' });
  });

  it('keeps only what the reader sees: no citations, hidden or screen-reader text, references, reading time', () => {
    const all = split.sections.map((s) => s.text).join(' | ');
    expect(split.sections[0].text).toBe('How the medicines work.');
    expect(split.sections[1].text).toBe('Methadone comes from a clinic. It lasts a day. Timeline Time from the last use.');
    expect(split.sections[2].text).toBe('Only at an opioid treatment program.');
    for (const unseen of ['source', 'Hidden', 'Screen reader', 'References', 'nida', 'minutes', 'Link to this section']) expect(all).not.toContain(unseen);
  });

  it('keeps a space between elements laid side by side, so excerpts do not run words together', () => {
    expect(split.sections[1].html).toMatch(/Timeline<\/strong> <span>/);
  });

  it('puts an alias on the section that shares its rarest words, headings counting most', () => {
    const s = split.sections;
    expect(sectionFor('pregnant on methadone', s)?.id).toBe('pregnancy');
    expect(sectionFor('methadone program', s)?.id).toBe('where-to-get-methadone');
    expect(sectionFor('smack', s)).toBeNull();
    expect(sectionTitled('Methadone', s)?.id).toBe('methadone');
  });

  it('writes the record with its title, page, aliases and topics as metadata, the text as the body', () => {
    // An h3's heading is a "subtitle" (weighted less than an h2's title); a topic is a term whose home the section is.
    const html = recordHtml(split, split.sections[2], ['methadone clinic', 'OTP'], ['Opioid treatment program']);
    expect(html).toContain('<meta data-pagefind-meta="subtitle[content]" content="Where to get methadone">');
    expect(html).toContain('<meta data-pagefind-meta="topic[content]" content="Opioid treatment program">');
    expect(recordHtml(split, split.sections[1], [])).toContain('<meta data-pagefind-meta="title[content]" content="Methadone">');
    expect(html).toContain('<meta data-pagefind-meta="page[content]" content="Medicines">');
    expect(html).toContain('<meta data-pagefind-meta="section[content]" content="Methadone">');
    expect(html).toContain('<meta data-pagefind-meta="aliases[content]" content="methadone clinic, OTP">');
    expect(html).toContain('<div data-pagefind-body><p>Only at an opioid treatment program.</p>');
    expect(html).not.toContain('<h3');
  });

  it('makes the section titled with a glossary term or a medicine that term\'s home (its topic), and nowhere else', () => {
    const content = mkdtempSync(join(tmpdir(), 'search-topics-'));
    writeFileSync(join(content, 'glossary.yaml'), 'methadone:\n  term: Methadone\n  definition: A long-acting opioid medicine.\n  article: medications\n');
    writeFileSync(join(content, 'medications.yaml'), 'methadone:\n  name: Methadone\n');
    const records = searchRecords([{ path: '/medications/', html: page }], content);
    const topics = Object.fromEntries(records.map((r) => [r.url, r.topics]));
    expect(topics['/medications/#methadone']).toEqual(['Methadone']);
    expect(topics['/medications/#where-to-get-methadone']).toEqual([]);
    expect(topics['/medications/#pregnancy']).toEqual([]);
  });

  it('keeps the page\'s language on its records, so Pagefind builds one index per language', () => {
    expect(split.lang).toBe('en');
    const es = splitPage(page.replace('<html lang="en">', '<html lang="es-US">'), '/es/medicamentos/')!;
    expect(es.lang).toBe('es');
    expect(recordHtml(es, es.sections[1], [])).toMatch(/^<!doctype html><html lang="es">/);
  });

  it('indexes the self-check in part in both languages: its intro and where the signs come from', () => {
    const content = mkdtempSync(join(tmpdir(), 'search-rules-'));
    mkdirSync(join(content, 'es'));
    for (const dir of [content, join(content, 'es')]) for (const f of ['glossary.yaml', 'medications.yaml']) writeFileSync(join(dir, f), '{}\n');
    const check = (lang: string) =>
      `<html lang="${lang}"><body><main data-pagefind-body><h1>Check</h1><p>Intro.</p><h2 id="signs">Signs</h2><p>Craving.</p>` +
      `<h2 id="about-this-check">About</h2><p>From the manual.</p></main></body></html>`;
    const records = searchRecords([{ path: '/self-check/', html: check('en') }, { path: '/es/autoevaluacion/', html: check('es') }], content);
    expect(records.map((r) => r.url).sort()).toEqual(['/es/autoevaluacion/', '/es/autoevaluacion/#about-this-check', '/self-check/', '/self-check/#about-this-check']);
  });

  it('leaves pages without data-pagefind-body out', () => {
    expect(splitPage('<html><body><main><h1>Privacy</h1></main></body></html>', '/privacy/')).toBeNull();
  });
});

describe('"Did you mean …?"', () => {
  const vocab = buildVocabulary(
    ['Methadone', 'Suboxone', 'Fentanyl', 'Narcan', 'Buprenorphine', 'Vivitrol', 'fentanyl test strips', 'methadone clinic'],
    ['People use heroin and other opioids. A clinic can help.'],
  );
  it.each([
    ['metadone', 'methadone'],
    ['suboxen', 'suboxone'],
    ['fentanil', 'fentanyl'],
    ['narcam', 'narcan'],
    ['buprenorfine', 'buprenorphine'],
    ['vivitral', 'vivitrol'],
    ['how do I get on metadone', 'how do i get on methadone'],
    ['fentanyl test strip', 'fentanyl test strips'],
  ])('%s → %s', (typed, wanted) => expect(suggest(typed, vocab)).toBe(wanted));

  it('leaves known words, words being typed and far-off words alone', () => {
    expect(suggest('methadone', vocab)).toBeNull();
    expect(suggest('heroin clinic', vocab)).toBeNull();
    expect(suggest('bupren', vocab)).toBeNull();
    expect(suggest('zzqxv', vocab)).toBeNull();
  });
});

describe('what is asked of Pagefind', () => {
  it('drops filler words but keeps question words and topic words', () => {
    expect(searchTerms('Can I take Suboxone while pregnant?')).toBe('suboxone pregnant');
    expect(searchTerms("how do I get on methadone")).toBe('how get methadone');
    expect(searchTerms("my son's on heroin")).toBe('son heroin');
    expect(searchTerms('I')).toBe('i');
  });

  it('reads Spanish queries with Spanish filler words, accents kept', () => {
    expect(searchTerms('¿Cuánto dura la abstinencia?', 'es')).toBe('cuánto dura abstinencia');
    expect(searchTerms('mi hijo usa heroína', 'es')).toBe('hijo usa heroína');
    expect(searchTerms('mi hijo usa heroína')).toBe('mi hijo usa heroína');
  });

  it('swaps other names for plain ones', () => {
    expect(withPlainNames('suboxone pregnant', { suboxone: 'buprenorphine' })).toBe('buprenorphine pregnant');
    expect(withPlainNames('methadone', { suboxone: 'buprenorphine' })).toBeNull();
  });

  // A tiny stand-in for Pagefind: a section matches when it holds every word (as a prefix), score = words held.
  const sections: Record<string, string> = {
    a: 'where to get methadone clinic methadone',
    b: 'starting buprenorphine wait for withdrawal',
    c: 'pregnancy buprenorphine methadone pregnant',
    d: 'heroin heroin treatment',
    e: 'heroin treatment methadone',
    f: 'heroin treatment',
  };
  const search = async (terms: string) =>
    Object.entries(sections)
      .filter(([, t]) => terms.split(' ').every((w) => t.split(' ').some((x) => x.startsWith(w))))
      .map(([id, t]) => ({ id, score: terms.split(' ').reduce((s, w) => s + t.split(' ').filter((x) => x.startsWith(w)).length, 0) }));
  const syn = async () => ({ suboxone: 'buprenorphine' });
  const total = async () => Object.keys(sections).length;

  it('searches a brand name as its plain name too', async () => {
    const r = await rankedSearch('can I take suboxone while pregnant', search, syn, total);
    expect(r[0]?.id).toBe('c');
  });

  it('drops a word found almost everywhere when rarer words remain', async () => {
    const r = await rankedSearch('heroin pregnant', search, syn, total);
    expect(r.map((x) => x.id)).toEqual(['c']);
  });

  it('leaves out a word found nowhere when other words are found', async () => {
    const r = await rankedSearch('my brother pregnant', search, syn, total);
    expect(r.map((x) => x.id)).toEqual(['c']);
  });

  it('does not require question words, but ranks sections that have them first', async () => {
    const r = await rankedSearch('where is methadone', search, syn, total);
    expect(r[0]?.id).toBe('a');
    expect(r.map((x) => x.id).sort()).toEqual(['a', 'c', 'e']);
  });

  it('ranks a section holding the words side by side, as typed, above one holding them apart', async () => {
    const texts: Record<string, string> = { apart: 'treatment with methadone', together: 'methadone treatment works' };
    const asked: string[] = [];
    const find = async (terms: string) => {
      asked.push(terms);
      const phrase = /^"(.*)"$/.exec(terms)?.[1];
      return Object.entries(texts)
        .filter(([, t]) => (phrase ? t.includes(phrase) : terms.split(' ').every((w) => t.split(' ').includes(w))))
        .map(([id]) => ({ id, score: 1 }));
    };
    const r = await rankedSearch('methadone treatment', find, syn, async () => 2);
    expect(r.map((x) => x.id)).toEqual(['together', 'apart']);
    expect(asked).toContain('"methadone treatment"');
  });

  it('widens to sections holding most of the words when all of them find nothing', async () => {
    const r = await rankedSearch('starting buprenorphine clinic', search, syn, total);
    expect(r.map((x) => x.id).slice(0, 2).sort()).toEqual(['a', 'b']);
  });
});

describe('hit@k', () => {
  const parents = new Map([['/medications/#where-to-get-methadone', '/medications/#methadone']]);
  it('counts the section, its subsections, a whole-page target and the listed alternatives', () => {
    const c = { q: 'x', target: '/medications/#methadone', also: ['/treatment-settings/#otp'] };
    expect(isHit('/medications/#methadone', c, parents)).toBe(true);
    expect(isHit('/medications/?highlight=x#where-to-get-methadone', c, parents)).toBe(true);
    expect(isHit('/treatment-settings/#otp', c, parents)).toBe(true);
    expect(isHit('/medications/', c, parents)).toBe(false);
    expect(isHit('/medications/#naltrexone', { q: 'x', target: '/medications/' }, parents)).toBe(true);
  });
  it('scores a ranked list at 1 and at 3 and lists the misses', () => {
    const cases = [{ q: 'a', target: '/p/#s' }, { q: 'b', target: '/p/#t' }];
    const ranked = [
      { q: 'a', results: [{ url: '/p/#s', excerpt: '' }] },
      { q: 'b', results: [{ url: '/p/#s', excerpt: '' }, { url: '/p/#t', excerpt: '' }] },
    ];
    expect(hitAtK(ranked, cases, parents, 1)).toMatchObject({ hits: 1, total: 2, rate: 0.5, misses: [{ q: 'b' }] });
    expect(hitAtK(ranked, cases, parents, 3)).toMatchObject({ hits: 2, rate: 1, misses: [] });
  });
});
