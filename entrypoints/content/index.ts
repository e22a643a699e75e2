/**
 * The content script: does on the page's thread only what must happen there — wait for idle, the cheap "is this an
 * article" check, writing the page's HTML in slices (./serialize.ts) — and hands that to the reader, which runs
 * Readability, the pairing and the page-level reads on another thread (entrypoints/offscreen/reader.ts). The
 * snapshot it gets back goes to the background to be judged; the reader's locators are turned into the page's
 * elements only when needed (an edit, a highlight, an editable draft). It keeps the snapshot current while the page
 * changes (re-reading only the edited blocks, here) and shows findings on request.
 *
 * It never changes the page's content: it only reads the page's markup, highlights use the CSS Custom Highlight API
 * (see ./highlight.ts), and nothing is written into the page's DOM.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { readBlock } from '../../scoring/extract/block';
import { readerableOf } from '../../scoring/extract/readerable';
import type { Snapshot, SnapshotBlock } from '../../scoring/snapshot';
// The light part of the protocol (messaging/page.ts): the content script starts on every page and carries no zod.
import { overBudget, parseTabMessage, SNAPSHOT_LIMITS, type ElementLocator, type TabReply } from '../../messaging/page';
import type { ContentMessage, OriginFilesReply, ServerTextReply, SnapshotReason, TabMessage } from '../../messaging/protocol';
import { isSiteOff, loadSettingsLight as loadSettings } from '../../messaging/settings';
import { clearHighlight, isOwnMutation, showRange } from './highlight';
import { rangeForTarget, type LiveExtraction } from './ranges';
import { fetchOriginFiles, fetchServerText } from './origin-fetch';
import { isEditing, isEditorDocument, isFrameRead, isTopFrame, pageHost, pageUrl } from './frame';
import { recoverElements } from './recover';
import { serializePage } from './serialize';
import { readOffPage } from './reader-client';
import { resolveLocators } from './locators';
// Importing it silences WXT's page-visible lifecycle before WXT builds this script's context (see ./lifecycle.ts).
import { restorePageChannels, watchLocation } from './lifecycle';

/** Past this many elements the page is not read (a hostile or giant page would cost seconds in Readability). */
const MAX_ELEMENTS = 60_000;
/** Quiet time after the last mutation before re-reading, and the longest a burst of edits may delay it. */
const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 700;
/** On a page that is not an article, content changes are re-checked at most this often (web apps mutate a lot). */
const NOT_ARTICLE_WAIT_MS = 2000;
/** Changes held back during one read, at most (a page that changes more is simply read again). */
const MAX_HELD = 2000;
/** Tags whose insertion or removal changes the article's structure (a new paragraph, heading or list). */
const STRUCTURAL = /^(P|DIV|LI|UL|OL|DL|DD|DT|H[1-6]|BLOCKQUOTE|PRE|TABLE|TBODY|THEAD|TR|TD|TH|FIGURE|FIGCAPTION|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|HR|SCRIPT)$/;

export default defineContentScript({
  // file:///* only runs once the user allows file access (Chrome's per-extension switch); it adds no install warning.
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // CMS editors keep the draft in a frame (often about:blank or srcdoc): every frame, narrowed to same-origin ones in
  // ./frame.ts; the background picks the frame that speaks for the tab (entrypoints/background/frames.ts).
  allFrames: true,
  matchAboutBlank: true,
  // …and frames loaded from a blob: URL the page made (newer editors' canvases): they run as the page's origin.
  matchOriginAsFallback: true,
  main(ctx) {
    restorePageChannels();
    if (!isFrameRead()) return;
    new PageWatcher(ctx).start();
  },
});

/** The reader's answer for the current page: the snapshot, and its locators until they are resolved. */
interface PageRead {
  snapshot: Snapshot;
  blocks: ElementLocator[][];
  headings: ElementLocator[];
}

