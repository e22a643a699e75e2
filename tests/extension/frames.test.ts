/**
 * Which frame speaks for a tab (entrypoints/background/frames.ts), the background's use of it, and the reasons a
 * page cannot be read that the badge shows at once (entrypoints/background/restricted.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHTML } from 'linkedom';
import { extract } from '../../scoring/extract/index';
import { analyze, createAnalyzer } from '../../scoring/analyze';
import { BackgroundController } from '../../entrypoints/background/controller';
import { FrameChooser, type FrameMessage } from '../../entrypoints/background/frames';
import { closedReason, FILE_FIX, unreadableReason } from '../../entrypoints/background/restricted';
import { badgeFor } from '../../entrypoints/background/badge';
import { loadDismissed, setDismissed } from '../../messaging/storage';
import type { TabMessage } from '../../messaging/protocol';

const ID = 'citable-test';
const ROOT = `chrome-extension://${ID}/`;
const snap = (file: string, url: string) => {
  const { document } = parseHTML(readFileSync(new URL(`../pages/${file}`, import.meta.url), 'utf8'));
  return extract(document as unknown as Document, { url });
};
const CITABLE = snap('citable.html', 'https://cms.test/post');
const DRAFT = snap('draft.html', 'https://cms.test/edit');
const snapshotMsg = (snapshot: typeof CITABLE, editable = false): FrameMessage => ({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1, editable });
const notArticle: FrameMessage = { type: 'page/not-article', url: 'https://cms.test/edit', reason: 'no' };

describe('FrameChooser', () => {
  it('the top page speaks for the tab when it is the only article', () => {
    const c = new FrameChooser();
    expect(c.record(1, 0, snapshotMsg(CITABLE))?.frameId).toBe(0);
    // A same-origin widget that is not an article changes nothing.
    expect(c.record(1, 5, notArticle)?.frameId).toBe(0);
  });

  it('an editor canvas wins over the top page, and a frame that goes away hands back to the top', () => {
    const c = new FrameChooser();
    c.record(1, 0, snapshotMsg(CITABLE));
    expect(c.record(1, 3, snapshotMsg(DRAFT, true))?.frameId).toBe(3);
    expect(c.forget(1, 3)?.frameId).toBe(0);
  });

  it('among several editors, the one with the most words (the canvas, not the excerpt field)', () => {
    const c = new FrameChooser();
    const excerpt = { ...DRAFT, sections: DRAFT.sections.slice(0, 1) };
    c.record(1, 2, snapshotMsg(excerpt, true));
    expect(c.record(1, 4, snapshotMsg(DRAFT, true))?.frameId).toBe(4);
    expect(c.record(1, 2, snapshotMsg(excerpt, true))?.frameId).toBe(4);
  });

  it('a subframe article speaks only when the top page is not an article; a subframe that is not one never does', () => {
    const c = new FrameChooser();
    expect(c.record(1, 6, notArticle)).toBeNull();
    expect(c.record(1, 0, notArticle)?.frameId).toBe(0);
    expect(c.record(1, 6, snapshotMsg(CITABLE))?.frameId).toBe(6);
    expect(c.record(1, 0, snapshotMsg(DRAFT))?.frameId).toBe(0);
  });
});

describe('background with frames', () => {
  beforeEach(() => fakeBrowser.reset());

  function setup() {
    const badges = new Map<number, string>();
    const sent: [number, TabMessage, number | undefined][] = [];
    const controller = new BackgroundController({
      runtimeId: ID,
      extRoot: ROOT,
      action: { setBadgeText: ({ tabId, text }) => void badges.set(tabId, text), setBadgeBackgroundColor: () => undefined, setTitle: () => undefined },
      sendToTab: (tabId, msg, frameId) => {
        sent.push([tabId, msg, frameId]);
        return Promise.resolve({ ok: true, detail: 'highlight' });
      },
      broadcast: () => undefined,
      tabUrl: async () => null,
      createAnalyzer,
      loadDismissed,
      setDismissed,
    });
    return { controller, badges, sent };
  }
  const from = (frameId: number) => ({ id: ID, url: 'https://cms.test/edit', tab: { id: 9 }, frameId });

  it("the badge shows the editor frame's score, and highlights go to that frame", async () => {
    const { controller, badges, sent } = setup();
    await controller.onMessage(snapshotMsg(CITABLE), from(0));
    expect(badges.get(9)).toBe(String(analyze(CITABLE).score));
    await controller.onMessage(snapshotMsg(DRAFT, true), from(3));
    expect(badges.get(9)).toBe(String(analyze(DRAFT).score));
    // The top page re-reads itself (an ad re-rendered): the editor still speaks for the tab.
    await controller.onMessage(snapshotMsg(CITABLE), from(0));
    expect(badges.get(9)).toBe(String(analyze(DRAFT).score));
    await controller.onMessage({ type: 'panel/reveal', tabId: 9, target: { section: 0, block: null }, quote: null }, { id: ID, url: `${ROOT}sidepanel.html` });
    expect(sent.find(([, m]) => m.type === 'tab/reveal')?.[2]).toBe(3);
    // The editor closes: back to the top page's report.
    await controller.onMessage({ type: 'page/frame-gone' }, from(3));
    expect(badges.get(9)).toBe(String(analyze(CITABLE).score));
  });
});

describe('pages Citable cannot read', () => {
  it('knows browser pages, stores and local files without access from the address alone', () => {
    expect(closedReason('chrome://settings/', null)).toMatch(/browser page/);
    expect(closedReason('about:addons', null)).toMatch(/browser page/);
    expect(closedReason('https://chromewebstore.google.com/detail/x', null)).toMatch(/stores/);
    expect(closedReason('https://addons.mozilla.org/en-US/firefox/', null)).toMatch(/stores/);
    expect(closedReason('file:///home/me/draft.html', false)).toBe(FILE_FIX);
    // An ordinary page, or a local file the extension may read: not closed.
    expect(closedReason('https://example.com/post', false)).toBeNull();
    expect(closedReason('file:///home/me/draft.html', true)).toBeNull();
    expect(closedReason('file:///home/me/draft.html', null)).toBeNull();
    expect(closedReason('file:///home/me/draft.html', 'never')).toMatch(/Firefox does not let add-ons read local files/);
    expect(closedReason('https://chromewebstore.google.com.evil.test/', null)).toBeNull();
  });

  it('the badge says why at once, "!" when the user can fix it, and the tooltip carries the one-line fix', () => {
    const file = badgeFor({ status: 'unreadable', url: 'file:///d.html', reason: unreadableReason('file:///d.html', false) });
    expect(file.text).toBe('!');
    expect(file.title).toContain('Allow access to file URLs');
    const settings = badgeFor({ status: 'unreadable', url: 'chrome://settings/', reason: unreadableReason('chrome://settings/') });
    expect(settings.text).toBe('–');
    expect(settings.title).toMatch(/browser page/);
    expect(unreadableReason('https://example.com/report.pdf')).toMatch(/PDF/);
  });

  it('the background sets the reason as soon as the tab starts loading a closed page', async () => {
    const badges = new Map<number, string>();
    const titles = new Map<number, string>();
    const controller = new BackgroundController({
      runtimeId: ID,
      extRoot: ROOT,
      action: { setBadgeText: ({ tabId, text }) => void badges.set(tabId, text), setBadgeBackgroundColor: () => undefined, setTitle: ({ tabId, title }) => void titles.set(tabId, title) },
      sendToTab: () => Promise.reject(new Error('no receiver')),
      broadcast: () => undefined,
      tabUrl: async (tabId) => (tabId === 3 ? 'https://example.com/a.pdf' : 'file:///home/me/draft.html'),
      fileAccess: async () => false,
      createAnalyzer,
      loadDismissed,
      setDismissed,
    });
    controller.onTabLoading(2);
    await controller.onTabUrl(2, 'file:///home/me/draft.html');
    expect(badges.get(2)).toBe('!');
    expect(titles.get(2)).toContain('Allow access to file URLs');
    // A page whose content script never answers (a PDF viewer, a tab opened before the install) is said after load.
    controller.onTabLoading(3);
    await controller.onTabUrl(3, 'https://example.com/a.pdf');
    expect(badges.get(3)).toBe('');
    await controller.onTabComplete(3, 0);
    expect(badges.get(3)).toBe('–');
    expect(titles.get(3)).toMatch(/PDF/);
  });
});
