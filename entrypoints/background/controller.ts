/**
 * The background's logic, with every browser API passed in (so the glue tests drive it with WXT's fake browser).
 * It keeps one entry per tab: the latest snapshot, a cached analyzer (only changed sections are judged again) and
 * the state the panel and the badge show.
 */
import type { Snapshot } from '../../scoring/snapshot';
import type { Report } from '../../scoring/report';
import type { AccessInputs } from '../../scoring/page/index';
import {
  accept,
  ContentMessage,
  OriginFilesReply,
  PanelMessage,
  ServerTextReply,
  type AccessFetch,
  type BackgroundBroadcast,
  type FetchedFile,
  type SnapshotReason,
  type ReportsReply,
  type StateReply,
  type TabMessage,
  type TabState,
} from '../../messaging/protocol';
import { isFromContentScript, isFromExtensionPage, type SenderLike } from '../../messaging/senders';
import { pageKey } from '../../messaging/storage';
import { badgeFor } from './badge';
import { FrameChooser, TOP_FRAME, type FrameMessage } from './frames';
import { closedReason, unreadableReason, type FileAccess } from './restricted';

export { unreadableReason } from './restricted';

export interface Analyzer {
  analyze(snapshot: Snapshot, options: { dismissed?: string[]; access?: AccessInputs }): Report;
}

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

export interface BackgroundDeps {
  runtimeId: string;
  /** `runtime.getURL('/')`. */
  extRoot: string;
  action: ActionLike;
  /** Sends to one frame of the tab, or to every frame when `frameId` is undefined (the first answer is returned). */
  sendToTab(tabId: number, msg: TabMessage, frameId?: number): Promise<unknown>;
  broadcast(msg: BackgroundBroadcast): void;
  /** The tab's URL (the `tabs` permission), or null when the browser does not say. */
  tabUrl(tabId: number): Promise<string | null>;
  createAnalyzer(): Analyzer;
  loadDismissed(url: string): Promise<string[]>;
  setDismissed(url: string, id: string, dismissed: boolean): Promise<string[]>;
  log?: (msg: string) => void;
  /** Whether the extension may read file: pages (Chrome's "Allow access to file URLs"; `never` in Firefox). */
  fileAccess?(): Promise<FileAccess>;
  /** Clock for the origin-file cache (tests pass their own). */
  now?: () => number;
}

/** How long a loading page may stay silent before the panel checks whether a content script is there at all. */
const LOADING_GRACE_MS = 3000;
/** robots.txt and llms.txt are fetched once per origin and kept this long (Google caches robots.txt up to 24 h). */
export const ORIGIN_FILES_TTL_MS = 60 * 60 * 1000;
/** A failed fetch (the tab did not answer) is retried after this long, not on every edit. */
const ORIGIN_FILES_RETRY_MS = 60 * 1000;
/** The first report of a page waits this long for robots.txt; past it, it is scored without, then again with it. */
const ORIGIN_FILES_WAIT_MS = 2500;

/** What was fetched from one origin, as the engine takes it, plus how each fetch went (for the panel). */
interface OriginFiles {
  robots: AccessInputs['robots'];
  llms: AccessInputs['llms'];
  robotsState: AccessFetch['robots'];
  llmsState: AccessFetch['llms'];
}

interface TabEntry {
  state: TabState;
  key: string | null;
  snapshot: Snapshot | null;
  analyzer: Analyzer | null;
  extractMs: number;
  trigger: SnapshotReason;
  /** Bumped per incoming snapshot: an older analysis finishing late is dropped. */
  seq: number;
  revision: number;
  /** When the state was last set (ms since epoch). */
  since: number;
  /** The text of the server's HTML for this page (`key`), once the user asked "Check what crawlers see". */
  serverText: string | null;
  /** The frame whose report this is (see ./frames.ts): highlights and "Check what crawlers see" go to it. */
  frameId: number;
  render: AccessFetch['render'];
  renderDetail: string | null;
}

export class BackgroundController {
  readonly tabs = new Map<number, TabEntry>();
  /** robots.txt and llms.txt per origin (the analyzed pages' own), with when they were fetched. */
  private readonly originFiles = new Map<string, { at: number; ttl: number; files: OriginFiles }>();
  private readonly originPending = new Map<string, Promise<OriginFiles>>();
  /** Which frame of each tab supplies its report (the editor canvas, else the top page): see ./frames.ts. */
  readonly frames = new FrameChooser();

