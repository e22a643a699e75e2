/**
 * A URL read from the page: a link only when it is http(s) (never `javascript:`, `data:` or anything else), opened
 * in a new tab without an opener or a referrer; otherwise plain text.
 */
import type { ReactNode } from 'react';

export function isWebUrl(href: string): boolean {
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isWebUrl(href)) return <span className="url-text">{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
