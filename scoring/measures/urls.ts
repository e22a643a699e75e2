/**
 * Link addresses parsed once per analysis: the sources read in the sentences (./attribution.ts) and the page's
 * citations (../authorship/citations.ts) read the same links, and a link over two sentences is read in both.
 */
export type ParsedUrls = Map<string, URL | null>;

/** `new URL(href)`, or null where it throws; remembered in `cache` when one is given. */
export function parsedUrl(href: string, cache?: ParsedUrls): URL | null {
  let url = cache?.get(href);
  if (url === undefined) {
    try {
      url = new URL(href);
    } catch {
      url = null;
    }
    cache?.set(href, url);
  }
  return url;
}