class PageWatcher {
  /** The latest read of the page (null: none, or not an article). */
  private read: PageRead | null = null;
  /** Its live elements, once resolved (lazily: see `resolved`). */
  private live: LiveExtraction | null = null;
  /** Bumped by every full read: a read that finishes after a newer one started is dropped. */
  private generation = 0;
  /** A full read is under way: the page's changes meanwhile are held (see fullRun). */
  private reading = false;
  private held: MutationRecord[] = [];
  /** More changes than MAX_HELD came during a read: it is followed by another. */
  private heldOverflow = false;
  /** Each block element of the latest extraction → [section, block]. */
  private blockIndex = new Map<Element, [number, number]>();
  /** Lowest common ancestor of the article's blocks: mutations outside it (ads, widgets) are ignored. */
  private articleRoot: Element | null = null;
  private observer: MutationObserver | null = null;
  private dirty = new Set<Element>();
  private structural = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  /** The user asked for an analysis (panel button) while automatic scoring is off. */
  private forced = false;
  private enabled = false;
  /** The user asked to analyze a page that does not look like an article: skip that check from now on. */
  private insist = false;
  /** The last message sent, serialized: an identical re-read is not sent again (and not judged again). */
  private lastSent = '';
  private lastUrl = withoutHash(pageUrl());

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseTabMessage(raw);
      if (!msg) {
        console.warn(`[citable] content script: rejected a message (${String((raw as { type?: unknown } | null)?.type ?? typeof raw).slice(0, 40)})`);
        return undefined;
      }
      return Promise.resolve(this.onMessage(msg));
    });
    watchLocation(this.ctx, () => {
      // SPA navigation (history API): a new article, read from scratch. A fragment change is not a new page.
      const url = withoutHash(pageUrl());
      if (url === this.lastUrl) return;
      this.lastUrl = url;
      this.lastSent = '';
      this.setRead(null);
      clearHighlight();
      void this.runIfEnabled('navigation');
    });
    // The options page changed: start or stop here without a reload.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes && !this.forced) void this.applySettings();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    // Escape on the page removes the highlight.
    this.ctx.addEventListener(window, 'keydown', (e) => {
      if (e.key === 'Escape') clearHighlight();
    });
    if (!isTopFrame()) {
      // A subframe going away (the editor closed, the frame navigated): its report no longer speaks for the tab.
      window.addEventListener('pagehide', () => {
        browser.runtime.sendMessage({ type: 'page/frame-gone' } satisfies ContentMessage).catch(() => undefined);
      });
    }
    this.ctx.onInvalidated(() => {
      this.observer?.disconnect();
      if (this.timer) clearTimeout(this.timer);
      clearHighlight();
    });
    await this.runIfEnabled('load');
  }

  private async applySettings(): Promise<void> {
    const settings = await loadSettings().catch(() => null);
    if (!settings) return;
    const off = !settings.autoScore || isSiteOff(settings, pageHost());
    if (off && this.enabled) {
      this.enabled = false;
      this.observer?.disconnect();
      this.observer = null;
      clearHighlight();
      this.setRead(null);
      this.lastSent = '';
      this.send({ type: 'page/disabled', url: pageUrl(), reason: settings.autoScore ? 'site-off' : 'auto-off' });
    } else if (!off && !this.enabled) {
      this.lastSent = '';
      await this.runIfEnabled('load');
    }
  }

  private async runIfEnabled(reason: SnapshotReason): Promise<void> {
    if (!this.forced) {
      const settings = await loadSettings().catch(() => null);
      if (settings && !settings.autoScore) return this.send({ type: 'page/disabled', url: pageUrl(), reason: 'auto-off' });
      if (settings && isSiteOff(settings, pageHost())) return this.send({ type: 'page/disabled', url: pageUrl(), reason: 'site-off' });
    }
    this.enabled = true;
    this.observe();
    await whenIdle();
    if (this.ctx.isInvalid) return;
    await this.fullRun(reason);
  }

  private onMessage(msg: TabMessage): TabReply | Promise<OriginFilesReply | ServerTextReply> {
    switch (msg.type) {
      // Requests to this page's own origin only (see ./origin-fetch.ts): the message carries no URL.
      case 'tab/fetch-origin-files':
        return fetchOriginFiles();
      case 'tab/fetch-server-text':
        return fetchServerText();
      case 'tab/ping':
        return { ok: true, detail: this.read ? 'read' : this.enabled ? 'not-read' : 'disabled' };
      case 'tab/rescan':
        if (msg.manual) {
          this.forced = true;
          this.insist = true;
        }
        this.setRead(null);
        this.lastSent = '';
        void this.runIfEnabled(msg.manual ? 'manual' : 'load');
        return { ok: true };
      case 'tab/clear':
        clearHighlight();
        return { ok: true };
      case 'tab/reveal': {
        const live = this.resolved();
        if (!live) return { ok: false, detail: 'page not read yet' };
        const range = rangeForTarget(live, msg.target, msg.quote);
        if (!range) return { ok: false, detail: 'that text is no longer on the page' };
        return { ok: true, detail: showRange(range) };
      }
    }
  }

  /**
   * Reads the whole page again (first load, structural change, navigation). The page's changes while the read is
   * under way are held back and judged against its result when it arrives: one inside a block it read is an edit
   * (the fast path reads that block again), anything else a structural change.
   */
  private async fullRun(reason: SnapshotReason): Promise<void> {
    const generation = ++this.generation;
    this.reading = true;
    try {
      await this.readPage(reason, generation);
    } finally {
      if (generation === this.generation) {
        this.reading = false;
        const held = this.held;
        this.held = [];
        if (this.heldOverflow) {
          this.heldOverflow = false;
          this.structural = true;
          this.schedule();
        } else if (held.length > 0) this.onMutations(held);
      }
    }
  }

  private async readPage(reason: SnapshotReason, generation: number): Promise<void> {
    const stale = () => generation !== this.generation || this.ctx.isInvalid;
    this.dirty.clear();
    this.structural = false;
    const url = pageUrl();
    let t0 = performance.now();
    /** Time on the page's thread, summed over the tasks of this read (ms). */
    let mainMs = 0;
    const type = document.contentType || 'text/html';
    if (!/^(text\/html|application\/xhtml\+xml)$/i.test(type)) {
      // A PDF, an image or a plain-text file shown by the browser: nothing for Readability to read.
      this.setRead(null);
      const what = /pdf/i.test(type) ? 'a PDF' : `a ${type} file`;
      this.send({ type: 'page/not-article', url, reason: `This is ${what}, not a web page; Citable reads HTML pages.` });
      return;
    }
    // An editor's canvas in a frame is read even while the draft is short (see ./frame.ts).
    const insist = this.insist || (!isTopFrame() && isEditorDocument());
    if (!insist && !readerableOf(document)) {
      this.setRead(null);
      this.send({ type: 'page/not-article', url, reason: 'This page does not look like an article (too little running text).' });
      return;
    }
    // A hostile or giant page would cost the reader seconds, and the page its markup's copy: refused before either.
    const count = document.getElementsByTagName('*').length;
    if (count > MAX_ELEMENTS) {
      this.setRead(null);
      this.send({ type: 'page/error', url, code: 'too-large', message: `page has ${count} elements, more than the ${MAX_ELEMENTS} this analysis reads` });
      return;
    }
    mainMs += performance.now() - t0;
    const page = await serializePage(document, stale);
    if (!page) return;
    mainMs += page.mainMs;
    let reply;
    try {
      // The check above already ran: the reader need not run it again.
      reply = await readOffPage(page, { url, ...(insist ? {} : { readerable: true }) }, (ms) => (mainMs += ms));
    } catch {
      if (stale()) return;
      this.setRead(null);
      this.send({ type: 'page/error', url, code: 'internal', message: 'Citable could not reach its reader (the extension may have been updated: reload the page).' });
      return;
    }
    if (stale()) return;
    t0 = performance.now();
    if (!reply.ok) {
      // The reader answers ExtractErrors worded for the user; anything else is said plainly, never as a stack trace.
      this.setRead(null);
      this.send({ type: 'page/error', url, code: reply.code, message: reply.message.slice(0, 500) });
      return;
    }
    const { snapshot } = reply;
    this.setRead({ snapshot, blocks: reply.blocks, headings: reply.headings });
    // A read the user asked for reports the page even with no article: its markup, authorship and machine access
    // are what an SEO checks on a product or category page (issue 11). An empty page, one nested past what a
    // browser's parser builds, or a tree the reader failed on says which.
    if (!this.insist && (!snapshot.parsed || snapshot.sections.length === 0)) {
      this.send({ type: 'page/not-article', url, reason: snapshot.problem?.message ?? 'No article text was found on this page.' });
      return;
    }
    const editable = this.isEditable();
    mainMs += performance.now() - t0;
    this.send({ type: 'page/snapshot', snapshot, reason, extractMs: mainMs, editable });
  }

  /**
   * Whether the article is being edited. Only a page with something editable resolves its locators for this (an
   * article is rarely editable: a draft in a CMS, a contenteditable demo).
   */
  private isEditable(): boolean {
    if (isEditorDocument()) return true;
    if (!document.querySelector('[contenteditable]')) return false;
    const live = this.resolved();
    return !!live && isEditing(live.blockElements.flat());
  }

  /** Fast path: only text inside known blocks changed, so only those blocks are read again. */
  private fastRun(): void {
    const live = this.resolved();
    if (!live) return void this.fullRun('structure');
    const t0 = performance.now();
    const url = live.snapshot.url;
    const changed = new Map<number, Map<number, SnapshotBlock>>();
    for (const el of this.dirty) {
      const at = this.blockIndex.get(el);
      if (!at || !el.isConnected) return void this.fullRun('structure');
      const [s, b] = at;
      const old = live.snapshot.sections[s]?.blocks[b];
      if (!old) return void this.fullRun('structure');
      const fresh = readBlock(el, old.kind, url, old.ordered ?? false, true);
      if (!fresh) return void this.fullRun('structure');
      fresh.locator = { selector: old.locator.selector, quote: fresh.text.slice(0, 80) };
      if (!changed.has(s)) changed.set(s, new Map());
      changed.get(s)!.set(b, fresh);
    }
    this.dirty.clear();
    if (changed.size === 0) return;
    const snapshot: Snapshot = {
      ...live.snapshot,
      sections: live.snapshot.sections.map((sec, s) => {
        const blocks = changed.get(s);
        return blocks ? { ...sec, blocks: sec.blocks.map((blk, b) => blocks.get(b) ?? blk) } : sec;
      }),
    };
    this.live = { ...live, snapshot };
    if (this.read) this.read = { ...this.read, snapshot };
    this.send({ type: 'page/snapshot', snapshot, reason: 'edit', extractMs: performance.now() - t0, editable: isEditing(live.blockElements.flat()) });
  }

  private setRead(read: PageRead | null): void {
    this.read = read;
    this.live = null;
    this.blockIndex.clear();
    this.articleRoot = null;
  }

  /**
   * The live elements of the latest read, resolved from the reader's locators on first need (a mutation on the
   * page, a highlight, an editable page): on a page that is only read, never.
   */
  private resolved(): LiveExtraction | null {
    if (this.live || !this.read) return this.live;
    const { snapshot, blocks, headings } = this.read;
    // Elements the locators could not give (the page changed while it was read, a reparse that differs) are found
    // again by their text (see ./recover.ts).
    const live = recoverElements({ snapshot, ...resolveLocators(blocks, headings) });
    this.live = live;
    const all: Element[] = [];
    live.blockElements.forEach((els, s) =>
      els.forEach((el, b) => {
        if (el) {
          this.blockIndex.set(el, [s, b]);
          all.push(el);
        }
      }),
    );
    for (const h of live.headingElements) if (h) all.push(h);
    this.articleRoot = commonAncestor(all);
    return live;
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.enabled) return;
    // An old copy whose extension was updated or reloaded stands down (its runtime is gone; see ./lifecycle.ts).
    if (this.ctx.isInvalid) {
      this.observer?.disconnect();
      return;
    }
    if (this.reading) {
      if (this.held.length + records.length > MAX_HELD) this.heldOverflow = true;
      else this.held.push(...records);
      return;
    }
    let relevant = false;
    // The first change after a read: its elements are needed now, to tell an edited block from the rest of the page.
    this.resolved();
    for (const r of records) {
      if (isOwnMutation(r)) continue;
      if (!this.read) {
        // Not an article (yet): any content change may make it one; re-check after the page settles.
        if (r.type === 'childList' || r.type === 'characterData') {
          this.structural = true;
          relevant = true;
        }
        continue;
      }
      const block = this.enclosingBlock(r.target);
      const addsStructure = r.type === 'childList' && touchesStructure(r);
      if (block && !addsStructure) {
        // Text typed or a link added inside a known paragraph: the fast path.
        this.dirty.add(block);
        relevant = true;
        continue;
      }
      const root = this.articleRoot;
      // An editor's toolbar or popover beside the text, shown or hidden as the writer clicks and types: nothing read.
      if (isEditorChrome(r, root)) continue;
      const insideArticle = !!root && root.contains(r.target);
      const aroundArticle = !!root && r.target.contains(root);
      if (!root || !root.isConnected || insideArticle || (aroundArticle && addsStructure)) {
        this.structural = true;
        relevant = true;
      }
      // Elsewhere on the page (a sidebar, an ad): not the article, ignored.
    }
    if (relevant) this.schedule();
  }

  private enclosingBlock(node: Node): Element | null {
    for (let cur: Node | null = node; cur; cur = cur.parentNode) {
      if (cur.nodeType === 1 && this.blockIndex.has(cur as Element)) return cur as Element;
    }
    return null;
  }

  private schedule(): void {
    const now = performance.now();
    // Not an article: throttle (one re-check per period, however busy the page), don't postpone.
    if (!this.read && this.timer) return;
    if (!this.timer) this.firstPending = now;
    else clearTimeout(this.timer);
    const wait = this.read ? Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now)) : NOT_ARTICLE_WAIT_MS;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.ctx.isInvalid) return;
      if (this.structural || !this.read) void this.fullRun('structure');
      else this.fastRun();
    }, wait);
  }

  private send(message: ContentMessage): void {
    // Past the analysis budget, the background would reject the snapshot and the panel would wait forever: say why.
    const past = message.type === 'page/snapshot' ? overBudget(message.snapshot) : null;
    const msg: ContentMessage = past ? { type: 'page/error', url: location.href.slice(0, SNAPSHOT_LIMITS.url), code: 'too-large', message: past } : message;
    // The same content again (a widget re-rendered, a fragment link): nothing new to judge.
    const key = JSON.stringify(msg.type === 'page/snapshot' ? msg.snapshot : msg);
    if (key === this.lastSent) return;
    this.lastSent = key;
    // A failure means the background is restarting (it asks again with tab/rescan when the panel opens), or this
    // copy's extension was updated or reloaded: then its context is gone, and reading `isInvalid` stands it down.
    const standDownIfOrphaned = () => void this.ctx.isInvalid;
    try {
      browser.runtime.sendMessage(msg).catch(standDownIfOrphaned);
    } catch {
      standDownIfOrphaned();
    }
  }
}

