/**
 * Reading pages in Node: files (.html, .html.gz), URLs, and HTML strings, into a DOM from linkedom.
 * linkedom was chosen by measurement (../shared/TOOLCHAIN.md and `npm run bench`): with Readability it was about
 * 3× faster than jsdom on real pages, and the engine only reads the DOM.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** A page could not be read: the message names the reason in a few words. */
export class InputError extends Error {}

/** Largest page read, a guard against a runaway download or file (10 MB of HTML is far past any article). */
const MAX_BYTES = 10 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export interface LoadedPage {
  html: string;
  /** The page's URL: the fetched URL, or null for a local file. */
  url: string | null;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function loadInput(input: string): Promise<LoadedPage> {
  if (isUrl(input)) return fetchPage(input);
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not an HTML file' : `cannot read file (${code ?? String(err)})`);
  }
  if (input.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
    } catch {
      throw new InputError('not a readable gzip file (or larger than 10 MB uncompressed)');
    }
  }
  if (bytes.length > MAX_BYTES) throw new InputError('larger than 10 MB');
  return { html: checkHtml(bytes), url: null };
}

async function fetchPage(url: string): Promise<LoadedPage> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new InputError(`unreachable (${cause ?? (err instanceof Error ? err.message : String(err))})`);
  }
  if (!res.ok) throw new InputError(`HTTP ${res.status} ${res.statusText}`.trim());
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new InputError(`not HTML (content-type ${type.split(';')[0]})`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_BYTES) throw new InputError('larger than 10 MB');
  const charset = /charset\s*=\s*"?([\w:.-]+)/i.exec(type)?.[1] ?? null;
  return { html: checkHtml(buf, charset), url: res.url || url };
}

/**
 * Decodes HTML bytes the way a browser would in the common cases: a BOM, then the HTTP charset, then a
 * `<meta charset>` / `http-equiv` declaration in the first 4 KB, else UTF-8. Node's TextDecoder (full ICU) knows
 * the legacy encodings real pages still use (windows-1250, iso-8859-2, shift_jis…).
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = headerCharset ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8, as browsers do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Fetches a small text file from the page's own origin (robots.txt, llms.txt) for the access checks. Never throws:
 * an unreachable host gives status null.
 */
export async function fetchSameOrigin(pageUrl: string, path: string): Promise<{ status: number | null; text: string | null }> {
  let target: string;
  try {
    target = new URL(path, new URL(pageUrl).origin).href;
  } catch {
    return { status: null, text: null };
  }
  try {
    const res = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(10_000) });
    const buf = Buffer.from(await res.arrayBuffer());
    return { status: res.status, text: buf.subarray(0, 512 * 1024).toString('utf8') };
  } catch {
    return { status: null, text: null };
  }
}

function checkHtml(bytes: Buffer, headerCharset?: string | null): string {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError('empty page');
  // Binary content: NUL bytes in the first KB are not text.
  if (bytes.subarray(0, 1024).includes(0)) throw new InputError('not HTML (binary content)');
  const html = decodeHtml(bytes, headerCharset);
  if (!/<\s*(?:!doctype|html|head|body|p|div|article|h[1-6]|main|section|span|title)\b/i.test(html.slice(0, 200_000))) throw new InputError('not HTML (no HTML elements found)');
  return html;
}

/** Parses HTML into a Document the engine can read. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
