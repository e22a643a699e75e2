/**
 * Reading inputs in Node: local files (.html, .html.gz), URLs through the polite fetcher, and the bytes of either
 * into HTML text. Every read is capped while it streams (decompression included), so /dev/zero, an endless body
 * or a gzip bomb stops at the cap with a clear error.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parseHtml } from '../scoring/parse';
import { InputError } from './errors';
import type { Fetcher } from './fetch';

export { InputError };

/** Largest page read (10 MB of HTML is far past any article). */
export const MAX_BYTES = 10 * 1024 * 1024;

export interface LoadedPage {
  html: string;
  /** The page's URL: the fetched (final) URL, or null for a local file. */
  url: string | null;
  /** The X-Robots-Tag response header, for URLs that sent one. */
  xRobotsTag?: string | null;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads a stream to the end, failing as soon as more than `max` bytes came. */
export async function readStreamCapped(stream: Readable, max: number, what = 'larger than'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) {
        stream.destroy();
        throw new InputError(`${what} ${Math.round(max / 1024 / 1024)} MB (stopped reading there)`);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new InputError('not a readable gzip file');
    throw new InputError(`cannot read it (${code ?? (err instanceof Error ? err.message : String(err))})`);
  }
  return Buffer.concat(chunks);
}

/** Reads a local file (gzip by name or by its first bytes), capped at `max` bytes after decompression. */
export async function readFileCapped(path: string, max = MAX_BYTES): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory, not an HTML file');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(/^[\w-]+(\.[\w-]+)+\//.test(path) && !/\.html?(\.gz)?$/i.test(path) ? 'no such file (for a web page, give the whole URL: https://…)' : 'no such file');
    throw new InputError(code === 'EACCES' ? 'permission denied' : `cannot read file (${code ?? String(err)})`);
  }
  const magic = Buffer.alloc(2);
  const fh = await open(path, 'r');
  try {
    await fh.read(magic, 0, 2, 0);
  } finally {
    await fh.close();
  }
  const gz = path.endsWith('.gz') || (magic[0] === 0x1f && magic[1] === 0x8b);
  const raw = createReadStream(path);
  if (!gz) return readStreamCapped(raw, max);
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return readStreamCapped(raw.pipe(gunzip), max, 'larger than');
}

export async function loadInput(input: string, fetcher: Fetcher): Promise<LoadedPage> {
  if (isUrl(input)) return fetchPage(input, fetcher);
  const bytes = await readFileCapped(input);
  return { html: checkHtml(bytes), url: null };
}

async function fetchPage(url: string, fetcher: Fetcher): Promise<LoadedPage> {
  const verdict = await fetcher.allowed(url);
  if (!verdict.ok) throw new InputError(`not fetched: ${verdict.reason} (--ignore-robots to fetch anyway)`);
  const res = (await fetcher.get(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' }))!;
  if (res.status >= 400) throw new InputError(`HTTP ${res.status}`);
  const type = res.contentType;
  if (type && !/html|xml/i.test(type)) throw new InputError(`not HTML (content-type ${type.split(';')[0]})`);
  const charset = /charset\s*=\s*"?([\w:.-]+)/i.exec(type)?.[1] ?? null;
  return { html: checkHtml(res.body, charset), url: res.url, xRobotsTag: res.xRobotsTag };
}

/**
 * Decodes HTML bytes the way a browser would in the common cases: a BOM (UTF-8 or UTF-16), then the HTTP charset,
 * then a `<meta charset>` / `http-equiv` declaration in the first 4 KB, else UTF-8. Node's TextDecoder (full ICU)
 * knows the legacy encodings real pages still use (windows-1250, iso-8859-2, shift_jis…).
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = headerCharset ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
  if (declared) {
    try {
      // A page that declares UTF-16 without a BOM is read as the bytes say (browsers do the same).
      const label = declared.toLowerCase();
      if (!label.startsWith('utf-16')) return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8, as browsers do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function checkHtml(bytes: Buffer, headerCharset?: string | null): string {
  if (bytes.length === 0) throw new InputError('empty page');
  // UTF-16 text is full of NUL bytes: only without a UTF-16 BOM do NULs in the first KB mean binary content.
  const bom = bomEncoding(bytes);
  if (!bom?.startsWith('utf-16') && bytes.subarray(0, 1024).includes(0)) throw new InputError('not HTML (binary content)');
  const html = decodeHtml(bytes, headerCharset);
  if (html.trim() === '' || html.trim() === '\ufeff') throw new InputError('empty page');
  if (!/<\s*(?:!doctype|html|head|body|p|div|article|h[1-6]|main|section|span|title)\b/i.test(html.slice(0, 200_000))) throw new InputError('not HTML (no HTML elements found)');
  return html;
}

/** Parses HTML into a Document the engine can read. */
export function parseDocument(html: string): Document {
  return parseHtml(html);
}
