/**
 * Every message between the content script, the background and the side panel, as zod schemas. Each receiver
 * parses what it gets with these (see `accept`), so a malformed or unexpected message is rejected and logged,
 * never trusted: the content script runs beside arbitrary pages, and the panel renders page-derived text.
 */
import { z } from 'zod';
import { Snapshot } from '../scoring/snapshot';
import { Report, Target } from '../scoring/report';
import { MAX_LLMS_CHARS, MAX_ROBOTS_CHARS, MAX_SERVER_TEXT_CHARS, overBudget, READER_CHUNK, SNAPSHOT_LIMITS } from './page';

// Extension pages and MV3 service workers forbid eval: tell zod not to probe for it (its JIT needs `new Function`).
z.config({ jitless: true });

// What the content script needs lives in ./page.ts (no zod: it starts on every page); it is all here too.
export * from './page';

/** Why the content script sent a (new) snapshot. */
export const SnapshotReason = z.enum(['load', 'edit', 'structure', 'navigation', 'manual']);
export type SnapshotReason = z.infer<typeof SnapshotReason>;

// ---------------------------------------------------------------- content script → background

const BoundedSnapshot = Snapshot.superRefine((snapshot, ctx) => {
  const why = overBudget(snapshot);
  if (why) ctx.addIssue({ code: 'custom', message: `snapshot past the analysis budget: ${why}` });
});

export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page/snapshot'),
    snapshot: BoundedSnapshot,
    reason: SnapshotReason,
    /** Main-thread time the content script spent reading the page, in ms. */
    extractMs: z.number().nonnegative(),
    /**
     * The article is being edited (its blocks are contenteditable, or its document is in design mode): a CMS
     * editor's canvas. The background prefers such a frame's report for the tab (see entrypoints/background/frames.ts).
     */
    editable: z.boolean().optional(),
  }),
  /** The page is not an article (Readability's `isProbablyReaderable` said no). */
  z.object({ type: z.literal('page/not-article'), url: z.string().max(SNAPSHOT_LIMITS.url), reason: z.string().max(500) }),
  /** Extraction failed (too large, no document, or an unexpected throw). */
  z.object({ type: z.literal('page/error'), url: z.string().max(SNAPSHOT_LIMITS.url), code: z.string().max(40), message: z.string().max(500) }),
  /** Automatic scoring is off, globally or for this site. */
  z.object({ type: z.literal('page/disabled'), url: z.string().max(SNAPSHOT_LIMITS.url), reason: z.enum(['auto-off', 'site-off']) }),
  /** A subframe that reported is going away (navigated or removed): its report no longer speaks for the tab. */
  z.object({ type: z.literal('page/frame-gone') }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

// ---------------------------------------------------------------- content script → background: files of the page's own origin


/**
 * One file fetched from the page's own origin. `outcome` says why there may be no answer: `redirect` (the file
 * redirects; Citable does not follow redirects, which could lead to another host), `network` (no answer at all).
 */
export const FetchedFile = z.object({
  outcome: z.enum(['ok', 'redirect', 'network']),
  /** HTTP status when `ok`. */
  status: z.number().int().min(100).max(599).nullable(),
  text: z.string().nullable(),
});
export type FetchedFile = z.infer<typeof FetchedFile>;

/** The content script's answer to `tab/fetch-origin-files`: `/robots.txt` and `/llms.txt` of `origin`. */
export const OriginFilesReply = z.object({
  /** `location.origin` of the page that fetched them: the background checks it is the analyzed page's origin. */
  origin: z.string().max(300),
  robots: FetchedFile.extend({ text: z.string().max(MAX_ROBOTS_CHARS).nullable() }),
  llms: FetchedFile.extend({ text: z.string().max(MAX_LLMS_CHARS).nullable() }),
});
export type OriginFilesReply = z.infer<typeof OriginFilesReply>;

/** The content script's answer to `tab/fetch-server-text`: the text of the HTML the server sends for the page's URL. */
export const ServerTextReply = z.object({
  /** The URL fetched (the page's own, without the fragment). */
  url: z.string().max(8000),
  ok: z.boolean(),
  /** The body's text with scripts, styles and templates removed; null when the fetch failed. */
  text: z.string().max(MAX_SERVER_TEXT_CHARS).nullable(),
  /** Why it failed, in a few words. */
  detail: z.string().max(300).nullable(),
});
export type ServerTextReply = z.infer<typeof ServerTextReply>;

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
  /** "Check what crawlers see": fetch the page's own URL again (no scripts run) and re-score with its text. */
  z.object({ type: z.literal('panel/check-render'), tabId: TabId }),
  /** "Compare with…": the other tabs that have a report (answered with `ReportsReply`). */
  z.object({ type: z.literal('panel/list-reports'), tabId: TabId }),
]);
export type PanelMessage = z.infer<typeof PanelMessage>;