  constructor(private readonly deps: BackgroundDeps) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** The runtime.onMessage listener: returns a promise for messages it answers, undefined for others. */
  onMessage(raw: unknown, sender: SenderLike): Promise<unknown> | undefined {
    const { runtimeId, extRoot } = this.deps;
    if (isFromContentScript(sender, runtimeId, extRoot)) {
      const msg = accept(ContentMessage, raw, 'background (from page)');
      return msg ? this.onFrame(sender.tab!.id!, sender.frameId ?? TOP_FRAME, msg) : undefined;
    }
    if (isFromExtensionPage(sender, runtimeId, extRoot)) {
      // Our own broadcasts to panels are not for us.
      if (raw && typeof raw === 'object' && (raw as { type?: unknown }).type === 'bg/state') return undefined;
      const msg = accept(PanelMessage, raw, 'background (from panel)');
      return msg ? this.onPanel(msg) : undefined;
    }
    this.deps.log?.(`[citable] background: ignored a message from an unexpected sender (${sender.id ?? 'no id'})`);
    return undefined;
  }

  /** A navigation started in the tab: what we knew is stale. */
  onTabLoading(tabId: number): void {
    this.frames.reset(tabId);
    const entry = this.tabs.get(tabId);
    if (entry) {
      entry.seq++;
      entry.snapshot = null;
      entry.key = null;
      this.resetRender(entry);
    }
    this.setState(tabId, { status: 'analyzing', url: null });
  }

  /**
   * The tab is loading `url` (known through the `tabs` permission). A page no content script can ever run in (a
   * browser page, a store, a local file without access) is said at once on the badge, without waiting for the panel.
   */
  async onTabUrl(tabId: number, url: string): Promise<void> {
    const reason = closedReason(url, await this.fileAccess());
    if (reason && this.stateOf(tabId)?.status === 'analyzing') this.setState(tabId, { status: 'unreadable', url, reason });
  }

  /**
   * The tab finished loading. If no frame has reported by then, and no content script answers in the top frame (a
   * PDF viewer, a page opened before Citable was installed), the badge says the page cannot be read and why.
   */
  async onTabComplete(tabId: number, graceMs = 1500): Promise<void> {
    await new Promise((r) => setTimeout(r, graceMs));
    const entry = this.tabs.get(tabId);
    if (!entry || entry.state.status !== 'analyzing' || this.frames.chosen(tabId)) return;
    const seq = entry.seq;
    if ((await this.probe(tabId)) === 'present') return;
    if (entry.seq !== seq || entry.state.status !== 'analyzing' || this.frames.chosen(tabId)) return;
    this.setState(tabId, await this.unreadable(tabId));
  }

  private async fileAccess(): Promise<FileAccess> {
    return this.deps.fileAccess ? this.deps.fileAccess().catch(() => null) : null;
  }

  onTabRemoved(tabId: number): void {
    this.frames.reset(tabId);
    this.tabs.delete(tabId);
  }

  stateOf(tabId: number): TabState | null {
    return this.tabs.get(tabId)?.state ?? null;
  }

  private entry(tabId: number): TabEntry {
    let e = this.tabs.get(tabId);
    if (!e) {
      e = {
        state: { status: 'analyzing', url: null },
        key: null,
        snapshot: null,
        analyzer: null,
        extractMs: 0,
        trigger: 'load',
        seq: 0,
        revision: 0,
        since: Date.now(),
        serverText: null,
        frameId: TOP_FRAME,
        render: 'not-checked',
        renderDetail: null,
      };
      this.tabs.set(tabId, e);
    }
    return e;
  }

  /**
   * A frame reported. Only the tab's chosen frame (./frames.ts) speaks for the tab: its message is judged; another
   * frame's is kept, and judged later if that frame becomes the chosen one (the editor canvas loads after the top
   * page, the top page turns out not to be an article, a frame goes away).
   */
  private async onFrame(tabId: number, frameId: number, msg: ContentMessage): Promise<void> {
    const before = this.frames.chosen(tabId);
    const after = msg.type === 'page/frame-gone' ? this.frames.forget(tabId, frameId) : this.frames.record(tabId, frameId, msg);
    if (!after || (before && before.frameId === after.frameId && before.msg === after.msg)) return;
    const entry = this.entry(tabId);
    entry.frameId = after.frameId;
    return this.onContent(tabId, after.msg);
  }

