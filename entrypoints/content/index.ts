/**
 * The content script: reads the page (extract only, no judging and no React), hands the snapshot to the
 * background, keeps it current while the page changes, and shows findings on request.
 *
 * It never changes the page's content: reading works on a clone (inside `extract`), highlights use the CSS Custom
 * Highlight API (see ./highlight.ts), and nothing is written into the page's DOM.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isProbablyReaderable } from '@mozilla/readability';
import { ExtractError, extractDetailed, readBlock } from '../../scoring/extract/index';
import type { Snapshot, SnapshotBlock } from '../../scoring/snapshot';
import { accept, TabMessage, type ContentMessage, type SnapshotReason, type TabReply } from '../../messaging/protocol';
import { isSiteOff, loadSettings } from '../../messaging/storage';
import { clearHighlight, isOwnNode, showRange } from './highlight';
import { rangeForTarget, type LiveExtraction } from './ranges';

/** Past this many elements the page is not read (a hostile or giant page would cost seconds in Readability). */
const MAX_ELEMENTS = 60_000;
/** Quiet time after the last mutation before re-reading, and the longest a burst of edits may delay it. */
const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 700;
/** Tags whose insertion or removal changes the article's structure (a new paragraph, heading or list). */
const STRUCTURAL = /^(P|DIV|LI|UL|OL|DL|DD|DT|H[1-6]|BLOCKQUOTE|PRE|TABLE|TBODY|THEAD|TR|TD|TH|FIGURE|FIGCAPTION|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|HR|SCRIPT)$/;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    new PageWatcher(ctx).start();
  },
});

class PageWatcher {
  private live: LiveExtraction | null = null;
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

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = accept(TabMessage, raw, 'content script');
      if (!msg) return undefined;
      return Promise.resolve(this.onMessage(msg));
    });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      // SPA navigation (history API): a new article, read from scratch.
      this.live = null;
      clearHighlight();
      void this.runIfEnabled('navigation');
    });
    this.ctx.onInvalidated(() => {
      this.observer?.disconnect();
      if (this.timer) clearTimeout(this.timer);
      clearHighlight();
    });
    await this.runIfEnabled('load');
  }

  private async runIfEnabled(reason: SnapshotReason): Promise<void> {
    if (!this.forced) {
      const settings = await loadSettings().catch(() => null);
      if (settings && !settings.autoScore) return this.send({ type: 'page/disabled', url: location.href, reason: 'auto-off' });
      if (settings && isSiteOff(settings, location.hostname)) return this.send({ type: 'page/disabled', url: location.href, reason: 'site-off' });
    }
    this.enabled = true;
    this.observe();
    await whenIdle();
    if (this.ctx.isInvalid) return;
    this.fullRun(reason);
  }

  private onMessage(msg: TabMessage): TabReply {
    switch (msg.type) {
      case 'tab/ping':
        return { ok: true, detail: this.live ? 'read' : this.enabled ? 'not-read' : 'disabled' };
      case 'tab/rescan':
        this.forced = true;
        this.insist = true;
        this.live = null;
        void this.runIfEnabled('manual');
        return { ok: true };
      case 'tab/clear':
        clearHighlight();
        return { ok: true };
      case 'tab/reveal': {
        if (!this.live) return { ok: false, detail: 'page not read yet' };
        const range = rangeForTarget(this.live, msg.target, msg.quote);
        if (!range) return { ok: false, detail: 'that text is no longer on the page' };
        return { ok: true, detail: showRange(range) };
      }
    }
  }

  /** Reads the whole page again (first load, structural change, navigation). */
  private fullRun(reason: SnapshotReason): void {
    this.dirty.clear();
    this.structural = false;
    const url = location.href;
    const t0 = performance.now();
    if (!this.insist && !isProbablyReaderable(document)) {
      this.setLive(null);
      this.send({ type: 'page/not-article', url, reason: 'This page does not look like an article (too little running text).' });
      return;
    }
    try {
      const detailed = extractDetailed(document, { url, maxElements: MAX_ELEMENTS });
      const extractMs = performance.now() - t0;
      this.setLive(detailed);
      if (!detailed.snapshot.parsed || detailed.snapshot.sections.length === 0) {
        this.send({ type: 'page/not-article', url, reason: 'No article text was found on this page.' });
        return;
      }
      this.send({ type: 'page/snapshot', snapshot: detailed.snapshot, reason, extractMs });
    } catch (err) {
      this.setLive(null);
      const code = err instanceof ExtractError ? err.code : 'exception';
      const message = err instanceof Error ? err.message : String(err);
      this.send({ type: 'page/error', url, code, message: message.slice(0, 500) });
    }
  }

  /** Fast path: only text inside known blocks changed, so only those blocks are read again. */
  private fastRun(): void {
    const live = this.live;
    if (!live) return this.fullRun('structure');
    const t0 = performance.now();
    const url = live.snapshot.url;
    const changed = new Map<number, Map<number, SnapshotBlock>>();
    for (const el of this.dirty) {
      const at = this.blockIndex.get(el);
      if (!at || !el.isConnected) return this.fullRun('structure');
      const [s, b] = at;
      const old = live.snapshot.sections[s]?.blocks[b];
      if (!old) return this.fullRun('structure');
      const fresh = readBlock(el, old.kind, url, old.ordered ?? false);
      if (!fresh) return this.fullRun('structure');
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
    this.send({ type: 'page/snapshot', snapshot, reason: 'edit', extractMs: performance.now() - t0 });
  }

  private setLive(detailed: LiveExtraction | null): void {
    this.live = detailed;
    this.blockIndex.clear();
    this.articleRoot = null;
    if (!detailed) return;
    const all: Element[] = [];
    detailed.blockElements.forEach((els, s) =>
      els.forEach((el, b) => {
        if (el) {
          this.blockIndex.set(el, [s, b]);
          all.push(el);
        }
      }),
    );
    for (const h of detailed.headingElements) if (h) all.push(h);
    this.articleRoot = commonAncestor(all);
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.enabled) return;
    let relevant = false;
    for (const r of records) {
      if (isOwnNode(r.target)) continue;
      if (!this.live) {
        // Not an article (yet): any content change may make it one; re-check after the page settles.
        if (r.type === 'childList' || r.type === 'characterData') {
          this.structural = true;
          relevant = true;
        }
        continue;
      }
      const block = this.enclosingBlock(r.target);
      const addsStructure = r.type === 'childList' && [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some((n) => n.nodeType === 1 && (STRUCTURAL.test((n as Element).tagName.toUpperCase()) || (n as Element).querySelector?.('p,h1,h2,h3,h4,h5,h6,li,table,blockquote')));
      if (block && !addsStructure) {
        this.dirty.add(block);
        relevant = true;
        continue;
      }
      const root = this.articleRoot;
      if (!root || !root.isConnected || root.contains(r.target) || (r.target as Node).contains?.(root)) {
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
    if (!this.timer) this.firstPending = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.ctx.isInvalid) return;
      if (this.structural || !this.live) this.fullRun('structure');
      else this.fastRun();
    }, wait);
  }

  private send(msg: ContentMessage): void {
    browser.runtime.sendMessage(msg).catch(() => {
      /* the background is restarting; it asks again with tab/rescan when the panel opens */
    });
  }
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
