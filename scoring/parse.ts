/**
 * HTML to a Document in Node (the command line, the benchmarks, the fuzz harness): linkedom, chosen by measurement
 * (../shared/TOOLCHAIN.md: with Readability about 3× faster than jsdom), with one correction towards the tree a
 * browser builds. linkedom leaves a text node per character reference ("&amp;" ×10,000 in a paragraph is 10,000
 * text nodes, where a browser's parser makes one), and every later step pays per node: copying the page, pairing it,
 * Readability (a pumped run of 10,000 entities took 2 s). Adjacent text nodes are merged once, after parsing; the
 * text is the same, so the reports are too (all 660 corpus pages). Not for the extension: the browser parses there.
 */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // Document.normalize() merges adjacent text nodes and drops empty ones, in one walk.
  doc.normalize();
  return doc;
}
