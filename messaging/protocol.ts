/**
 * Every message between the content script, the background and the side panel, as zod schemas. Each receiver
 * parses what it gets with these (see `accept`), so a malformed or unexpected message is rejected and logged,
 * never trusted: the content script runs beside arbitrary pages, and the panel renders page-derived text.
 */
import { z } from 'zod';
import { Snapshot } from '../scoring/snapshot';
import { Report, Target } from '../scoring/report';

// Extension pages and MV3 service workers forbid eval: tell zod not to probe for it (its JIT needs `new Function`).
z.config({ jitless: true });

/** Why the content script sent a (new) snapshot. */
export const SnapshotReason = z.enum(['load', 'edit', 'structure', 'navigation', 'manual']);
export type SnapshotReason = z.infer<typeof SnapshotReason>;

// ---------------------------------------------------------------- content script → background

export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page/snapshot'),
    snapshot: Snapshot,
    reason: SnapshotReason,
    /** Main-thread time the content script spent reading the page, in ms. */
    extractMs: z.number().nonnegative(),
  }),
  /** The page is not an article (Readability's `isProbablyReaderable` said no). */
  z.object({ type: z.literal('page/not-article'), url: z.string(), reason: z.string().max(500) }),
  /** Extraction failed (too large, no document, or an unexpected throw). */
  z.object({ type: z.literal('page/error'), url: z.string(), code: z.string().max(40), message: z.string().max(500) }),
  /** Automatic scoring is off, globally or for this site. */
  z.object({ type: z.literal('page/disabled'), url: z.string(), reason: z.enum(['auto-off', 'site-off']) }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

// ---------------------------------------------------------------- side panel → background

const TabId = z.number().int().nonnegative();

export const PanelMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel/get-state'), tabId: TabId }),
  /** Dismiss (or restore) a finding by id; remembered per page URL. */
  z.object({ type: z.literal('panel/dismiss'), tabId: TabId, id: z.string().max(200), dismissed: z.boolean() }),
  /** Scroll to and highlight a section or a finding on the page. */
  z.object({ type: z.literal('panel/reveal'), tabId: TabId, target: Target, quote: z.string().max(2000).nullable() }),
  /** Analyze the page now (also when automatic scoring is off). */
  z.object({ type: z.literal('panel/rescan'), tabId: TabId }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

// ---------------------------------------------------------------- background → content script

export const TabMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/reveal'), target: Target, quote: z.string().max(2000).nullable() }),
  z.object({ type: z.literal('tab/clear') }),
  /** Read the page again; `manual` (the user asked) also overrides the off switches and the "not an article" check. */
  z.object({ type: z.literal('tab/rescan'), manual: z.boolean() }),
  z.object({ type: z.literal('tab/ping') }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

/** What the content script answers to `tab/reveal` and `tab/ping`. */
export const TabReply = z.object({ ok: z.boolean(), detail: z.string().optional() });
export type TabReply = z.infer<typeof TabReply>;

// ---------------------------------------------------------------- background → side panel

/** What the extension knows about one tab; the panel renders exactly this. */
export const TabState = z.discriminatedUnion('status', [
  /** Nothing heard from the page yet (it is loading, or the content script has not run). */
  z.object({ status: z.literal('analyzing'), url: z.string().nullable() }),
  z.object({
    status: z.literal('report'),
    url: z.string(),
    report: Report,
    /** Content-script time to read the page, and background time to judge it (ms). */
    extractMs: z.number().nonnegative(),
    analyzeMs: z.number().nonnegative(),
    /** What caused this report: the page loading, an edit (only changed blocks re-read), a structural change… */
    trigger: z.enum(['load', 'edit', 'structure', 'navigation', 'manual', 'dismiss']),
    /** Bumped on every new report, so the panel can tell a re-score happened. */
    revision: z.number().int().nonnegative(),
  }),
  z.object({ status: z.literal('not-article'), url: z.string(), reason: z.string() }),
  /** A page the extension cannot read: browser pages, the web store, PDFs, file: without permission. */
  z.object({ status: z.literal('unreadable'), url: z.string().nullable(), reason: z.string() }),
  z.object({ status: z.literal('disabled'), url: z.string(), reason: z.enum(['auto-off', 'site-off']) }),
  z.object({ status: z.literal('error'), url: z.string().nullable(), reason: z.string() }),
]);
export type TabState = z.infer<typeof TabState>;

export const BackgroundBroadcast = z.object({ type: z.literal('bg/state'), tabId: TabId, state: TabState });
export type BackgroundBroadcast = z.infer<typeof BackgroundBroadcast>;

/** Reply to `panel/get-state` (and to the other panel messages: the state after the change). */
export const StateReply = z.object({
  tabId: TabId,
  state: TabState,
  /** For actions (reveal, dismiss, rescan): whether it worked, and why not. */
  ok: z.boolean().optional(),
  detail: z.string().optional(),
});
export type StateReply = z.infer<typeof StateReply>;

/**
 * Parses `raw` with `schema`; on failure logs where and why (never the payload itself, which may be large or
 * hostile) and returns null.
 */
export function accept<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.infer<S> | null {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type).slice(0, 40) : typeof raw;
  console.warn(`[citable] ${where}: rejected message (${type}): ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return null;
}
