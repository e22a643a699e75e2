/**
 * Reading one block element of an article into a SnapshotBlock. Its own module (no Readability in it), because the
 * content script re-reads edited blocks on the live page with it while the article itself is read elsewhere.
 */
import type { BlockKind, Locator, SnapshotBlock } from '../snapshot';
import { firstDescendant } from '../dom/walk';
import { normalizeSpace, readText, resolveHref } from './text';

const CITE_TAGS = new Set(['cite', 'footer', 'figcaption']);
const MAX_TABLE_ROWS = 50;

/** Reads one block element; null when it has no text. Exported for the content script's incremental re-reads. */
export function readBlock(el: Element, kind: BlockKind, base: string | null, ordered = false, nativeQueries = false): SnapshotBlock | null {
  const locator: Locator = { selector: null, quote: '' };
  if (kind === 'table') {
    const rows = readTable(el);
    const text = rows.map((r) => r.join(' | ')).join('\n');
    if (!text.trim()) return null;
    const captionEl = el.getElementsByTagName('caption')[0];
    const caption = captionEl ? normalizeSpace(readText(captionEl, base).text) || null : null;
    return { kind, text, links: [], table: { caption, rows: rows.slice(0, MAX_TABLE_ROWS) }, locator };
  }
  // A list item's nested lists are read as their own blocks by the walker.
  const skip = kind === 'li' ? (child: Element) => /^(UL|OL)$/i.test(child.tagName) : undefined;
  const { text, links } = readText(el, base, skip, nativeQueries);
  if (!text) return null;
  const block: SnapshotBlock = { kind, text, links, locator };
  if (kind === 'li') block.ordered = ordered;
  if (kind === 'blockquote') block.cite = blockquoteCite(el, base);
  return block;
}

function readTable(table: Element): string[][] {
  const rows: string[][] = [];
  for (const tr of Array.from(table.getElementsByTagName('tr'))) {
    const cells = Array.from(tr.children)
      .filter((c) => /^(TD|TH)$/i.test(c.tagName))
      .map((c) => normalizeSpace(readText(c, null).text));
    if (cells.some(Boolean)) rows.push(cells);
  }
  return rows;
}

function blockquoteCite(el: Element, base: string | null): string | null {
  const attr = resolveHref(el.getAttribute('cite'), base);
  const inner = firstDescendant(el, CITE_TAGS);
  const innerText = inner ? normalizeSpace(readText(inner, base).text) : '';
  return innerText || attr || null;
}

