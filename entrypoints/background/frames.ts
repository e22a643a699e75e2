/**
 * Which frame of a tab supplies the tab's report.
 *
 * The content script runs in the top frame and in same-origin subframes (see entrypoints/content/frame.ts): a CMS
 * whose editing canvas is an iframe (WordPress's iframed block editor, TinyMCE, CKEditor 4, site builders) has the
 * draft in a frame, not in the top page. Every frame that runs the content script reports what it found; this
 * module keeps the latest report of each frame and picks one:
 *
 * 1. a frame whose article is being edited (its blocks are contenteditable or its document is in design mode) — the
 *    writer's draft is what they opened Citable for; among several editors, the one with the most words (a CMS
 *    page often has a small editable excerpt or caption field beside the main canvas);
 * 2. else the top page, when it is an article;
 * 3. else the subframe article with the most words (an article shown inside a same-origin frame);
 * 4. else whatever the top page said (not an article, disabled, an error). A subframe that is not an article (a
 *    same-origin widget or ad slot) never speaks for the tab.
 *
 * Ties go to the frame that reported first (lower frame id), so the choice does not flicker. Pure, no browser API.
 */
import type { ContentMessage } from '../../messaging/protocol';

/** What a frame says about its document (everything but "I am going away"). */
export type FrameMessage = Exclude<ContentMessage, { type: 'page/frame-gone' }>;

/** The top frame's id in the WebExtension APIs. */
export const TOP_FRAME = 0;

interface FrameReport {
  msg: FrameMessage;
  /** An article in an editor (see above). */
  editable: boolean;
  words: number;
}

export interface Choice {
  frameId: number;
  msg: FrameMessage;
}

export class FrameChooser {
  private readonly tabs = new Map<number, Map<number, FrameReport>>();

  /** Records a frame's latest message and returns the tab's chosen frame and its latest message (or null: none yet). */
  record(tabId: number, frameId: number, msg: FrameMessage): Choice | null {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    const snap = msg.type === 'page/snapshot' ? msg : null;
    frames.set(frameId, {
      msg,
      editable: snap?.editable === true,
      words: snap ? snap.snapshot.sections.reduce((n, s) => n + s.blocks.reduce((m, b) => m + countWords(b.text), 0), 0) : 0,
    });
    return this.chosen(tabId);
  }

  /** A frame went away (it navigated or was removed): its report no longer counts. */
  forget(tabId: number, frameId: number): Choice | null {
    this.tabs.get(tabId)?.delete(frameId);
    return this.chosen(tabId);
  }

  /** The tab navigated: every frame's report is stale. */
  reset(tabId: number): void {
    this.tabs.delete(tabId);
  }

  chosen(tabId: number): Choice | null {
    const frames = this.tabs.get(tabId);
    if (!frames) return null;
    let best: [number, FrameReport] | null = null;
    const rank = (id: number, f: FrameReport): number => (f.msg.type !== 'page/snapshot' ? 0 : f.editable ? 3 : id === TOP_FRAME ? 2 : 1);
    for (const [id, f] of frames) {
      if (rank(id, f) === 0) continue;
      if (!best) {
        best = [id, f];
        continue;
      }
      const [bid, bf] = best;
      const r = rank(id, f);
      const br = rank(bid, bf);
      if (r > br || (r === br && r !== 2 && (f.words > bf.words || (f.words === bf.words && id < bid)))) best = [id, f];
    }
    if (best) return { frameId: best[0], msg: best[1].msg };
    const top = frames.get(TOP_FRAME);
    return top ? { frameId: TOP_FRAME, msg: top.msg } : null;
  }

  /** The frame whose report the tab shows (the top frame when none has reported). */
  frameOf(tabId: number): number {
    return this.chosen(tabId)?.frameId ?? TOP_FRAME;
  }
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
