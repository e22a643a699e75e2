/**
 * The page as HTML, written on the page's thread in slices, so the article can be read on another thread (the
 * offscreen document in Chrome, the background page in Firefox: see entrypoints/offscreen/reader.ts).
 *
 * The browser's own serializer (`outerHTML`) does the work, one subtree at a time: a subtree of at most
 * SUBTREE_ELEMENTS elements is written in one call, a larger one is opened by hand (its start tag) and its children
 * are taken one by one. Between two pieces the time spent in the current slice is checked; past SLICE_MS the
 * serializer yields to the page (input, rendering, its own scripts), so no task of Citable's grows long even on a
 * 28,000-word page. Nothing on the page is changed: only its markup is read.
 *
 * Of the head, only what the reader uses is written whole (title, metas, links, JSON-LD): stylesheets and scripts
 * there would only be copied to be thrown away, so they stand in as empty elements. A `<base>` with the page's own
 * base URL comes last in it, so relative links resolve as they do on the page. The body is written whole, so the reader's parse of it has the same elements in
 * the same order as the page: the reader's locators are indexes into the body's elements in document order.
 */

/** A subtree with at most this many elements is serialized in one native call (well under a millisecond or two). */
const SUBTREE_ELEMENTS = 1500;
/** The page's thread is handed back after this much work in one slice. */
const SLICE_MS = 8;
/** Elements written whole, however large: their content is raw text, foreign markup or a template's fragment. */
const WHOLE = new Set(['script', 'style', 'textarea', 'template', 'svg', 'math', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'title']);
/** Elements the HTML parser keeps in a head (anything else written there would open the body early). */
const HEAD_SAFE = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface SerializedPage {
  /** The pieces of the HTML, in order (their concatenation is the page). */
  parts: string[];
  /** Elements under the body (or the root, without a body), counted when the serialization ended. */
  elements: number;
  /** The page's `<noscript>` holds text, not elements (scripting is on): the reader reads it the same way. */
  noscriptText: boolean;
  /** Time spent on the page's thread, summed over the slices (ms). */
  mainMs: number;
  /** The longest slice (ms). */
  longestMs: number;
}

/** Gives the page's thread back: `scheduler.yield()` where it exists (it keeps this task's priority), else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Serializes `doc` in slices. `stale()` is asked at each yield: when it says the result is no longer wanted (a newer
 * read started, the script was invalidated), null is returned.
 */
export async function serializePage(doc: Document, stale: () => boolean = () => false, pause: () => Promise<void> = yieldToPage): Promise<SerializedPage | null> {
  const parts: string[] = [];
  let mainMs = 0;
  let longestMs = 0;
  let sliceStart = performance.now();
  const endSlice = () => {
    const took = performance.now() - sliceStart;
    mainMs += took;
    longestMs = Math.max(longestMs, took);
  };
  const root = doc.documentElement;
  if (!root) return { parts: [], elements: 0, noscriptText: false, mainMs: 0, longestMs: 0 };
  parts.push('<!DOCTYPE html>', startTag(root));
  parts.push('<head>');
  const head = childByName(root, 'head');
  if (head) {
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.localName;
      if (tag === 'title' || tag === 'meta' || tag === 'link' || (tag === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')) {
        parts.push(el.outerHTML);
      } else if (HEAD_SAFE.has(tag)) {
        // An empty stand-in keeps the places of the elements around it (structured data is located by CSS path). The
        // page's own <base> stands in without its href: the absolute one below gives the page's base URL.
        parts.push(VOID.has(tag) ? `<${tag}>` : `<${tag}></${tag}>`);
      }
    }
  }
  // The page's own base URL, absolute: the reader's document has another address of its own. The first <base> with
  // an href sets it, wherever it is; placed last, it moves no other element.
  parts.push(`<base href="${escapeAttr(doc.baseURI)}">`);
  parts.push('</head>');
  // Work list, last first: a node to write, or a closing tag.
  const work: (Node | string)[] = [];
  for (let n = root.lastChild; n; n = n.previousSibling) if (n !== head) work.push(n);
  while (work.length > 0) {
    if (performance.now() - sliceStart > SLICE_MS) {
      endSlice();
      await pause();
      if (stale()) return null;
      sliceStart = performance.now();
    }
    const item = work.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      parts.push(escapeText((item as Text).data, item.parentNode));
      continue;
    }
    if (item.nodeType === 8) {
      parts.push(`<!--${(item as Comment).data}-->`);
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.localName;
    if (WHOLE.has(tag) || VOID.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !el.firstElementChild || el.getElementsByTagName('*').length <= SUBTREE_ELEMENTS) {
      parts.push(el.outerHTML);
      continue;
    }
    parts.push(startTag(el));
    work.push(`</${tag}>`);
    for (let n = el.lastChild; n; n = n.previousSibling) work.push(n);
  }
  const body = childByName(root, 'body') ?? root;
  const elements = body.getElementsByTagName('*').length;
  endSlice();
  return { parts, elements, noscriptText: noscriptHoldsText(doc), mainMs, longestMs };
}

/** Whether the page's `<noscript>` elements hold their content as text (scripting on), judged by the first one with content. */
function noscriptHoldsText(doc: Document): boolean {
  for (const ns of Array.from(doc.getElementsByTagName('noscript'))) {
    if (ns.firstElementChild) return false;
    if (ns.textContent?.includes('<')) return true;
  }
  return false;
}

function childByName(parent: Element, name: string): Element | null {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) if (el.localName === name) return el;
  return null;
}

function startTag(el: Element): string {
  let out = `<${el.localName}`;
  for (const attr of Array.from(el.attributes)) out += ` ${attr.name}="${escapeAttr(attr.value)}"`;
  return `${out}>`;
}

/** As the HTML serializer escapes attribute values. */
function escapeAttr(s: string): string {
  return s.replace(/[&"\u00a0<>]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

/** As the HTML serializer escapes text (not inside a raw-text element, which is always written whole). */
function escapeText(s: string, parent: Node | null): string {
  if (parent && parent.nodeType === 1 && WHOLE.has((parent as Element).localName)) return s;
  return s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}
