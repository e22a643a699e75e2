/**
 * Polite HTTP for site audits: a clear user agent, a small per-host concurrency with a delay between requests to
 * the same host (and the site's own Crawl-delay, capped), one deadline per request covering the headers and the
 * whole body, a size cap enforced while the (decompressed) body streams in, redirects followed by hand to a limit
 * (a loop is reported as a loop), and robots.txt honoured for Citable's own product token.
 *
 * Node's fetch (undici) decompresses gzip/deflate/br as the body streams, so the cap counts decompressed bytes:
 * a gzip bomb stops at the cap like an endless body does.
 */
import robotsParser from 'robots-parser';
import { InputError } from './errors';

/** Citable's product token in robots.txt (RFC 9309 § 2.2.1): `User-agent: Citable`. */
export const ROBOTS_TOKEN = 'Citable';
export const VERSION = '0.1.0';
export const USER_AGENT = `Mozilla/5.0 (compatible; ${ROBOTS_TOKEN}/${VERSION}; citability audit run by a person from the command line)`;

export interface FetchSettings {
  /** Requests at the same time to one host. */
  perHost: number;
  /** Milliseconds between the starts of two requests to the same host. */
  delayMs: number;
  /** Deadline of one request, headers and body included. */
  timeoutMs: number;
  /** Largest body read, counted after decompression. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** When false, robots.txt is still read (for the report) but not obeyed for Citable's own token. */
  obeyRobots: boolean;
}

export const DEFAULT_FETCH: FetchSettings = {
  perHost: 2,
  delayMs: 250,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  obeyRobots: true,
};

/** A site's Crawl-delay is honoured up to this many seconds (a larger one would stall an audit for hours). */
const MAX_CRAWL_DELAY_S = 10;
/** robots.txt is read up to 500 KiB, as Google does (RFC 9309 § 2.5 asks for at least that). */
const MAX_ROBOTS_BYTES = 512 * 1024;
const MAX_LLMS_BYTES = 256 * 1024;

export interface Fetched {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** The X-Robots-Tag header, when sent. */
  xRobotsTag: string | null;
  body: Buffer;
}

interface HostState {
  active: number;
  /** Earliest time the next request may start. */
  nextAt: number;
  delayMs: number;
  waiters: Array<() => void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What one fetch of a same-origin text file (robots.txt, llms.txt) gave, as the engine takes it. */
export interface OriginFile {
  status: number | null;
  text: string | null;
  /** Why there is no answer, when there is none. */
  note?: string;
}

export class Fetcher {
  private readonly hosts = new Map<string, HostState>();
  private readonly robots = new Map<string, Promise<OriginFile>>();
  private readonly llms = new Map<string, Promise<OriginFile>>();
  /** Every URL requested, in order (for tests and --verbose). */
  readonly requested: string[] = [];

  constructor(readonly settings: FetchSettings = DEFAULT_FETCH) {}

  private host(key: string): HostState {
    let h = this.hosts.get(key);
    if (!h) {
      h = { active: 0, nextAt: 0, delayMs: this.settings.delayMs, waiters: [] };
      this.hosts.set(key, h);
    }
    return h;
  }

  /** Waits for a slot on `host` (concurrency) and for its turn (delay). */
  private async acquire(key: string): Promise<void> {
    const h = this.host(key);
    if (h.active >= this.settings.perHost) await new Promise<void>((r) => h.waiters.push(r));
    else h.active++;
    const now = Date.now();
    const start = Math.max(now, h.nextAt);
    h.nextAt = start + h.delayMs;
    if (start > now) await sleep(start - now);
  }

  private release(key: string): void {
    const h = this.host(key);
    const next = h.waiters.shift();
    // The slot is handed over, so `active` stays as it is.
    if (next) next();
    else h.active--;
  }

  /**
   * GET `url` through the host's queue. Redirects are followed by hand: up to `maxRedirects`, a URL seen twice is a
   * loop, and with `sameHostOnly` a redirect to another host is not followed (`null` is returned).
   */
  async get(url: string, opts: { accept: string; maxBytes?: number; sameHostOnly?: boolean }): Promise<Fetched | null> {
    const maxBytes = opts.maxBytes ?? this.settings.maxBytes;
    // The deadline starts when the first request leaves (not while it waits its turn in the host's queue) and
    // covers every redirect hop and the whole body.
    let deadline: number | null = null;
    const seen: string[] = [];
    let current = url;
    for (;;) {
      const u = new URL(current);
      if (seen.includes(current)) throw new InputError(`redirect loop (${[...seen.slice(seen.indexOf(current)), current].map(shortUrl).join(' → ')})`);
      seen.push(current);
      const key = u.host;
      await this.acquire(key);
      deadline ??= Date.now() + this.settings.timeoutMs;
      const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
      try {
        this.requested.push(current);
        let res: Response;
        try {
          res = await fetch(current, {
            redirect: 'manual',
            signal,
            headers: { 'user-agent': USER_AGENT, accept: opts.accept, 'accept-encoding': 'gzip, deflate, br' },
          });
        } catch (err) {
          throw networkError(err, this.settings.timeoutMs);
        }
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.body?.cancel().catch(() => undefined);
          let next: URL;
          try {
            next = new URL(location, current);
          } catch {
            throw new InputError(`redirects to an invalid address (${location.slice(0, 100)})`);
          }
          if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new InputError(`redirects to a ${next.protocol} address, not a web page`);
          if (opts.sameHostOnly && next.host !== u.host) return null;
          if (seen.length > this.settings.maxRedirects) throw new InputError(`too many redirects (more than ${this.settings.maxRedirects})`);
          current = next.href;
          continue;
        }
        const body = await readCapped(res, maxBytes, signal, this.settings.timeoutMs);
        return {
          url: current,
          status: res.status,
          contentType: res.headers.get('content-type') ?? '',
          xRobotsTag: res.headers.get('x-robots-tag'),
          body,
        };
      } finally {
        this.release(key);
      }
    }
  }