// ---------------------------------------------------------------- background → content script

export const TabMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/reveal'), target: Target, quote: z.string().max(2000).nullable() }),
  z.object({ type: z.literal('tab/clear') }),
  /** Read the page again; `manual` (the user asked) also overrides the off switches and the "not an article" check. */
  z.object({ type: z.literal('tab/rescan'), manual: z.boolean() }),
  z.object({ type: z.literal('tab/ping') }),
  /** Fetch `/robots.txt` and `/llms.txt` of the page's own origin (answered with `OriginFilesReply`). */
  z.object({ type: z.literal('tab/fetch-origin-files') }),
  /** Fetch the page's own URL again and return its HTML as text (answered with `ServerTextReply`). */
  z.object({ type: z.literal('tab/fetch-server-text') }),
]);
export type TabMessage = z.infer<typeof TabMessage>;

/** What the content script answers to `tab/reveal` and `tab/ping` (the type is ./page.ts's). */
export const TabReply = z.object({ ok: z.boolean(), detail: z.string().optional() });

// ---------------------------------------------------------------- content script → reader (see ./page.ts)

export const ReaderMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reader/chunk'), text: z.string().max(READER_CHUNK) }),
  z.object({
    type: z.literal('reader/read'),
    /** The address the article is reported under (the frame's page, see entrypoints/content/frame.ts). */
    url: z.string().max(SNAPSHOT_LIMITS.url),
    /** Elements under the page's body when it was written: the reader's locators are trusted only if it finds as many. */
    elements: z.number().int().nonnegative(),
    /** The page's `<noscript>` holds text (scripting on): the reader turns its parsed content back into text. */
    noscriptText: z.boolean(),
    /** isProbablyReaderable's answer when the content script asked it (absent: the reader asks it). */
    readerable: z.boolean().optional(),
  }),
]);
export type ReaderMessage = z.infer<typeof ReaderMessage>;

// ---------------------------------------------------------------- background → side panel

/** How a fetch from the page's origin went: the panel says why a part of "Machine access" is empty. */
export const FetchState = z.enum(['not-checked', 'checking', 'checked', 'redirect', 'failed']);
export type FetchState = z.infer<typeof FetchState>;

/** What the background fetched (through the content script) from the page's own origin for this report. */
export const AccessFetch = z.object({
  /** The origin the files came from: always the analyzed page's own. */
  origin: z.string().nullable(),
  robots: FetchState,
  llms: FetchState,
  /** The "Check what crawlers see" comparison: not run until the user asks. */
  render: FetchState,
  /** Why `render` failed, in a few words. */
  renderDetail: z.string().nullable(),
});
export type AccessFetch = z.infer<typeof AccessFetch>;

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
    trigger: z.enum(['load', 'edit', 'structure', 'navigation', 'manual', 'dismiss', 'render']),
    /** What was fetched from the page's own origin (robots.txt, llms.txt, the server's HTML) for this report. */
    fetched: AccessFetch,
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

/** Reply to `panel/list-reports`: the tabs with a report, other than the asking one, for "Compare with…". */
export const ReportsReply = z.object({
  tabs: z.array(z.object({ tabId: TabId, url: z.string(), title: z.string().nullable(), score: z.number().int().min(0).max(100) })),
});
export type ReportsReply = z.infer<typeof ReportsReply>;


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
