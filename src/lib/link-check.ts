import { parse } from 'node-html-parser';
import { isAllowedHost } from './allowed-hosts';

/** A built page: its URL path ("/medications/") and its HTML. */
export interface Page { path: string; html: string }

type Doc = ReturnType<typeof parse>;
// The HTML parser decodes entities in attributes (`&amp;` in an href is `&`).
const attributes = (doc: Doc, selector: string, name: string): string[] =>
  doc.querySelectorAll(selector).map((el) => el.getAttribute(name) ?? '');

/** Every id on a page. */
export function idsOf(html: string | Doc): Set<string> {
  return new Set(attributes(typeof html === 'string' ? parse(html) : html, '[id]', 'id'));
}

/** Every link target on a page: <a href> and <link href>. */
export function hrefsOf(html: string | Doc): string[] {
  return attributes(typeof html === 'string' ? parse(html) : html, 'a[href], link[href]', 'href');
}

/**
 * Every problem with the links of a built site: internal pages or #fragments that do not exist,
 * external links that are not https or not on the allow-list. `assets` are other files in dist/.
 */
export function linkProblems(pages: Page[], assets: Set<string>, origin = 'https://site.invalid'): string[] {
  const docs = pages.map((p) => ({ path: p.path, doc: parse(p.html) })); // each page parsed once
  const byPath = new Map(docs.map((p) => [p.path, idsOf(p.doc)]));
  const problems: string[] = [];
  for (const page of docs) {
    for (const href of hrefsOf(page.doc)) {
      if (/^(tel|sms|mailto):/.test(href)) continue;
      const url = new URL(href, origin + page.path);
      if (url.origin !== origin) {
        if (url.protocol !== 'https:') problems.push(`${page.path}: ${href} is not https`);
        else if (!isAllowedHost(url.hostname)) problems.push(`${page.path}: ${href} links to ${url.hostname}, which is not on the allow-list (src/lib/allowed-hosts.ts)`);
        continue;
      }
      const target = url.pathname;
      const ids = byPath.get(target) ?? byPath.get(`${target}/`);
      if (!ids) {
        if (!assets.has(target)) problems.push(`${page.path}: ${href} points to ${target}, which is not in the built site`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.has(fragment)) problems.push(`${page.path}: ${href} points to #${fragment}, which ${target} does not have`);
    }
  }
  return problems;
}
