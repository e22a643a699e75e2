/**
 * The background: receives snapshots from content scripts, judges them (the engine runs here, not in the page),
 * keeps one report per tab, drives the badge and answers the side panel.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createAnalyzer } from '../../scoring/analyze';
import { withPlan } from '../../scoring/plan';
import { loadDismissed, setDismissed } from '../../messaging/storage';
import { BackgroundController, type ActionLike } from './controller';
import { isFromContentScript } from '../../messaging/senders';
import { serveReader } from '../offscreen/reader';

/** Chrome's offscreen API (not in the polyfill's types). */
interface OffscreenApi {
  hasDocument?(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

export default defineBackground(() => {
  // MV3 has `action`; Firefox MV2 has `browserAction` with the same badge methods.
  const api = browser as unknown as {
    action?: ActionLike & { onClicked: typeof browser.action.onClicked };
    browserAction?: ActionLike & { onClicked: typeof browser.action.onClicked };
    sidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  const action = (api.action ?? api.browserAction)!;

  const controller = new BackgroundController({
    runtimeId: browser.runtime.id,
    extRoot: browser.runtime.getURL('/'),
    action,
    sendToTab: (tabId, msg, frameId) => (frameId === undefined ? browser.tabs.sendMessage(tabId, msg) : browser.tabs.sendMessage(tabId, msg, { frameId })),
    broadcast: (msg) => {
      // No panel open is the common case: "Receiving end does not exist" is expected.
      browser.runtime.sendMessage(msg).catch(() => undefined);
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
    // Every report carries the page plan; its projections re-judge one section each through the tab's analyzer.
    createAnalyzer: () => withPlan(createAnalyzer()),
    // Chrome's "Allow access to file URLs" switch. Firefox runs no add-on on local files (tested: "Missing host
    // permission for the tab" even with file:///* declared).
    fileAccess: import.meta.env.BROWSER === 'firefox' ? async () => 'never' as const : () => browser.extension.isAllowedFileSchemeAccess(),
    loadDismissed,
    setDismissed,
    log: (m) => console.warn(m),
  });

  // The article is read off the page's thread (entrypoints/offscreen/reader.ts): in Firefox here, in the background
  // page, which has a DOM; in Chrome in an offscreen document, created the first time a content script asks for it.
  const reader = import.meta.env.BROWSER === 'firefox' ? firefoxReader() : chromeReader();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: unknown } | null)?.type === 'page/reader') {
      if (!isFromContentScript(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      return reader().then(
        () => ({ ok: true }),
        (err: unknown) => {
          console.warn('[citable] reader', err);
          return { ok: false };
        },
      );
    }
    return controller.onMessage(raw, sender) as Promise<unknown> | undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading') {
      controller.onTabLoading(tabId);
      // The address comes with the `tabs` permission: a page no extension may read is said on the badge at once.
      const url = info.url ?? tab.url;
      if (url) void controller.onTabUrl(tabId, url);
    }
    if (info.status === 'complete') void controller.onTabComplete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => controller.onTabRemoved(tabId));

  // The toolbar button opens the side panel (Chrome) or the sidebar (Firefox).
  if (api.sidePanel) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('[citable] sidePanel', e));
  } else if (api.sidebarAction) {
    const open = api.sidebarAction.open.bind(api.sidebarAction);
    action.onClicked.addListener(() => {
      void open();
    });
  }
});

/** Firefox: the background page reads; it is ready as soon as it runs. */
function firefoxReader(): () => Promise<void> {
  serveReader(browser.runtime.onConnect as unknown as Parameters<typeof serveReader>[0], browser.runtime.id, browser.runtime.getURL('/'));
  return () => Promise.resolve();
}

/**
 * Chrome: the offscreen document, created on demand (reason DOM_PARSER: it parses the page's HTML with DOMParser)
 * and kept while the browser runs; one creation at a time (a second `createDocument` would fail).
 */
function chromeReader(): () => Promise<void> {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  let creating: Promise<void> | null = null;
  return async () => {
    if (!offscreen) throw new Error('no offscreen API');
    if (await offscreen.hasDocument?.()) return;
    creating ??= offscreen
      .createDocument({
        url: 'offscreen.html',
        reasons: ['DOM_PARSER'],
        justification: 'Reads the article of the open page from its HTML (Readability), off the page’s own thread.',
      })
      .catch((err: unknown) => {
        // Created meanwhile by an earlier call (a worker that restarted): that one serves.
        if (!/single offscreen|only a single/i.test(String(err))) throw err;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
}