  /** robots.txt of `origin`, fetched once per run; never follows a redirect to another host. */
  robotsOf(origin: string): Promise<OriginFile> {
    let p = this.robots.get(origin);
    if (!p) {
      p = this.originFile(origin, '/robots.txt', MAX_ROBOTS_BYTES).then((file) => {
        this.applyCrawlDelay(origin, file);
        return file;
      });
      this.robots.set(origin, p);
    }
    return p;
  }

  /** llms.txt of `origin`, fetched once per run (information for the report only). */
  llmsOf(origin: string): Promise<OriginFile> {
    let p = this.llms.get(origin);
    if (!p) {
      p = this.originFile(origin, '/llms.txt', MAX_LLMS_BYTES);
      this.llms.set(origin, p);
    }
    return p;
  }

  private async originFile(origin: string, path: string, maxBytes: number): Promise<OriginFile> {
    try {
      const res = await this.get(new URL(path, origin).href, { accept: 'text/plain,*/*;q=0.5', maxBytes, sameHostOnly: true });
      if (!res) return { status: null, text: null, note: `${path} redirects to another host (not followed)` };
      return { status: res.status, text: res.status < 400 ? decodeText(res.body) : null };
    } catch (err) {
      // A robots.txt larger than the cap is read up to the cap by crawlers; here it is reported as unreadable.
      return { status: null, text: null, note: err instanceof Error ? err.message : String(err) };
    }
  }

  private applyCrawlDelay(origin: string, file: OriginFile): void {
    if (!file.text) return;
    const delay = robotsParser(new URL('/robots.txt', origin).href, file.text).getCrawlDelay(ROBOTS_TOKEN);
    if (typeof delay === 'number' && delay > 0) {
      const h = this.host(new URL(origin).host);
      h.delayMs = Math.max(h.delayMs, Math.min(MAX_CRAWL_DELAY_S, delay) * 1000);
    }
  }

  /**
   * Whether Citable may fetch `url` under its site's robots.txt (RFC 9309: a 4xx file allows everything; a 5xx or
   * unreachable one means complete disallow). Always true with `obeyRobots: false`.
   */
  async allowed(url: string): Promise<{ ok: boolean; reason?: string }> {
    if (!this.settings.obeyRobots) return { ok: true };
    const origin = new URL(url).origin;
    const file = await this.robotsOf(origin);
    if (file.status === null) {
      if (file.note?.includes('another host')) return { ok: true };
      // No answer from the host at all: the page is as unreachable as its robots.txt; say that, not "disallowed".
      if (file.note?.startsWith('unreachable')) throw new InputError(file.note);
      return { ok: false, reason: `robots.txt could not be read (${file.note ?? 'no answer'}), which means "disallow all" (RFC 9309)` };
    }
    if (file.status >= 500) return { ok: false, reason: `robots.txt answered HTTP ${file.status}, which means "disallow all" (RFC 9309)` };
    if (file.status >= 400 || !file.text) return { ok: true };
    const ok = robotsParser(new URL('/robots.txt', origin).href, file.text).isAllowed(url, ROBOTS_TOKEN) !== false;
    return ok ? { ok } : { ok, reason: `disallowed for ${ROBOTS_TOKEN} by robots.txt` };
  }
}

/** Reads a response body up to `maxBytes`, stopping (and cancelling the download) the moment it is passed. */
async function readCapped(res: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const declared = Number(res.headers.get('content-length'));
  const encoded = Boolean(res.headers.get('content-encoding'));
  if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
    await res.body.cancel().catch(() => undefined);
    throw new InputError(`larger than ${mb(maxBytes)} (Content-Length ${declared})`);
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new InputError(`larger than ${mb(maxBytes)}${encoded ? ' once decompressed' : ''} (stopped reading there)`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (signal.aborted) throw new InputError(`timed out after ${timeoutMs / 1000} s while reading the body`);
    throw new InputError(`the download failed (${describe(err)})`);
  }
  return Buffer.concat(chunks);
}

function networkError(err: unknown, timeoutMs: number): InputError {
  const e = err as { name?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return new InputError(`timed out after ${timeoutMs / 1000} s`);
  return new InputError(`unreachable (${e.cause?.code ?? e.cause?.message ?? describe(err)})`);
}

function describe(err: unknown): string {
  const e = err as { cause?: { code?: string }; message?: string };
  return e.cause?.code ?? e.message ?? String(err);
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

function shortUrl(u: string): string {
  try {
    const x = new URL(u);
    return `${x.host}${x.pathname}${x.search}`;
  } catch {
    return u;
  }
}

/** Decodes a small text file: UTF-8 unless a BOM says UTF-16. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
