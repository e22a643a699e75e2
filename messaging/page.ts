/**
 * The part of the protocol the content script needs (see ./protocol.ts for the rest, with every schema): the snapshot
 * budget, the reader's port, and a check of the messages it accepts from the background. Kept apart, and without
 * zod, so that the content script, which starts on every page, carries and evaluates no schema library (measured in
 * Chromium: evaluating zod and the protocol's schemas was most of the content script's start-up task, 28–31 ms of
 * CPU). `parseTabMessage` accepts exactly what the `TabMessage` schema accepts (tested against it).
 */
import type { Snapshot } from '../scoring/snapshot';
import type { TabMessage } from './protocol';

/**
 * The most a snapshot may carry across to the background: the analysis budget. The measures are linear in the text
 * (tested by the fuzz harness), so a bounded snapshot is judged in bounded time — about a second at these limits,
 * where the longest corpus article has about 300,000 characters. The content script checks it before sending (and says
 * the page is too long); the background's schema rejects anything past it.
 */
export const SNAPSHOT_LIMITS = { chars: 3_000_000, blocks: 30_000, sections: 3_000, url: 8_000 } as const;

/** Why a snapshot is past SNAPSHOT_LIMITS, in a few words, or null. */
export function overBudget(snapshot: Snapshot): string | null {
  if ((snapshot.url?.length ?? 0) > SNAPSHOT_LIMITS.url) return 'its address is too long';
  if (snapshot.sections.length > SNAPSHOT_LIMITS.sections) return `${snapshot.sections.length} sections, more than the ${SNAPSHOT_LIMITS.sections} Citable judges`;
  let blocks = 0;
  let chars = 0;
  for (const section of snapshot.sections) {
    blocks += section.blocks.length;
    for (const block of section.blocks) chars += block.text.length;
  }
  if (blocks > SNAPSHOT_LIMITS.blocks) return `${blocks} blocks of text, more than the ${SNAPSHOT_LIMITS.blocks} Citable judges`;
  if (chars > SNAPSHOT_LIMITS.chars) return `${chars} characters of article text, more than the ${SNAPSHOT_LIMITS.chars} Citable judges`;
  return null;
}


/**
 * Size limits for what the content script reads from the page's origin. robots.txt: Google reads the first 500 KiB
 * (RFC 9309 § 2.5 asks crawlers to read at least that much); llms.txt: a generous cap for a markdown index; the
 * page's own HTML, as text: enough for any article.
 */
export const MAX_ROBOTS_CHARS = 512_000;
export const MAX_LLMS_CHARS = 256_000;
export const MAX_SERVER_TEXT_CHARS = 2_000_000;

// ---------------------------------------------------------------- content script ⇄ reader (offscreen document / Firefox background)

/**
 * The article is read off the page's thread (see entrypoints/offscreen/reader.ts): the content script first asks the
 * background for the reader (`page/reader`: Chrome creates its offscreen document on demand), then opens a port of
 * this name, sends the page's HTML in `reader/chunk`s and one `reader/read`, and gets one `ReaderReply`.
 */
export const READER_PORT = 'citable/read';
/** The most HTML one read may send: past it the reader stops (the content script's element limit comes first). */
export const MAX_READER_HTML = 64_000_000;
/** One piece of the page's HTML (pieces keep each message, and each task that writes one, small). */
export const READER_CHUNK = 512_000;


/** Where a block or heading is on the page: the index of its element among the body's elements, and its tag. */
export type ElementLocator = [index: number, tag: string] | null;

/** The reader's answer: the Snapshot, and where each block and heading is, for the content script to resolve. */
export type ReaderReply =
  | { ok: true; snapshot: Snapshot; blocks: ElementLocator[][]; headings: ElementLocator[] }
  | { ok: false; code: 'too-large' | 'internal'; message: string };


/** What the content script answers to `tab/reveal` and `tab/ping`. */
export interface TabReply {
  ok: boolean;
  detail?: string;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** `raw` as a TabMessage (known fields only), or null: the same answers as the `TabMessage` schema of ./protocol.ts. */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'tab/clear':
    case 'tab/ping':
    case 'tab/fetch-origin-files':
    case 'tab/fetch-server-text':
      return { type: m.type };
    case 'tab/rescan':
      return typeof m.manual === 'boolean' ? { type: 'tab/rescan', manual: m.manual } : null;
    case 'tab/reveal': {
      const t = m.target as Record<string, unknown> | null;
      if (!t || typeof t !== 'object' || !isCount(t.section) || !(t.block === null || isCount(t.block))) return null;
      if ((t.start !== undefined && !isCount(t.start)) || (t.end !== undefined && !isCount(t.end))) return null;
      if (!(m.quote === null || (typeof m.quote === 'string' && m.quote.length <= 2000))) return null;
      const target: Extract<TabMessage, { type: 'tab/reveal' }>['target'] = { section: t.section, block: t.block };
      if (t.start !== undefined) target.start = t.start;
      if (t.end !== undefined) target.end = t.end;
      return { type: 'tab/reveal', target, quote: m.quote };
    }
    default:
      return null;
  }
}
