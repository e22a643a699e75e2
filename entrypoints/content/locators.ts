import type { ElementLocator } from '../../messaging/page';

/**
 * The page's elements behind the reader's locators: indexes among the body's elements in document order, each
 * checked against its tag. A locator that does not fit (the page changed meanwhile) gives null, and the caller finds
 * the element by its text (./recover.ts).
 */
export function resolveLocators(blocks: ElementLocator[][], headings: ElementLocator[], doc: Document = document): { blockElements: (Element | null)[][]; headingElements: (Element | null)[] } {
  const root = doc.body ?? doc.documentElement;
  const all = root ? root.getElementsByTagName('*') : null;
  const resolve = (loc: ElementLocator): Element | null => {
    if (!loc || !all) return null;
    const el = all[loc[0]];
    return el && el.localName === loc[1] ? el : null;
  };
  return { blockElements: blocks.map((row) => row.map(resolve)), headingElements: headings.map(resolve) };
}
