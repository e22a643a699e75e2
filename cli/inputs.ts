/**
 * What to score: positional inputs (files, .gz, URLs), `-` (one input per line on stdin), `--urls FILE` and
 * `--sitemap URL|FILE` (a sitemap index, nested indexes and gzipped sitemaps, parsed with fast-xml-parser), cut
 * to `--limit N`. A list or sitemap that cannot be read is an error naming it; the other inputs still run.
 */
import { XMLParser } from 'fast-xml-parser';
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors';
import type { Fetcher } from './fetch';
import { isUrl, readFileCapped, readStreamCapped } from './load';

/** A sitemap holds at most 50,000 URLs and 50 MB uncompressed (sitemaps.org protocol). */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
/** Sitemap indexes nested deeper than this are not followed (the protocol allows no nesting at all). */
const MAX_SITEMAP_DEPTH = 4;
/** A list of inputs (stdin or --urls) larger than this is refused. */
const MAX_LIST_BYTES = 50 * 1024 * 1024;

export interface InputProblem {
  input: string;
  reason: string;
}

/** One input per line; blank lines and lines starting with # are skipped. */
export function parseList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export async function readStdinList(stdin: NodeJS.ReadableStream): Promise<string[]> {
  const bytes = await readStreamCapped(stdin as unknown as import('node:stream').Readable, MAX_LIST_BYTES);
  return parseList(bytes.toString('utf8'));
}

export async function readListFile(path: string): Promise<string[]> {
  return parseList((await readFileCapped(path, MAX_LIST_BYTES)).toString('utf8'));
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  // Entities in <loc> (&amp;) are decoded; external entities are never fetched by this parser.
  processEntities: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

interface SitemapXml {
  urlset?: { url?: Array<{ loc?: unknown }> };
  sitemapindex?: { sitemap?: Array<{ loc?: unknown }> };
}

/** Reads a sitemap (or index) file or URL: the page URLs, in order, up to `limit`. Problems go to `problems`. */
export async function sitemapUrls(source: string, fetcher: Fetcher, limit: number, problems: InputProblem[]): Promise<string[]> {
  const out: string[] = [];
  const listed = new Set<string>();
  const seen = new Set<string>();
  const visit = async (where: string, depth: number): Promise<void> => {
    if (out.length >= limit || seen.has(where)) return;
    seen.add(where);
    let xml: SitemapXml;
    try {
      xml = parseSitemap(await readSitemapBytes(where, fetcher));
    } catch (err) {
      problems.push({ input: where, reason: err instanceof InputError ? err.message : `not a readable sitemap (${err instanceof Error ? err.message : String(err)})` });
      return;
    }
    if (xml.sitemapindex) {
      if (depth >= MAX_SITEMAP_DEPTH) {
        problems.push({ input: where, reason: `sitemap index nested more than ${MAX_SITEMAP_DEPTH} deep: not followed` });
        return;
      }
      for (const s of xml.sitemapindex.sitemap ?? []) {
        const loc = locOf(s.loc, where);
        if (loc) await visit(loc, depth + 1);
        if (out.length >= limit) return;
      }
      return;
    }
    for (const u of xml.urlset?.url ?? []) {
      const loc = locOf(u.loc, where);
      // A page listed twice (in two sitemaps of an index, say) is scored once.
      if (loc && isUrl(loc) && !listed.has(loc)) {
        listed.add(loc);
        out.push(loc);
      }
      if (out.length >= limit) return;
    }
  };
  await visit(source, 0);
  return out;
}

function locOf(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (!text) return null;
  try {
    return isUrl(base) ? new URL(text, base).href : text;
  } catch {
    return null;
  }
}

async function readSitemapBytes(where: string, fetcher: Fetcher): Promise<Buffer> {
  let bytes: Buffer;
  if (isUrl(where)) {
    const verdict = await fetcher.allowed(where);
    if (!verdict.ok) throw new InputError(`not fetched: ${verdict.reason} (--ignore-robots to fetch anyway)`);
    const res = (await fetcher.get(where, { accept: 'application/xml,text/xml;q=0.9,*/*;q=0.5', maxBytes: MAX_SITEMAP_BYTES }))!;
    if (res.status >= 400) throw new InputError(`HTTP ${res.status}`);
    bytes = res.body;
  } else {
    bytes = await readFileCapped(where, MAX_SITEMAP_BYTES);
  }
  // A .xml.gz served as application/gzip (no Content-Encoding): the bytes are still compressed.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_SITEMAP_BYTES });
    } catch {
      throw new InputError('not a readable gzip file (or larger than 50 MB uncompressed)');
    }
  }
  return bytes;
}

function parseSitemap(bytes: Buffer): SitemapXml {
  const text = bytes.toString('utf8');
  if (!/<\s*(?:\w+:)?(?:urlset|sitemapindex)\b/.test(text.slice(0, 100_000))) throw new InputError('not a sitemap (no <urlset> or <sitemapindex>)');
  // Sitemaps never declare entities; a document that does is refused rather than expanded ("billion laughs").
  if (/<!ENTITY/i.test(text.slice(0, 100_000))) throw new InputError('not a sitemap (it declares XML entities)');
  return parser.parse(text) as SitemapXml;
}
