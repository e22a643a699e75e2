/**
 * Finds the live elements of an extraction whose pairing was lost.
 *
 * `extractDetailed` pairs each block and heading of Readability's copy with the page's element. When Readability
 * gives up on its first pass it restores its copy from HTML and tries again, and the elements of that second pass
 * are new: none of them can be traced back. It happens on pages where the article is a small part of a busy page —
 * a CMS editor is the typical one (WordPress's block editor: 0 of 4 blocks paired). Without the elements, highlights
 * fail ("that text is no longer on the page") and every keystroke re-reads the whole page.
 *
 * Here the missing elements are found by their text: the page's elements of the block's kind (or the headings)
 * whose text, read the engine's way, is exactly the block's (or the heading's). Equal texts are matched in page
 * order. Only runs when an element is missing; reads the page, changes nothing.
 */
import { readBlock } from '../../scoring/extract/block';
import { normalizeSpace, readText } from '../../scoring/extract/text';
import type { BlockKind } from '../../scoring/snapshot';
import type { LiveExtraction } from './ranges';

const TAG: Partial<Record<BlockKind, string>> = { p: 'p', li: 'li', blockquote: 'blockquote', pre: 'pre', table: 'table', figcaption: 'figcaption', dd: 'dd', dt: 'dt' };
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** `live` with its missing block and heading elements found by text where possible (a new object; `live` is kept). */
export function recoverElements(live: LiveExtraction, doc: Document = document): LiveExtraction {
  const missing = live.blockElements.some((row) => row.some((el) => !el)) || live.snapshot.sections.some((s, i) => s.heading !== null && !live.headingElements[i]);
  const body = doc.body;
  if (!missing || !body) return live;
  const url = live.snapshot.url;
  // Per kind: text → the page's elements with that text, in page order, consumed as they are matched.
  const byKind = new Map<BlockKind, Map<string, Element[]>>();
  const used = new Set<Element>(live.blockElements.flat().filter((e): e is Element => !!e));
  const candidates = (kind: BlockKind, ordered: boolean): Map<string, Element[]> | null => {
    const tag = TAG[kind];
    if (!tag) return null;
    let map = byKind.get(kind);
    if (!map) {
      map = new Map();
      for (const el of Array.from(body.getElementsByTagName(tag))) {
        if (used.has(el)) continue;
        const text = readBlock(el, kind, url, ordered, true)?.text;
        if (!text) continue;
        const list = map.get(text);
        if (list) list.push(el);
        else map.set(text, [el]);
      }
      byKind.set(kind, map);
    }
    return map;
  };
  const blockElements = live.blockElements.map((row, s) =>
    row.map((el, b) => {
      if (el) return el;
      const block = live.snapshot.sections[s]?.blocks[b];
      if (!block) return null;
      return candidates(block.kind, block.ordered ?? false)?.get(block.text)?.shift() ?? null;
    }),
  );
  let headings: Map<string, Element[]> | null = null;
  const headingElements = live.headingElements.map((el, s) => {
    const text = live.snapshot.sections[s]?.heading;
    if (el || !text) return el;
    if (!headings) {
      headings = new Map();
      for (const h of Array.from(body.querySelectorAll(HEADINGS))) {
        const t = normalizeSpace(readText(h, null).text);
        const list = headings.get(t);
        if (list) list.push(h);
        else headings.set(t, [h]);
      }
    }
    return headings.get(normalizeSpace(text))?.shift() ?? null;
  });
  return { ...live, blockElements, headingElements };
}
