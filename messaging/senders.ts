/**
 * Who may send what. The background accepts page messages only from our own content scripts (a sender with a
 * tab, not an extension page) and panel messages only from our own extension pages; anything else is ignored.
 */

/** The fields of `runtime.MessageSender` these checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * `extRoot` is `runtime.getURL('/')` (e.g. `chrome-extension://<id>/`). Compared as a prefix, not via
 * `URL.origin`, which is "null" for non-special schemes in some runtimes.
 */
function isExtensionUrl(url: string | undefined, extRoot: string): boolean {
  return typeof url === 'string' && url.startsWith(extRoot);
}

/** True for a message from one of our content scripts, in a tab's top frame or a subframe (see entrypoints/background/frames.ts). */
export function isFromContentScript(sender: SenderLike, runtimeId: string, extRoot: string): boolean {
  if (sender.id !== runtimeId) return false;
  if (!sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return false;
  // A message from an extension page opened in a tab also has `tab`: it is not a content script.
  return !isExtensionUrl(sender.url, extRoot);
}

/** True for a message from one of our own extension pages (side panel, options), in a tab or not. */
export function isFromExtensionPage(sender: SenderLike, runtimeId: string, extRoot: string): boolean {
  return sender.id === runtimeId && isExtensionUrl(sender.url, extRoot);
}
