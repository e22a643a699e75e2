/**
 * The only network requests Citable makes, and only when the background or the panel asks: `/robots.txt` and
 * `/llms.txt` of the page's OWN origin, and (when the user clicks "Check what crawlers see") the page's OWN URL.
 *
 * Privacy promise: every URL here is built from `location` of the page being analyzed, never from a message, so no
 * request can go to another host. Redirects are not followed (a redirect could lead elsewhere), no cookies are sent
 * (`credentials: 'omit'`, which is also what a crawler sees), and nothing is sent anywhere but back to the extension.
 *
 * Why the content script and not the background: in Chrome MV3 a content script's fetch is same-origin with the
 * page, so it needs no host permission; the background would need `<all_urls>` to read another site's robots.txt.
 */
import { MAX_LLMS_CHARS, MAX_ROBOTS_CHARS, MAX_SERVER_TEXT_CHARS } from '../../messaging/page';
import type { FetchedFile, OriginFilesReply, ServerTextReply } from '../../messaging/protocol';

/**
 * Past this, a fetch is given up, body included (robots.txt of a slow site should not hold the score back for long;
 * a body that never ends left the panel on "Reading robots.txt…" and slowed every re-score to seconds).
 */
export const FETCH_TIMEOUT_MS = 8000;
/** Elements after which a reader sees a break: a space is put after each before the text is taken. */
export const BLOCKS = 'p, div, li, dt, dd, td, th, tr, caption, figcaption, blockquote, pre, h1, h2, h3, h4, h5, h6, br, hr, section, article, header, footer, nav, aside, main, table, ul, ol, dl, figure, address, details, summary';
/** The page's HTML is read up to this many bytes (then the text is extracted). */
const MAX_HTML_BYTES = 8_000_000;

/** A URL on the page's own origin. Throws if it were anything else (it cannot be: the path is a constant). */
function ownOriginUrl(path: '/robots.txt' | '/llms.txt'): URL {
  const url = new URL(path, location.origin);
  if (url.origin !== location.origin) throw new Error('refusing a request to another origin');
  return url;
}

/**
 * One request with one deadline for the headers and the body together: the abort signal stays armed while the body
 * is read (see readCapped), and `done()` disarms it.
 */
async function get(url: URL, accept: string, timeoutMs: number): Promise<{ res: Response; done(): void } | 'redirect' | 'network'> {
  // Same origin, by construction (see above); checked again here so that no future caller can widen it.
  if (url.origin !== location.origin) throw new Error('refusing a request to another origin');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  const done = () => clearTimeout(timer);
  try {
    const res = await fetch(url.href, { credentials: 'omit', redirect: 'manual', headers: { accept }, signal: abort.signal });
    // `redirect: 'manual'` gives an opaque redirect response: the target is not even requested.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
      done();
      return 'redirect';
    }
    return { res, done };
  } catch {
    done();
    return 'network';
  }
}

/** Reads at most `maxBytes` of the body (a huge file is cut, not loaded whole), decoded as `charset`. */
async function readCapped(res: Response, maxBytes: number, charset = 'utf-8'): Promise<string> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  if (!res.body) return decoder.decode(new Uint8Array(await res.arrayBuffer()).slice(0, maxBytes));
  const reader = res.body.getReader();
  let out = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - read;
    out += decoder.decode(value.byteLength > room ? value.slice(0, room) : value, { stream: true });
    read += value.byteLength;
    if (read >= maxBytes) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return out + decoder.decode();
}

async function fetchFile(path: '/robots.txt' | '/llms.txt', maxChars: number, timeoutMs: number): Promise<FetchedFile> {
  const got = await get(ownOriginUrl(path), 'text/plain, text/markdown;q=0.9, */*;q=0.1', timeoutMs);
  if (got === 'redirect' || got === 'network') return { outcome: got, status: null, text: null };
  // A body cut off by the deadline is no answer: a half-read robots.txt could allow what its end forbids.
  const text = await readCapped(got.res, maxChars).catch(() => null);
  got.done();
  if (text === null) return { outcome: 'network', status: null, text: null };
  return { outcome: 'ok', status: got.res.status, text: text.slice(0, maxChars) };
}

/** `/robots.txt` and `/llms.txt` of this page's origin, each given up after `timeoutMs`, body included. */
export async function fetchOriginFiles(timeoutMs = FETCH_TIMEOUT_MS): Promise<OriginFilesReply> {
  const [robots, llms] = await Promise.all([fetchFile('/robots.txt', MAX_ROBOTS_CHARS, timeoutMs), fetchFile('/llms.txt', MAX_LLMS_CHARS, timeoutMs)]);
  return { origin: location.origin, robots, llms };
}

/**
 * The page's own URL fetched again, as a crawler that runs no JavaScript gets it: its body's text without scripts,
 * styles and templates (parsed with DOMParser, which runs nothing and loads nothing).
 */
export async function fetchServerText(timeoutMs = FETCH_TIMEOUT_MS): Promise<ServerTextReply> {
  const url = new URL(location.href);
  url.hash = '';
  const fail = (detail: string): ServerTextReply => ({ url: url.href, ok: false, text: null, detail });
  const got = await get(url, 'text/html, application/xhtml+xml;q=0.9', timeoutMs);
  if (got === 'redirect') return fail('the page redirects; Citable does not follow redirects');
  if (got === 'network') return fail('the page could not be fetched again');
  const { res } = got;
  if (!res.ok) {
    got.done();
    return fail(`the server answered ${res.status}`);
  }
  const type = res.headers.get('content-type') ?? 'text/html';
  const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  const html = await readCapped(res, MAX_HTML_BYTES, charset).catch(() => null);
  got.done();
  if (html === null) return fail(`the page could not be read in ${Math.round(timeoutMs / 1000)} s`);
  // A detached document: nothing in it runs or loads, and the live page is not touched.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of Array.from(doc.querySelectorAll('script, style, template'))) el.remove();
  // textContent runs adjacent blocks together ("<td>K–2</td><td>20</td>" → "K–220"): separate them as a reader sees them.
  for (const el of Array.from(doc.querySelectorAll(BLOCKS))) el.append(' ');
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SERVER_TEXT_CHARS);
  return { url: url.href, ok: true, text, detail: null };
}
