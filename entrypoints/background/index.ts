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

  browser.runtime.onMessage.addListener((raw: unknown, sender) => controller.onMessage(raw, sender) as Promise<unknown> | undefined);
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
