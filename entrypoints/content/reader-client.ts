/**
 * The content script's side of reading off the page's thread: hands the serialized page to the reader (Chrome's
 * offscreen document, Firefox's background page: see entrypoints/offscreen/reader.ts) and turns the locators it
 * answers with back into the page's elements.
 */
import { browser } from 'wxt/browser';
import { READER_CHUNK, READER_PORT, type ReaderReply } from '../../messaging/page';
import type { SerializedPage } from './serialize';
import { yieldToPage } from './serialize';

/** Past this much work in one task, the pieces still to send wait for the next task. */
const SLICE_MS = 8;

export interface ReadOptions {
  url: string;
  readerable?: boolean;
}

/**
 * Sends `page` to the reader and resolves with its answer; `onMain(ms)` is told the page-thread time spent here.
 * Rejects when the reader cannot be reached (the extension was reloaded, the offscreen document closed).
 */
export async function readOffPage(page: SerializedPage, options: ReadOptions, onMain: (ms: number) => void): Promise<ReaderReply> {
  // The reader is usually there already (Firefox's background page; Chrome's offscreen document after the first read):
  // straight to it. When no one answers the port, the background is asked to start the reader, and once more.
  try {
    return await send(page, options, onMain);
  } catch (err) {
    if (!(err instanceof ReaderAbsent)) throw err;
  }
  const ready = (await browser.runtime.sendMessage({ type: 'page/reader' })) as { ok?: unknown } | undefined;
  if (ready?.ok !== true) throw new Error('the reader is not available');
  return send(page, options, onMain);
}

/** No reader answered the port (it was not started yet, or it was closed). */
class ReaderAbsent extends Error {}

function send(page: SerializedPage, options: ReadOptions, onMain: (ms: number) => void): Promise<ReaderReply> {
  return new Promise<ReaderReply>((resolve, reject) => {
    let sliceStart = performance.now();
    const port = browser.runtime.connect({ name: READER_PORT });
    let answered = false;
    port.onMessage.addListener((msg: unknown) => {
      answered = true;
      port.disconnect();
      resolve(msg as ReaderReply);
    });
    port.onDisconnect.addListener(() => {
      if (!answered) reject(new ReaderAbsent('the reader did not answer'));
    });
    void (async () => {
      try {
        for (const text of chunks(page.parts)) {
          if (performance.now() - sliceStart > SLICE_MS) {
            onMain(performance.now() - sliceStart);
            await yieldToPage();
            sliceStart = performance.now();
          }
          port.postMessage({ type: 'reader/chunk', text });
        }
        port.postMessage({ type: 'reader/read', url: options.url, elements: page.elements, noscriptText: page.noscriptText, ...(options.readerable === undefined ? {} : { readerable: options.readerable }) });
        onMain(performance.now() - sliceStart);
      } catch {
        // Posting on a port that closed (no reader): the disconnect says so.
        if (!answered) reject(new ReaderAbsent('the reader closed the port'));
      }
    })();
  });
}

/** The parts regrouped into messages of at most READER_CHUNK characters. */
function* chunks(parts: string[]): Generator<string> {
  let buf = '';
  for (const part of parts) {
    if (buf.length + part.length <= READER_CHUNK) {
      buf += part;
      continue;
    }
    if (buf) yield buf;
    buf = '';
    if (part.length <= READER_CHUNK) {
      buf = part;
      continue;
    }
    for (let i = 0; i < part.length; i += READER_CHUNK) yield part.slice(i, i + READER_CHUNK);
  }
  if (buf) yield buf;
}
