/**
 * The reader: Readability, the pairing of blocks with their elements and the page-level reads, run off the page's
 * thread. The content script sends the page's HTML (entrypoints/content/serialize.ts); here it is parsed natively
 * (DOMParser: an inert document, where no script runs and nothing is fetched), read with the same `extract` the CLI
 * uses, and answered with the Snapshot plus, for each block and heading, the index of its element among the body's
 * elements. The content script turns those indexes back into the page's live elements (for highlights and for
 * re-reading edited blocks), checking each one's tag.
 *
 * It runs in Chrome's offscreen document (MV3 service workers have no DOM: entrypoints/offscreen/main.ts) and in
 * Firefox's background page (entrypoints/background/index.ts).
 */
import { ExtractError, extractDetailed } from '../../scoring/extract/index';
import { accept, MAX_READER_HTML, READER_PORT, ReaderMessage, type ElementLocator, type ReaderReply } from '../../messaging/protocol';
import { isFromContentScript, type SenderLike } from '../../messaging/senders';

type ReadRequest = Extract<ReaderMessage, { type: 'reader/read' }>;

/** Reads one page's HTML. Never throws: a failure is an answer the content script reports. */
export function readHtml(html: string, req: Omit<ReadRequest, 'type'>): ReaderReply {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // With scripting on, the page's <noscript> holds its markup as text; DOMParser (scripting off) builds elements.
    if (req.noscriptText) for (const ns of Array.from(doc.getElementsByTagName('noscript'))) ns.textContent = ns.innerHTML;
    const detailed = extractDetailed(doc, { url: req.url, nativeQueries: true, ...(req.readerable === undefined ? {} : { readerable: req.readerable }) });
    const body = doc.body ?? doc.documentElement;
    const all = body.getElementsByTagName('*');
    // The same number of elements as on the page: the trees match, and indexes can be trusted (tags are checked too).
    const trusted = all.length === req.elements;
    let indexOf: Map<Element, number> | null = null;
    const locate = (el: Element | null): ElementLocator => {
      if (!el || !trusted) return null;
      indexOf ??= new Map(Array.from(all, (e, i) => [e, i] as const));
      const i = indexOf.get(el);
      return i === undefined ? null : [i, el.localName];
    };
    return {
      ok: true,
      snapshot: detailed.snapshot,
      blocks: detailed.blockElements.map((row) => row.map(locate)),
      headings: detailed.headingElements.map(locate),
    };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message.slice(0, 500) };
    return { ok: false, code: 'internal', message: 'Citable could not read this page (an internal error in the reader).' };
  }
}

interface PortLike {
  name: string;
  sender?: SenderLike;
  onMessage: { addListener(fn: (msg: unknown) => void): void };
  postMessage(msg: unknown): void;
  disconnect(): void;
}

/** Answers reader ports from this extension's content scripts (and from nothing else). */
export function serveReader(onConnect: { addListener(fn: (port: PortLike) => void): void }, runtimeId: string, extRoot: string): void {
  onConnect.addListener((port) => {
    if (port.name !== READER_PORT) return;
    if (!isFromContentScript(port.sender ?? {}, runtimeId, extRoot)) return port.disconnect();
    const parts: string[] = [];
    let size = 0;
    port.onMessage.addListener((raw) => {
      const msg = accept(ReaderMessage, raw, 'reader');
      if (!msg) return port.disconnect();
      if (msg.type === 'reader/chunk') {
        size += msg.text.length;
        if (size > MAX_READER_HTML) {
          port.postMessage({ ok: false, code: 'too-large', message: 'the page’s markup is larger than Citable reads' } satisfies ReaderReply);
          return port.disconnect();
        }
        parts.push(msg.text);
        return;
      }
      const html = parts.join('');
      parts.length = 0;
      size = 0;
      port.postMessage(readHtml(html, msg));
    });
  });
}
