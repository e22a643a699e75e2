/**
 * Reading an element's visible text the same way everywhere (full extraction, incremental re-reads of an edited
 * block, and the content script's mapping of offsets back to DOM Ranges), so offsets agree.
 */
import type { SnapshotLink } from '../snapshot';

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'OPTION', 'HEAD', 'MATH',
]);

/** Elements that break a line: their text is separated from their neighbours' by a space. */
const BREAKING = new Set([
  'P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION',
  'DD', 'DT', 'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'CAPTION',
]);

/**
 * Whitespace runs to collapse to one space: every run of two or more, and any single whitespace character that is
 * not a plain space (tabs, newlines, no-break and zero-width spaces). Single plain spaces, most of any text, are
 * left alone: the result equals replacing every run, at half the cost (measured on the corpus's block texts).
 */
const WS = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Collapses whitespace runs to one space and trims: the normal form of all extracted text. */
export function normalizeSpace(s: string): string {
  return s.replace(WS, ' ').trim();
}

export interface ReadText {
  text: string;
  links: SnapshotLink[];
}

/** Resolves an href against the page URL; returns null for links that lead nowhere (fragments, javascript:). */
export function resolveHref(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  const href = raw.trim();
  if (!href || href.startsWith('#') || /^(javascript|data|vbscript|mailto|tel):/i.test(href)) return null;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/**
 * Descendants that make the walk below differ from an element's textContent: links (their offsets are recorded),
 * line breaks and blocks (they separate words), and content that is never read (skipped tags, hidden elements).
 */
const TEXT_CONTENT_BLOCKERS = [...SKIP_TAGS, ...BREAKING, 'A']
  .map((t) => t.toLowerCase())
  .concat(['[hidden]', '[aria-hidden="true"]'])
  .join(',');

/**
 * The visible text of `root` with whitespace normalized, and the links inside it with offsets into that text.
 * `skip` lets the caller leave out nested parts (e.g. a nested list read as its own blocks). `nativeQueries` (a
 * browser): an element whose descendants are plain inline markup is read with one native query and textContent
 * instead of a walk, which costs a DOM call per node (measured: readText was the largest part of the content
 * script's own reading in Chromium). Node's DOM libraries match selectors in script, so they walk.
 */
export function readText(root: Node, base: string | null, skip?: (el: Element) => boolean, nativeQueries = false): ReadText {
  let out = '';
  let pendingSpace = false;
  const links: SnapshotLink[] = [];

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!value) return;
      // Collapse inner runs; a leading or trailing run becomes a pending space between this text and its neighbours.
      const collapsed = value.replace(WS, ' ');
      const lead = collapsed.charCodeAt(0) === 32;
      const body = collapsed.trim();
      if (lead || !body) pendingSpace = true;
      if (!body) return;
      if (pendingSpace && out.length > 0) out += ' ';
      out += body;
      pendingSpace = collapsed.charCodeAt(collapsed.length - 1) === 32;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (skip && el !== root && skip(el)) return;
    const breaking = BREAKING.has(tag);
    if (breaking) pendingSpace = true;
    if (tag === 'A') {
      const href = resolveHref(el.getAttribute('href'), base);
      const before = out.length;
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
      if (href && out.length > before) {
        // A space inserted before the link's first word belongs to the text before it.
        const start = out[before] === ' ' ? before + 1 : before;
        if (out.length > start) links.push({ href, text: out.slice(start), start, end: out.length });
      }
      return;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (breaking) pendingSpace = true;
  };

  // Most paragraphs are a single run of text, or text with inline markup: read them in one call (what the walk
  // below produces; tested on the corpus).
  if (root.nodeType === 1) {
    const el = root as Element;
    const tag = el.tagName.toUpperCase();
    if (tag !== 'A' && !SKIP_TAGS.has(tag) && el.getAttribute('hidden') === null && el.getAttribute('aria-hidden') !== 'true') {
      if (el.firstElementChild === null || (nativeQueries && !skip && el.querySelector(TEXT_CONTENT_BLOCKERS) === null)) {
        return { text: normalizeSpace(el.textContent ?? ''), links };
      }
    }
  }
  walk(root);
  return { text: out, links };
}
