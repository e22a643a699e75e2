/**
 * From a finding's Target (section, block, offsets into the block's normalized text) back to a DOM Range on the
 * live page. The engine's offsets are into `readText`'s output; this walks the same text nodes with the same
 * skipping rules and aligns their non-space runs with that text, so a Range starts and ends inside real text
 * nodes. Nothing on the page is modified.
 */
import { readText, SKIP_TAGS } from '../../scoring/extract/text';
import type { BlockKind, Snapshot } from '../../scoring/snapshot';
import type { Target } from '../../scoring/report';

/** A run of non-space characters of one text node, and where it lands in the normalized text. */
interface Segment {
  node: Text;
  nodeOffset: number;
  textStart: number;
  length: number;
}

const NON_SPACE = /[^\s\u00a0\u200b]+/g;

/** Nested lists of a list item are read as their own blocks, so they are skipped the same way as `readBlock`. */
export function skipFor(kind: BlockKind): ((el: Element) => boolean) | undefined {
  return kind === 'li' ? (child: Element) => /^(UL|OL)$/i.test(child.tagName) : undefined;
}

/** Aligns the text nodes under `root` with `readText(root)`; null when they do not line up (then the caller falls back). */
function segments(root: Element, skip?: (el: Element) => boolean): { text: string; segs: Segment[] } | null {
  const { text } = readText(root, null, skip);
  const segs: Segment[] = [];
  let cursor = 0;
  let ok = true;
  const walk = (node: Node): void => {
    if (!ok) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (const m of value.matchAll(NON_SPACE)) {
        const piece = m[0];
        if (text.startsWith(piece, cursor)) {
          /* adjacent */
        } else if (text[cursor] === ' ' && text.startsWith(piece, cursor + 1)) {
          cursor += 1;
        } else {
          ok = false;
          return;
        }
        segs.push({ node: node as Text, nodeOffset: m.index, textStart: cursor, length: piece.length });
        cursor += piece.length;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return;
    if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (skip && el !== root && skip(el)) return;
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(root);
  return ok ? { text, segs } : null;
}

/** A Range over `[start, end)` of the normalized text of `root`, or null when the text does not line up. */
export function rangeForOffsets(root: Element, start: number, end: number, skip?: (el: Element) => boolean): Range | null {
  const aligned = segments(root, skip);
  if (!aligned || end <= start) return null;
  const { segs } = aligned;
  // Start: the first segment that ends after `start` (an offset on a space moves to the next word).
  const first = segs.find((s) => s.textStart + s.length > start);
  // End: the last segment that begins before `end`.
  let last: Segment | undefined;
  for (const s of segs) if (s.textStart < end) last = s;
  if (!first || !last) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(first.node, first.nodeOffset + Math.max(0, start - first.textStart));
  range.setEnd(last.node, last.nodeOffset + Math.min(last.length, end - last.textStart));
  return range.collapsed ? null : range;
}

/** Where a Range covering `quote` is inside `root` (first occurrence), or null. */
export function rangeForQuote(root: Element, quote: string, skip?: (el: Element) => boolean): Range | null {
  const aligned = segments(root, skip);
  if (!aligned) return null;
  const needle = quote.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  const at = needle ? aligned.text.indexOf(needle) : -1;
  return at < 0 ? null : rangeForOffsets(root, at, at + needle.length, skip);
}

/** The live elements of the latest extraction, as the content script keeps them. */
export interface LiveExtraction {
  snapshot: Snapshot;
  blockElements: (Element | null)[][];
  headingElements: (Element | null)[];
}

/** The Range a Target points at: a span of a block, a whole block, or a whole section (heading to last block). */
export function rangeForTarget(live: LiveExtraction, target: Target, quote: string | null): Range | null {
  const section = live.snapshot.sections[target.section];
  const els = live.blockElements[target.section];
  if (!section || !els) return null;
  const doc = document;
  if (target.block === null) {
    const heading = live.headingElements[target.section] ?? null;
    const blocks = els.filter((e): e is Element => !!e && e.isConnected);
    const startEl = heading?.isConnected ? heading : blocks[0];
    const endEl = blocks[blocks.length - 1] ?? startEl;
    if (!startEl || !endEl) return null;
    const range = doc.createRange();
    range.setStartBefore(startEl);
    range.setEndAfter(endEl);
    return range;
  }
  const el = els[target.block];
  const block = section.blocks[target.block];
  if (!el || !el.isConnected || !block) return null;
  const skip = skipFor(block.kind);
  if (block.kind !== 'table' && target.start !== undefined && target.end !== undefined) {
    const exact = rangeForOffsets(el, target.start, target.end, skip);
    if (exact) return exact;
  }
  if (quote) {
    // A table's text is its cells joined with " | ": a quote from it is found in its caption or in one cell.
    const scopes = block.kind === 'table' ? Array.from(el.querySelectorAll('caption, th, td')) : [el];
    for (const scope of scopes) {
      const byQuote = rangeForQuote(scope, quote, scope === el ? skip : undefined);
      if (byQuote) return byQuote;
    }
  }
  const whole = doc.createRange();
  whole.selectNodeContents(el);
  return whole;
}
