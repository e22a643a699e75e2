/**
 * Showing a Range on the page without changing the page's content.
 *
 * First choice: the CSS Custom Highlight API (Chrome 105+, Firefox 140+). The `::highlight()` rule lives in a
 * constructed stylesheet added through `document.adoptedStyleSheets`: it is not an element, so the page's DOM
 * (and its serialization) is unchanged.
 *
 * Fallback (older browsers only): boxes drawn over the Range's client rects, inside a closed shadow root whose
 * host is attached to `<html>`, outside `<body>`. That host is the one element the extension ever adds, it
 * holds nothing the page can read, and it is removed when the highlight is cleared. The end-to-end DOM-equality
 * test compares `document.body`, which this host is never part of.
 */

export const HIGHLIGHT_NAME = 'citable-focus';
const CSS_TEXT = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.45); color: inherit; text-decoration: underline 2px rgba(200, 120, 0, 0.9); }`;

let sheetAdded = false;
let fallbackHost: HTMLElement | null = null;
/** Every overlay host ever added (the mutation records of their removal arrive after they are gone). */
const ownNodes = new WeakSet<Node>();

function highlightApi(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

function ensureSheet(): boolean {
  if (sheetAdded) return true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    sheetAdded = true;
  } catch {
    sheetAdded = false;
  }
  return sheetAdded;
}

/** Highlights `range` (replacing any previous highlight) and scrolls it into view. */
export function showRange(range: Range): 'highlight' | 'overlay' {
  clearHighlight();
  const registry = highlightApi();
  let how: 'highlight' | 'overlay';
  if (registry && ensureSheet()) {
    registry.set(HIGHLIGHT_NAME, new Highlight(range));
    how = 'highlight';
  } else {
    drawOverlay(range);
    how = 'overlay';
  }
  scrollToRange(range);
  return how;
}

export function clearHighlight(): void {
  highlightApi()?.delete(HIGHLIGHT_NAME);
  fallbackHost?.remove();
  fallbackHost = null;
}

function scrollToRange(range: Range): void {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const rect = range.getBoundingClientRect();
  const top = rect.top + window.scrollY - Math.max(0, (window.innerHeight - Math.min(rect.height, window.innerHeight)) / 2);
  window.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
  // In an editor's frame, bring the frame itself into view in the page around it (scrolling changes no content).
  if (window !== window.top) window.frameElement?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

function drawOverlay(range: Range): void {
  const host = document.createElement('citable-overlay');
  const root = host.attachShadow({ mode: 'closed' });
  const layer = document.createElement('div');
  layer.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;z-index:2147483647';
  for (const r of Array.from(range.getClientRects())) {
    const box = document.createElement('div');
    box.style.cssText = `position:absolute;left:${r.left + window.scrollX}px;top:${r.top + window.scrollY}px;width:${r.width}px;height:${r.height}px;background:rgba(255,196,0,.4)`;
    layer.append(box);
  }
  root.append(layer);
  host.style.cssText = 'all:initial;position:absolute;left:0;top:0;pointer-events:none';
  ownNodes.add(host);
  document.documentElement.append(host);
  fallbackHost = host;
}

/** True for mutation records caused by the fallback overlay (the one element the extension may add). */
export function isOwnMutation(r: MutationRecord): boolean {
  if (fallbackHost?.contains(r.target) || ownNodes.has(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => ownNodes.has(n));
}
