/**
 * Small DOM helpers for `scoring/` that use only the `Document`/`Element` passed in (no globals such as `Node`), so
 * they run the same on the live page and on linkedom in Node.
 */
import { cssPath as sharedCssPath } from '../dom/css-path';

/**
 * The path caches of the extraction in progress (see withPathCache). Each JSON-LD script, item and RDFa subject asks
 * for its path: uncached, every one of 5,000 JSON-LD scripts in a head numbered all of the head's children again
 * (quadratic: 10.6 s).
 */
let caches: { paths: Map<Element, string | null>; indexes: Map<Element, Map<Element, number>> } | null = null;

/** Runs `read` with one path cache for all of it (the page cannot change during a synchronous read). */
export function withPathCache<T>(read: () => T): T {
  const outer = caches;
  caches = { paths: new Map(), indexes: new Map() };
  try {
    return read();
  } finally {
    caches = outer;
  }
}

/** A CSS path to `el` (shared with the article extraction, so both locate elements the same way). */
export function cssPath(el: Element): string {
  return (caches ? sharedCssPath(el, caches.paths, caches.indexes) : sharedCssPath(el)) ?? el.tagName.toLowerCase();
}

/** Resolve a URL attribute against the page URL when possible; otherwise return it trimmed. */
export function resolveUrl(raw: string, base: string | null): string {
  const v = raw.trim();
  if (!base) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}
