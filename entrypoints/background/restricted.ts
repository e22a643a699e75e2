/**
 * Pages Citable cannot read, and why, in words a user can act on. The badge's tooltip says it as soon as the tab
 * starts loading such a page (the background learns the tab's address through the `tabs` permission), so nobody
 * has to open the panel to learn that a browser page, a store page or a local file without access is closed.
 * Pure, so it is tested without a browser.
 */

/**
 * What the browser lets the extension do with local files: Chrome's switch on or off; `never` where add-ons cannot
 * read them at all (Firefox: "Missing host permission for the tab", even with file:///* declared); `null` unknown.
 */
export type FileAccess = boolean | 'never' | null;

const BROWSER_PAGE = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search|chrome-untrusted|resource|jar):/i;
const STORE = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)([/?#]|$)/i;

/** The one-line fix for a local file in Chrome. */
export const FILE_FIX = 'Local files need one switch: open chrome://extensions, click Details under Citable and turn on "Allow access to file URLs", then reload the page.';
/** Firefox gives add-ons no access to local files: the way round it. */
export const FILE_FIX_FIREFOX = 'Firefox does not let add-ons read local files. Serve the folder instead (for example `python3 -m http.server` in it) and open the draft at http://localhost:8000/.';

/**
 * Why Citable can never read `url`, known from the address alone, or null when it may (an ordinary web page, or a
 * local file the extension may read). `fileAccess` is the browser's answer for local files.
 */
export function closedReason(url: string, fileAccess: FileAccess): string | null {
  if (STORE.test(url)) return 'Browsers do not let extensions read their extension stores.';
  if (BROWSER_PAGE.test(url)) return 'This is a browser page; extensions cannot read it.';
  if (/^file:/i.test(url) && fileAccess === false) return FILE_FIX;
  if (/^file:/i.test(url) && fileAccess === 'never') return FILE_FIX_FIREFOX;
  if (/^(data|blob|javascript|ftp):/i.test(url)) return 'Citable reads web pages and local HTML files, not this kind of address.';
  return null;
}

/** Why a page that no content script answered in cannot be read (the address may be unknown). */
export function unreadableReason(url: string | null, fileAccess: FileAccess = null): string {
  if (!url) {
    return 'Citable cannot read this page. Browser pages, extension stores and PDFs are closed to extensions; if the page was open before Citable was installed, reload it.';
  }
  const closed = closedReason(url, fileAccess);
  if (closed) return closed;
  if (/^file:/i.test(url)) return fileAccess === false ? FILE_FIX : 'Citable could not read this local file. Reload it; if Citable was just given access to files, that is needed once.';
  if (/\.pdf([?#]|$)/i.test(url)) return 'This is a PDF; Citable reads HTML pages.';
  return 'Citable cannot read this page. If it was open before Citable was installed or updated, reload it.';
}
