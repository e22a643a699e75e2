/**
 * Small DOM helpers for `scoring/` that use only the `Document`/`Element` passed in (no globals such as `Node`), so
 * they run the same on the live page and on linkedom in Node.
 */
import { cssPath as sharedCssPath } from '../dom/css-path';

/** A CSS path to `el` (shared with the article extraction, so both locate elements the same way). */
export function cssPath(el: Element): string {
  return sharedCssPath(el) ?? el.tagName.toLowerCase();
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
