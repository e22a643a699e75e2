/**
 * Readability's "is this an article at all" check, as Citable asks it. Its own module: the content script runs it
 * on the page's thread and must not carry Readability itself (only its small readerable file is imported).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Readability's own visibility test, read from attributes: `node.style` builds a style object per node in Node's
 * DOM libraries (the default checker made isProbablyReaderable ~30% slower on linkedom; the same answer on all 180
 * corpus pages tried).
 */
function visibleByAttributes(node: Node): boolean {
  const el = node as Element;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) return false;
  if (el.hasAttribute('hidden')) return false;
  return !(el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image'));
}

/** The elements isProbablyReaderable queries the page for, collected during a walk of it (document order). */
export interface ReaderableCandidates {
  /** `p, pre, article` */
  blocks: Element[];
  /** `div > br` */
  divBreaks: Element[];
}

const READERABLE_BLOCKS = 'p, pre, article';
const READERABLE_BREAKS = 'div > br';

/** Adds an element (with its lower-case local name) to the candidates when one of the two queries would return it. */
export function collectReaderable(into: ReaderableCandidates, el: Element, tag: string): void {
  if (tag === 'p' || tag === 'pre' || tag === 'article') into.blocks.push(el);
  else if (tag === 'br' && el.parentElement?.localName === 'div') into.divBreaks.push(el);
}

/**
 * Readability's "is this an article at all" check; never throws. The content script asks it before extracting.
 *
 * With `walked`, the library's two selector queries are answered from an element walk the caller made anyway: in
 * Node's DOM libraries each query tests every element in script (measured: 85% of the check's cost on linkedom). The
 * library's own rules still judge every candidate; any other query goes to the document. The answer does not depend
 * on the order of the candidates (the library adds up a score that only grows), and the same answer is given on every
 * corpus page (tested).
 */
export function readerableOf(doc: Document, walked?: ReaderableCandidates): boolean {
  const source = walked
    ? {
        querySelectorAll: (selector: string) =>
          selector === READERABLE_BLOCKS ? walked.blocks : selector === READERABLE_BREAKS ? walked.divBreaks : doc.querySelectorAll(selector),
      }
    : doc;
  try {
    return isProbablyReaderable(source as Document, { visibilityChecker: visibleByAttributes });
  } catch {
    return false;
  }
}

