/**
 * Which frames the content script reads, and what it tells the background about its frame.
 *
 * The manifest runs the script in every frame (`all_frames`, `match_about_blank` for the `about:blank` and `srcdoc`
 * frames that TinyMCE, CKEditor 4 and WordPress's iframed block editor write their canvas into, and
 * `match_origin_as_fallback` for canvases loaded from a `blob:` URL the page made). This file
 * narrows that down, before anything is read:
 * - the top frame is always read (as before);
 * - a subframe is read only when it is same-origin with the top page all the way up. Cross-origin frames — ads,
 *   video and social embeds, payment widgets, comment systems — are never read: they are not the writer's article,
 *   and reading them would only cost the page time. A same-origin frame that is not an article (a widget, an ad slot
 *   written into an `about:blank` frame) reports "not an article", which never speaks for the tab (see
 *   entrypoints/background/frames.ts).
 * - in a subframe that is an editor (its body is contenteditable, or its document is in design mode) the "does this
 *   look like an article" check is skipped: a draft is worth reading while it is still short.
 */

/** Whether this frame is read at all (see above). */
export function isFrameRead(): boolean {
  if (window === window.top) return true;
  try {
    // Throws (or gives null) when any frame between here and the top page is on another origin.
    if (!window.frameElement) return false;
    return typeof window.top?.location.href === 'string';
  } catch {
    return false;
  }
}

export function isTopFrame(): boolean {
  return window === window.top;
}

/** An editor's canvas: the whole document is editable (TinyMCE, CKEditor 4 and other iframe editors). */
export function isEditorDocument(doc: Document = document): boolean {
  return doc.designMode === 'on' || doc.body?.isContentEditable === true;
}

/** Whether the article read from these blocks is being edited (a contenteditable draft, in a frame or not). */
export function isEditing(blocks: readonly (Element | null | undefined)[], doc: Document = document): boolean {
  if (isEditorDocument(doc)) return true;
  for (const el of blocks) if (el && (el as HTMLElement).isContentEditable) return true;
  return false;
}

/**
 * The address the article is reported under. An `about:blank`, `about:srcdoc` or `blob:` frame has no address of its
 * own: it belongs to the page that made it, so the nearest frame above with a real address gives it (same-origin all
 * the way up, see isFrameRead), without its fragment. Dismissed findings then stay with the page the writer opened.
 */
export function pageUrl(): string {
  const href = location.href;
  if (!/^(about|blob):/i.test(href)) return href;
  try {
    for (let w: Window = window.parent; ; w = w.parent) {
      const up = w.location.href;
      if (!/^(about|blob):/i.test(up)) {
        const i = up.indexOf('#');
        return i < 0 ? up : up.slice(0, i);
      }
      if (w === w.parent) break;
    }
  } catch {
    /* another origin above: keep the frame's own address */
  }
  return href;
}

/** The host name the per-site off switch is checked against. */
export function pageHost(): string {
  try {
    return new URL(pageUrl()).hostname;
  } catch {
    return location.hostname;
  }
}
