/**
 * Chrome's offscreen document (reason DOM_PARSER): an MV3 service worker has no DOM, so the article of a page is
 * read here, off the page's thread. The service worker creates it when a content script first asks for the reader
 * (entrypoints/background/index.ts); it only answers reader ports (see ./reader.ts).
 */
import { browser } from 'wxt/browser';
import { serveReader } from './reader';

serveReader(browser.runtime.onConnect as unknown as Parameters<typeof serveReader>[0], browser.runtime.id, browser.runtime.getURL('/'));
