/**
 * The elements the page-level reads need (JSON-LD scripts, microdata and RDFa subjects, metas, and authorship
 * candidates), in two equivalent forms (a test holds them to the same answer on the corpus):
 * - sorted into buckets during the element walk extract makes in Node to pair the page with its clone
 *   (indexElement): linkedom matches selectors in script, and these tests cost two thirds of one combined query;
 * - one native query (indexPageByQuery), in a browser: about 10% cheaper than the same tests in script (Chromium,
 *   20 corpus pages).
 */
import { forEachElement } from './walk';

export interface PageIndex {
  scripts: Element[];
  itemscopes: Element[];
  typed: Element[];
  metas: Element[];
  /** Elements the authorship reader looks at (see isAuthorshipCandidate). */
  authorship: Element[];
}

export function createPageIndex(): PageIndex {
  return { scripts: [], itemscopes: [], typed: [], metas: [], authorship: [] };
}

/** Sorts one element (with its lower-case local name) into the index; call it for every element in document order. */
export function indexElement(index: PageIndex, el: Element, tag: string): void {
  if (tag === 'script') {
    index.scripts.push(el);
    return;
  }
  // Most elements of a page carry no attribute at all that matters here: one test skips them.
  if (!el.hasAttributes()) return;
  let candidate = false;
  if (tag === 'meta') {
    index.metas.push(el);
    candidate = true;
  }
  if (el.hasAttribute('itemscope')) {
    index.itemscopes.push(el);
    candidate = true;
  }
  if (el.hasAttribute('typeof')) {
    index.typed.push(el);
    candidate = true;
  }
  if (candidate || isAuthorshipCandidate(el, tag)) index.authorship.push(el);
}

/**
 * Where authorship can be read: `time[datetime]`, `a[rel][href]`, `link[rel][href]`, `[itemprop]`, and elements
 * whose class or id mentions a byline, an author or a bio. The class and id tests are case-sensitive on purpose
 * ("bio" and "Bio", not "BIO"): the authorship reader applies the exact rules to these few candidates.
 */
export function isAuthorshipCandidate(el: Element, tag: string): boolean {
  if (tag === 'time' && el.hasAttribute('datetime')) return true;
  if ((tag === 'a' || tag === 'link') && el.hasAttribute('rel') && el.hasAttribute('href')) return true;
  if (el.hasAttribute('itemprop')) return true;
  // The attribute node, not getAttribute('class'): linkedom answers that by building a DOMTokenList for the element
  // (measured: most of this function's cost there). The two agree.
  const cls = el.getAttributeNode('class')?.value;
  if (cls && (cls.includes('byline') || cls.includes('Byline') || cls.includes('author') || cls.includes('Author') || cls.includes('bio') || cls.includes('Bio'))) {
    return true;
  }
  const id = el.getAttribute('id');
  return id !== null && (id.includes('bio') || id.includes('Bio') || id.includes('about-the-author'));
}

/** indexElement's rules as one selector list (the class and id substrings are case-sensitive, as there). */
export const PAGE_INDEX_SELECTOR =
  'script, meta, [itemscope], [typeof], time[datetime], a[rel][href], link[rel][href], [itemprop], [class*="byline"], [class*="Byline"], [class*="author"], [class*="Author"], [class*="bio"], [class*="Bio"], [id*="bio"], [id*="Bio"], [id*="about-the-author"]';

/** The index from one native selector query: the cheaper form in a browser. */
export function indexPageByQuery(doc: Document): PageIndex {
  const index = createPageIndex();
  for (const el of Array.from(doc.querySelectorAll(PAGE_INDEX_SELECTOR))) indexElement(index, el, el.localName);
  return index;
}

/** The index of a whole document, for callers that do not walk it themselves. */
export function indexPage(doc: Document): PageIndex {
  const index = createPageIndex();
  forEachElement(doc, (el) => indexElement(index, el, el.localName));
  return index;
}