/** Whether a childList mutation adds or removes block-level content (a paragraph, heading, list, table…). */
function touchesStructure(r: MutationRecord): boolean {
  for (const list of [r.addedNodes, r.removedNodes]) {
    for (const n of Array.from(list)) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (STRUCTURAL.test(el.tagName.toUpperCase()) || el.querySelector('p,h1,h2,h3,h4,h5,h6,li,table,blockquote,pre')) return true;
    }
  }
  return false;
}

/** Controls and widgets: what an editor adds around the text (ARIA toolbars, menus, dialogs, tooltips, form controls). */
const WIDGET = '[role=toolbar],[role=menu],[role=menubar],[role=dialog],[role=alertdialog],[role=tooltip],[role=listbox],button,select,input,textarea';
const TEXT_BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,table,blockquote,pre';

/**
 * A change to an editor's controls, not to its text: a block toolbar or a popover added or removed beside the
 * paragraph, or a change inside one (Gutenberg hides its block toolbar on the first key typed after a click; read as a
 * structural change, that lost the edit's fast path). A widget that holds the article (an article shown in a dialog)
 * is not chrome, nor is an element with a block of text or any text outside its controls.
 */
function isEditorChrome(r: MutationRecord, root: Element | null): boolean {
  const at = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  const widget = at?.closest(WIDGET);
  if (widget && !(root && widget.contains(root))) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return (
    nodes.length > 0 &&
    nodes.every((n) => {
      if (n.nodeType === 3) return !(n.textContent ?? '').trim();
      if (n.nodeType !== 1) return true;
      const el = n as Element;
      if (root && el.contains(root)) return false;
      if (!(el.matches(WIDGET) || el.querySelector(WIDGET)) || el.matches(TEXT_BLOCK) || el.querySelector(TEXT_BLOCK)) return false;
      return !textOutsideWidgets(el);
    })
  );
}

/** Whether `el` holds any text that is not inside one of its controls (a label inside a button is the button's). */
function textOutsideWidgets(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.textContent ?? '').trim()) continue;
    const widget = n.parentElement?.closest(WIDGET);
    if (!widget || !el.contains(widget)) return true;
  }
  return false;
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 50);
  });
}

function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
    if (!anc) return null;
  }
  return anc;
}