  private async onContent(tabId: number, msg: FrameMessage): Promise<void> {
    const entry = this.entry(tabId);
    const seq = ++entry.seq;
    switch (msg.type) {
      case 'page/snapshot': {
        const url = msg.snapshot.url ?? '';
        const key = pageKey(url);
        if (entry.key !== key || !entry.analyzer) {
          entry.key = key;
          entry.analyzer = this.deps.createAnalyzer();
          this.resetRender(entry);
        }
        const origin = originOf(url);
        const [dismissed] = await Promise.all([
          this.deps.loadDismissed(url).catch(() => []),
          // The first page of an origin waits (briefly) for its robots.txt, so the badge shows one score, not two.
          origin && !this.freshFiles(origin) ? this.waitForOriginFiles(tabId, origin) : null,
        ]);
        if (seq !== entry.seq) return;
        entry.snapshot = msg.snapshot;
        entry.extractMs = msg.extractMs;
        entry.trigger = msg.reason;
        this.analyzeInto(tabId, entry, dismissed);
        return;
      }
      case 'page/not-article':
        entry.snapshot = null;
        return this.setState(tabId, { status: 'not-article', url: msg.url, reason: msg.reason });
      case 'page/disabled':
        entry.snapshot = null;
        return this.setState(tabId, { status: 'disabled', url: msg.url, reason: msg.reason });
      case 'page/error':
        entry.snapshot = null;
        return this.setState(tabId, { status: 'error', url: msg.url, reason: errorText(msg.code, msg.message) });
    }
  }

  private resetRender(entry: TabEntry): void {
    entry.serverText = null;
    entry.render = 'not-checked';
    entry.renderDetail = null;
  }

  /** The cached files of `origin`, when fetched less than their TTL ago. */
  private freshFiles(origin: string): OriginFiles | null {
    const hit = this.originFiles.get(origin);
    if (hit && this.now() - hit.at < hit.ttl) return hit.files;
    return null;
  }

  /**
   * Asks the tab's content script for `/robots.txt` and `/llms.txt` of its page's own origin (the message carries
   * no URL: the content script builds them from `location.origin`), once per origin at a time, and caches them.
   */
  private fetchOriginFiles(tabId: number, origin: string): Promise<OriginFiles> {
    const pending = this.originPending.get(origin);
    if (pending) return pending;
    const p = this.deps
      // The top frame: every frame Citable reads is same-origin with it, and an about:srcdoc frame has no origin of its own.
      .sendToTab(tabId, { type: 'tab/fetch-origin-files' }, TOP_FRAME)
      .then((raw) => {
        const reply = accept(OriginFilesReply, raw, 'background (origin files)');
        // The tab may have navigated to another site meanwhile: files of another origin are not this page's.
        if (!reply || reply.origin !== origin) return null;
        return reply;
      })
      .catch(() => null)
      .then((reply): OriginFiles => {
        const files: OriginFiles = reply
          ? { robots: asInput(reply.robots), llms: asInput(reply.llms), robotsState: stateOf(reply.robots), llmsState: stateOf(reply.llms) }
          : { robots: null, llms: null, robotsState: 'failed', llmsState: 'failed' };
        this.originFiles.set(origin, { at: this.now(), ttl: reply ? ORIGIN_FILES_TTL_MS : ORIGIN_FILES_RETRY_MS, files });
        this.originPending.delete(origin);
        return files;
      });
    this.originPending.set(origin, p);
    return p;
  }

