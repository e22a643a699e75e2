/**
 * One query for every element the page-level reads need (JSON-LD scripts, microdata and RDFa subjects, metas, and
 * authorship candidates). Each separate `querySelectorAll` walks the whole tree — natively in a browser, in script in
 * Node's DOM libraries — so one walk bucketed here replaces five.
 */

/** Authorship candidates (case-sensitive substrings: Chromium takes a slow path for the ` i` flag, measured). */
export const AUTHORSHIP_CANDIDATES =
  'meta[content], time[datetime], a[rel][href], link[rel][href], [itemprop], [class*="byline"], [class*="Byline"], [class*="author"], [class*="Author"], [class*="bio"], [class*="Bio"], [id*="bio"], [id*="Bio"], [class*="about-the-author"], [id*="about-the-author"]';

const ALL = `script, [itemscope], [typeof], meta, ${AUTHORSHIP_CANDIDATES}`;

export interface PageIndex {
  scripts: Element[];
  itemscopes: Element[];
  typed: Element[];
  metas: Element[];
  /** Elements matching AUTHORSHIP_CANDIDATES (and a few more, which the authorship reader ignores). */
  authorship: Element[];
}

export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { scripts: [], itemscopes: [], typed: [], metas: [], authorship: [] };
  for (const el of Array.from(doc.querySelectorAll(ALL))) {
    const tag = el.localName;
    if (tag === 'script') {
      index.scripts.push(el);
      continue;
    }
    if (tag === 'meta') index.metas.push(el);
    if (el.hasAttribute('itemscope')) index.itemscopes.push(el);
    if (el.hasAttribute('typeof')) index.typed.push(el);
    index.authorship.push(el);
  }
  return index;
}
