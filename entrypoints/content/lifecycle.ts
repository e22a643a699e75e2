/**
 * The content script's lifecycle, on channels the page can neither see nor forge.
 *
 * WXT's ContentScriptContext announces every start to the page — a `CustomEvent` on `document` and a
 * `window.postMessage`, both named `<extension id>:content:wxt:content-script-started` — and stops itself when it
 * hears that name from anyone else, so that an old copy of a content script stands down when a new one starts after
 * an update. Both channels are shared with page scripts: any page could read Citable's ID from the message
 * (fingerprinting) and dispatch it back to switch Citable off (measured in Chromium: after a forged event, live
 * re-scoring stopped). Its `wxt:locationchange` is a window event as well, named with the same ID.
 *
 * Here instead:
 * - while WXT builds the context (this module is evaluated when WXT's entry module imports the content script, just
 *   before it constructs the context), the announcement is not dispatched or posted and the listener for it is not
 *   added; `restorePageChannels()` puts the DOM methods back as soon as the context exists. The methods patched are
 *   this content script's own (an isolated world has its own prototypes): the page's are never touched.
 * - an old copy stands down when its extension context is gone, which only the browser can cause: after an update or
 *   reload, `browser.runtime.id` is undefined in the old copy (WXT's `ctx.isInvalid` checks it) and its messages
 *   fail; the page has no way to cause either;
 * - URL changes of a single-page app are read from the Navigation API's `navigate` event (dispatched by the browser,
 *   not by us), with a one-second poll where the API is missing (Firefox), and handed to the caller directly.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The suffix of WXT's announcement's name (`<extension id>:<entrypoint>:wxt:content-script-started`). */
const STARTED = ':wxt:content-script-started';

const isAnnouncement = (type: unknown) => typeof type === 'string' && type.endsWith(STARTED);

let restore: (() => void) | null = null;

// Only in a page (WXT also evaluates this module in Node while building, to read the script's options).
if (typeof window !== 'undefined' && typeof EventTarget !== 'undefined') {
  const proto = EventTarget.prototype;
  const { dispatchEvent, addEventListener } = proto;
  const ownPostMessage = Object.prototype.hasOwnProperty.call(window, 'postMessage');
  const postMessage = window.postMessage;
  proto.dispatchEvent = function (this: EventTarget, event: Event): boolean {
    return isAnnouncement(event.type) ? true : dispatchEvent.call(this, event);
  };
  proto.addEventListener = function (this: EventTarget, type: string, ...rest: [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?]) {
    if (!isAnnouncement(type)) addEventListener.call(this, type, ...rest);
  };
  window.postMessage = function (this: Window, message: unknown, ...rest: unknown[]) {
    if (isAnnouncement((message as { type?: unknown } | null)?.type)) return;
    return (postMessage as (...args: unknown[]) => void).call(this, message, ...rest);
  } as typeof window.postMessage;
  restore = () => {
    proto.dispatchEvent = dispatchEvent;
    proto.addEventListener = addEventListener;
    if (ownPostMessage) window.postMessage = postMessage;
    else delete (window as { postMessage?: unknown }).postMessage;
  };
}

/** Puts back the DOM methods held back while WXT built the context (call first thing in `main`). */
export function restorePageChannels(): void {
  restore?.();
  restore = null;
}

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options?: { signal?: AbortSignal }): void;
}

/**
 * Calls `onChange(url)` after each change of `location.href`, until `ctx` is invalidated. Nothing is dispatched on the
 * page: the Navigation API event is the browser's own, and the fallback reads `location` on a timer.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: (url: string) => void): void {
  let last = location.href;
  const check = () => {
    if (ctx.isInvalid) return;
    const now = location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // `navigate` fires before the URL changes: read it once the change has happened.
    navigation.addEventListener('navigate', () => setTimeout(check, 0), { signal: ctx.signal });
  }
  // Also a slow poll: history.replaceState does not always fire `navigate`, and Firefox has no Navigation API.
  ctx.setInterval(check, 1000);
}