  /**
   * Waits up to ORIGIN_FILES_WAIT_MS for the origin's files. When they come later, the tab's page (if still on that
   * origin) is scored again with them.
   */
  private async waitForOriginFiles(tabId: number, origin: string): Promise<void> {
    const files = this.fetchOriginFiles(tabId, origin);
    const inTime = await Promise.race([files.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), ORIGIN_FILES_WAIT_MS))]);
    if (inTime) return;
    void files.then(async () => {
      const entry = this.tabs.get(tabId);
      if (!entry?.snapshot?.url || originOf(entry.snapshot.url) !== origin) return;
      this.analyzeInto(tabId, entry, await this.deps.loadDismissed(entry.snapshot.url).catch(() => []));
    });
  }

  /** The engine's access inputs for this entry: its origin's files and, once checked, the server's text. */
  private accessFor(entry: TabEntry, url: string): { inputs: AccessInputs; fetched: AccessFetch } {
    const origin = originOf(url);
    const files = origin ? (this.originFiles.get(origin)?.files ?? null) : null;
    return {
      inputs: { robots: files?.robots ?? null, llms: files?.llms ?? null, serverText: entry.serverText },
      fetched: {
        origin,
        robots: files?.robotsState ?? (origin && this.originPending.has(origin) ? 'checking' : 'not-checked'),
        llms: files?.llmsState ?? (origin && this.originPending.has(origin) ? 'checking' : 'not-checked'),
        render: entry.render,
        renderDetail: entry.renderDetail,
      },
    };
  }

  private analyzeInto(tabId: number, entry: TabEntry, dismissed: string[], trigger: SnapshotReason | 'dismiss' | 'render' = entry.trigger): void {
    const snapshot = entry.snapshot;
    if (!snapshot || !entry.analyzer) return;
    const url = snapshot.url ?? '';
    try {
      const t0 = performance.now();
      const { inputs, fetched } = this.accessFor(entry, url);
      const report = entry.analyzer.analyze(snapshot, { dismissed, access: inputs });
      const analyzeMs = performance.now() - t0;
      entry.revision++;
      this.setState(tabId, { status: 'report', url, report, extractMs: entry.extractMs, analyzeMs, trigger, revision: entry.revision, fetched });
    } catch (err) {
      // analyze throws only AnalyzeErrors, worded for the user; the library's own words go to the log.
      this.deps.log?.(`[citable] analysis failed: ${String((err as { cause?: unknown })?.cause ?? err)}`);
      this.setState(tabId, { status: 'error', url, reason: err instanceof Error && err.name === 'AnalyzeError' ? err.message : 'Citable could not judge this page (an internal error).' });
    }
  }

  private async onPanel(msg: PanelMessage): Promise<StateReply | ReportsReply> {
    const tabId = msg.tabId;
    switch (msg.type) {
      case 'panel/list-reports':
        return this.listReports(tabId);
      case 'panel/get-state': {
        const entry = this.tabs.get(tabId);
        if (entry && entry.state.status !== 'analyzing') return { tabId, state: entry.state };
        // Analyzing: a page is loading (give its content script time to report), or we know nothing (ask it).
        if (entry && Date.now() - entry.since < LOADING_GRACE_MS) return { tabId, state: entry.state };
        return { tabId, state: await this.discover(tabId) };
      }
      case 'panel/dismiss': {
        const entry = this.tabs.get(tabId);
        if (!entry?.snapshot?.url) return { tabId, state: this.stateOf(tabId) ?? { status: 'analyzing', url: null }, ok: false, detail: 'no report for this tab' };
        const dismissed = await this.deps.setDismissed(entry.snapshot.url, msg.id, msg.dismissed);
        this.analyzeInto(tabId, entry, dismissed, 'dismiss');
        return { tabId, state: entry.state, ok: true };
      }
      case 'panel/reveal': {
        const reply = await this.deps.sendToTab(tabId, { type: 'tab/reveal', target: msg.target, quote: msg.quote }, this.frames.frameOf(tabId)).catch(() => null);
        const r = reply as { ok?: unknown; detail?: unknown } | null;
        return {
          tabId,
          state: this.stateOf(tabId) ?? { status: 'analyzing', url: null },
          ok: r?.ok === true,
          detail: typeof r?.detail === 'string' ? r.detail : 'the page did not answer',
        };
      }
      case 'panel/check-render':
        return this.checkRender(tabId);
      case 'panel/rescan': {
        const ok = await this.deps.sendToTab(tabId, { type: 'tab/rescan', manual: true }).then(() => true, () => false);
        if (ok) this.setState(tabId, { status: 'analyzing', url: this.stateOf(tabId)?.url ?? null });
        else this.setState(tabId, await this.unreadable(tabId));
        return { tabId, state: this.stateOf(tabId)!, ok };
      }
    }
  }

  /** The other tabs with a report, for the panel's "Compare with…". */
  private listReports(except: number): ReportsReply {
    const tabs: ReportsReply['tabs'] = [];
    for (const [id, entry] of this.tabs) {
      if (id !== except && entry.state.status === 'report') tabs.push({ tabId: id, url: entry.state.url, title: entry.state.report.title, score: entry.state.report.score });
    }
    return { tabs };
  }

  /**
   * "Check what crawlers see": the content script fetches the page's own URL again (no scripts run) and returns its
   * text; the page is scored again with it (the render-gap comparison is then part of the report).
   */
  private async checkRender(tabId: number): Promise<StateReply> {
    const entry = this.tabs.get(tabId);
    const snapshot = entry?.snapshot;
    if (!entry || !snapshot?.url || entry.state.status !== 'report') {
      return { tabId, state: this.stateOf(tabId) ?? { status: 'analyzing', url: null }, ok: false, detail: 'no report for this tab' };
    }
    const key = entry.key;
    entry.render = 'checking';
    entry.renderDetail = null;
    this.setState(tabId, { ...entry.state, fetched: { ...entry.state.fetched, render: 'checking', renderDetail: null } });
    const raw = await this.deps.sendToTab(tabId, { type: 'tab/fetch-server-text' }, entry.frameId).catch(() => null);
    const reply = raw === null ? null : accept(ServerTextReply, raw, 'background (server text)');
    // Navigated away meanwhile: that text belongs to another page.
    if (entry.key !== key || !reply || pageKey(reply.url) !== key) {
      if (entry.key === key) {
        entry.render = 'failed';
        entry.renderDetail = reply ? 'the page changed while it was fetched' : 'the page did not answer';
        this.analyzeInto(tabId, entry, await this.deps.loadDismissed(snapshot.url).catch(() => []), 'render');
      }
      return { tabId, state: this.stateOf(tabId)!, ok: false, detail: entry.renderDetail ?? 'the page changed' };
    }
    entry.serverText = reply.ok ? reply.text : null;
    entry.render = reply.ok ? 'checked' : 'failed';
    entry.renderDetail = reply.ok ? null : reply.detail;
    this.analyzeInto(tabId, entry, await this.deps.loadDismissed(snapshot.url).catch(() => []), 'render');
    return { tabId, state: this.stateOf(tabId)!, ok: reply.ok, ...(reply.detail ? { detail: reply.detail } : {}) };
  }

  private async probe(tabId: number): Promise<'present' | 'absent'> {
    return this.deps.sendToTab(tabId, { type: 'tab/ping' }, TOP_FRAME).then(
      (r) => ((r as { ok?: unknown } | undefined)?.ok === true ? 'present' : 'absent'),
      () => 'absent',
    );
  }

  /** No state for this tab: is our content script there (then ask it to read the page) or not (a page we cannot read)? */
  private async discover(tabId: number): Promise<TabState> {
    if ((await this.probe(tabId)) === 'present') {
      // The background was restarted (MV3 service workers sleep): the page is still there, read it again.
      await this.deps.sendToTab(tabId, { type: 'tab/rescan', manual: false }).catch(() => undefined);
      this.setState(tabId, { status: 'analyzing', url: null });
    } else {
      this.setState(tabId, await this.unreadable(tabId));
    }
    return this.stateOf(tabId)!;
  }

  private async unreadable(tabId: number): Promise<TabState> {
    const url = await this.deps.tabUrl(tabId).catch(() => null);
    return { status: 'unreadable', url, reason: unreadableReason(url, await this.fileAccess()) };
  }

  private setState(tabId: number, state: TabState): void {
    const entry = this.entry(tabId);
    entry.state = state;
    entry.since = Date.now();
    const view = badgeFor(state);
    const { action } = this.deps;
    // A tab can close while we work: badge calls for a gone tab reject, which is fine.
    void Promise.resolve(action.setBadgeText({ tabId, text: view.text })).catch(() => undefined);
    void Promise.resolve(action.setBadgeBackgroundColor({ tabId, color: view.color })).catch(() => undefined);
    void Promise.resolve(action.setTitle({ tabId, title: view.title })).catch(() => undefined);
    this.deps.broadcast({ type: 'bg/state', tabId, state });
  }
}

/** The origin of an http(s) page, or null (a file: page has no robots.txt). */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** A fetched file as the engine takes it: null when there was no HTTP answer (so the engine says "not checked"). */
function asInput(f: FetchedFile): { status: number | null; text: string | null } | null {
  return f.outcome === 'ok' ? { status: f.status, text: f.text } : null;
}

function stateOf(f: FetchedFile): AccessFetch['robots'] {
  return f.outcome === 'ok' ? 'checked' : f.outcome === 'redirect' ? 'redirect' : 'failed';
}

function errorText(code: string, message: string): string {
  if (code === 'too-large') return `the page is too large to read (${message})`;
  // An internal error reaches the user as the sentence extract wrote for it, never as a library's own words.
  if (code === 'internal') return message.startsWith('Citable ') ? message : 'Citable could not read this page (an internal error).';
  return message || code;
}
