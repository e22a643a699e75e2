/**
 * Robots directives from `<meta name="robots">`, crawler-specific metas (`<meta name="googlebot">`…) and
 * `X-Robots-Tag` header values. Directive meanings: Google's robots meta tag specification
 * (https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag). `noai`/`noimageai` are not part of
 * any standard and no major AI vendor documents honouring them: they are reported as information only.
 */
import { z } from 'zod';

export const RobotsDirectives = z.object({
  /** Which crawler the directives address: `*` for `robots`, else the lower-cased name (`googlebot`). */
  agent: z.string(),
  /** Where they came from. */
  origin: z.enum(['meta', 'header']),
  noindex: z.boolean(),
  nofollow: z.boolean(),
  nosnippet: z.boolean(),
  /** `max-snippet:N` (-1 = no limit, 0 = like nosnippet), or null when absent. */
  maxSnippet: z.number().int().nullable(),
  /** Non-standard AI opt-out words found (`noai`, `noimageai`). */
  nonStandard: z.array(z.string()),
  /** Directives we did not recognise, kept verbatim. */
  unknown: z.array(z.string()),
});
export type RobotsDirectives = z.infer<typeof RobotsDirectives>;

const KNOWN = new Set(['all', 'index', 'follow', 'noarchive', 'nocache', 'noimageindex', 'notranslate', 'indexifembedded', 'max-image-preview', 'max-video-preview', 'unavailable_after']);

/** Parse one directive list ("noindex, max-snippet:50"). */
export function parseRobotsDirectives(content: string, agent = '*', origin: 'meta' | 'header' = 'meta'): RobotsDirectives {
  const out: RobotsDirectives = { agent, origin, noindex: false, nofollow: false, nosnippet: false, maxSnippet: null, nonStandard: [], unknown: [] };
  for (const raw of content.split(',')) {
    const d = raw.trim().toLowerCase();
    if (!d) continue;
    const [name, ...rest] = d.split(':');
    const key = name!.trim();
    const value = rest.join(':').trim();
    if (key === 'noindex') out.noindex = true;
    else if (key === 'nofollow') out.nofollow = true;
    else if (key === 'none') out.noindex = out.nofollow = true;
    else if (key === 'nosnippet') out.nosnippet = true;
    else if (key === 'max-snippet') {
      const n = Number.parseInt(value, 10);
      if (Number.isFinite(n)) out.maxSnippet = n;
    } else if (key === 'noai' || key === 'noimageai') out.nonStandard.push(key);
    else if (!KNOWN.has(key)) out.unknown.push(d);
  }
  return out;
}

/**
 * Parse an `X-Robots-Tag` header value. A value may address one crawler with a `name:` prefix
 * ("googlebot: noindex"); several header lines joined by ", " are split where a new `agent:` prefix starts.
 */
export function parseXRobotsTag(header: string): RobotsDirectives[] {
  const out: RobotsDirectives[] = [];
  // Split into segments at "agent:" prefixes that are not directive names (max-snippet:… is a directive).
  const parts = header.split(/,(?=\s*[a-z0-9_-]+\s*:(?!\s*-?\d))/i);
  for (const part of parts) {
    const m = /^\s*([a-z0-9_-]+)\s*:\s*(.*)$/i.exec(part);
    const isAgent = m && !/^(max-snippet|max-image-preview|max-video-preview|unavailable_after)$/i.test(m[1]!);
    if (m && isAgent) out.push(parseRobotsDirectives(m[2]!, m[1]!.toLowerCase(), 'header'));
    else out.push(parseRobotsDirectives(part, '*', 'header'));
  }
  return out;
}

/** All robots metas of a document: `robots` and crawler-specific names (googlebot, bingbot, gptbot…). */
export function readMetaRobots(doc: Document, metas?: Element[]): RobotsDirectives[] {
  const out: RobotsDirectives[] = [];
  for (const meta of metas ?? Array.from(doc.querySelectorAll('meta[name][content]'))) {
    if (meta.getAttribute('content') === null) continue;
    const name = (meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (!name) continue;
    const content = meta.getAttribute('content') ?? '';
    if (name === 'robots') out.push(parseRobotsDirectives(content, '*'));
    else if (/bot|google|bing|slurp|crawler|spider|claude|perplexity|gpt/.test(name) && !/verification|site-verification/.test(name))
      out.push(parseRobotsDirectives(content, name));
  }
  return out;
}
