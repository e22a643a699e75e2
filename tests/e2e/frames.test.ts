/**
 * CMS editors whose canvas is a frame, in a real Chromium with the built extension: an iframe editor (same origin,
 * body contenteditable, as TinyMCE and CKEditor 4 make it), a `srcdoc` editor and an `about:blank` frame written by
 * script. The tab's report comes from the canvas, highlights land inside it, typing in it re-scores without a
 * reload, the canvas is left exactly as the writer made it, and a cross-origin frame is never read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { activeTabId, badgeText, badgeTitle, browserTestsEnabled, engineReport, launch, openPanel, PAGES, SCREENSHOTS, waitFor, type Harness } from './harness';

const enabled = browserTestsEnabled();

const read = (name: string) => readFileSync(join(PAGES, 'frames', name), 'utf8');
const CANVAS = read('canvas.html');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** The canvas as an attribute: an editor that writes its document into `srcdoc`. */
const SRCDOC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edit post</title></head><body>
<nav><a href="#">Posts</a> <a href="#">Media</a></nav><button>Save draft</button>
<iframe id="canvas" title="Editor" style="width:800px;height:520px" srcdoc="${escapeAttr(CANVAS)}"></iframe></body></html>`;
/** The canvas written by script into an about:blank frame (TinyMCE's classic way), then switched to design mode. */
const BLANK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edit post</title></head><body>
<nav><a href="#">Posts</a> <a href="#">Media</a></nav><button>Save draft</button>
<iframe id="canvas" title="Editor" style="width:800px;height:520px"></iframe>
<script>
  const doc = document.getElementById('canvas').contentDocument;
  doc.open();
  doc.write(${JSON.stringify(CANVAS.replace(' contenteditable="true"', '')).replace(/</g, '\\u003c')});
  doc.close();
  doc.designMode = 'on';
</script></body></html>`;

/** The canvas loaded from a blob: URL made by the page (how some editors, newer WordPress among them, make theirs). */
const BLOB_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edit post</title></head><body>
<nav><a href="#">Posts</a> <a href="#">Media</a></nav><button>Save draft</button>
<iframe id="canvas" title="Editor" style="width:800px;height:520px"></iframe>
<script>
  document.getElementById('canvas').src = URL.createObjectURL(new Blob([${JSON.stringify(CANVAS).replace(/</g, '\\u003c')}], { type: 'text/html' }));
</script></body></html>`;

/** A sourced figure, typed by a writer at the end of a synthesis paragraph. */
const SOURCED = ' According to a 2023 Pew Research Center survey of 5,775 workers, 35% of those whose jobs can be done remotely work from home all of the time.';

describe.skipIf(!enabled)('CMS editors in frames (Chromium)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch({
      'frames/canvas.html': CANVAS,
      'frames/cms.html': read('cms.html'),
      'frames/embed-only.html': read('embed-only.html'),
      'frames/citable.html': readFileSync(join(PAGES, 'citable.html'), 'utf8'),
      'srcdoc.html': SRCDOC_PAGE,
      'blank.html': BLANK_PAGE,
      'blob.html': BLOB_PAGE,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(path: string): Promise<{ page: Page; tabId: number; url: string }> {
    const page = await h.context.newPage();
    const url = `${h.base}/${path}`;
    await page.goto(url);
    await page.bringToFront();
    return { page, tabId: await activeTabId(h.sw), url };
  }

  async function canvasFrame(page: Page): Promise<Frame> {
    const el = await page.waitForSelector('#canvas');
    return waitFor(() => el.contentFrame(), (f) => f !== null, 'the editor frame') as Promise<Frame>;
  }

  const canvasHtml = (f: Frame) => f.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);

  /** Types `text` at the end of the canvas's third paragraph, as a writer would (click, End, keys). */
  async function typeInCanvas(page: Page, f: Frame, text: string): Promise<void> {
    await f.locator('p').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(text, { delay: 1 });
  }

  it('an iframe editor: the badge is the canvas score, the panel highlights inside it, typing re-scores, the draft is untouched', async () => {
    const { page, tabId } = await open('frames/cms.html');
    const frame = await canvasFrame(page);
    const canvasUrl = `${h.base}/frames/canvas.html`;
    const before = engineReport(CANVAS, canvasUrl);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(before.score), `badge = the canvas's engine score (${before.score})`, 20_000);
    expect(await badgeTitle(h.sw, tabId)).toContain(`${before.score}/100`);

    // The panel lists the canvas's sections, not the CMS's chrome, and its highlight lands in the canvas.
    const panel = await openPanel(h, tabId);
    const verdicts = await panel.locator('[data-testid=section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toEqual(before.sections.map((s) => s.verdict));
    const serializedBefore = await canvasHtml(frame);
    await panel.locator('[data-testid=section] .section-head').nth(1).click();
    const covered = await waitFor(
      () => frame.evaluate(() => [...(CSS.highlights.get('citable-focus') ?? [])].map((r) => (r as Range).toString()).join('\n')),
      (t) => t.length > 0,
      'a highlight inside the editor frame',
    );
    expect(covered).toContain(before.sections[1]!.heading!);
    expect(await canvasHtml(frame)).toBe(serializedBefore);

    // Typing a sourced figure into a synthesis paragraph re-scores badge and panel without a reload.
    let loads = 0;
    page.on('load', () => loads++);
    await typeInCanvas(page, frame, SOURCED);
    const typed = await canvasHtml(frame);
    expect(typed).toContain('5,775 workers');
    const after = engineReport(typed, canvasUrl);
    expect(after.score).not.toBe(before.score);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(after.score), `badge = the typed canvas's engine score (${after.score})`, 20_000);
    await waitFor(() => panel.getByTestId('page-score').textContent(), (t) => (t ?? '').includes(String(after.score)), 'panel score to follow');
    expect(loads).toBe(0);
    // Citable added nothing: the canvas holds exactly what was typed.
    expect(await canvasHtml(frame)).toBe(typed);
    await page.screenshot({ path: `${SCREENSHOTS}/frames-cms.png` });
    await panel.close();
    await page.close();
  });

  it('a srcdoc editor, an about:blank frame written by script and a blob: canvas are read the same way', async () => {
    for (const name of ['srcdoc.html', 'blank.html', 'blob.html']) {
      const { page, tabId, url } = await open(name);
      const frame = await canvasFrame(page);
      // The frame's document as the writer sees it (a designMode document has no contenteditable attribute).
      const html = await waitFor(() => canvasHtml(frame), (s) => s.includes('Looking ahead'), 'the canvas to be written');
      const before = engineReport(html, url);
      await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(before.score), `${name}: badge = the canvas's engine score (${before.score})`, 20_000);
      await typeInCanvas(page, frame, SOURCED);
      const typed = await canvasHtml(frame);
      const after = engineReport(typed, url);
      expect(after.score).not.toBe(before.score);
      await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(after.score), `${name}: badge follows typing (${after.score})`, 20_000);
      expect(await canvasHtml(frame)).toBe(typed);
      await page.close();
    }
  });

  it('a cross-origin frame is never read, even when it holds an article', async () => {
    // The control: the same page with a same-origin embed. The top page is not an article, so the embed's article
    // speaks for the tab.
    const expected = engineReport(readFileSync(join(PAGES, 'citable.html'), 'utf8'), `${h.base}/frames/citable.html`);
    const control = await open('frames/embed-only.html?same');
    await waitFor(() => badgeText(h.sw, control.tabId), (t) => t === String(expected.score), 'the same-origin embed to be read', 20_000);
    await control.page.close();

    const { page, tabId } = await open('frames/embed-only.html');
    // The embed did load its article…
    const embed = (await (await page.waitForSelector('#embed')).contentFrame())!;
    await waitFor(() => embed.evaluate(() => document.querySelectorAll('p').length).catch(() => 0), (n) => n > 3, 'the embed to load its article');
    // …but the tab says "not an article" (the top page), with no score from the embed.
    await waitFor(() => badgeTitle(h.sw, tabId), (t) => t === 'Citable: not an article', 'the top page to be judged not an article', 20_000);
    expect(await badgeText(h.sw, tabId)).toBe('');
    await page.close();
  });

  it('a local draft (file://) is read when file access is on; a browser page says why on the badge at once', async () => {
    // An unpacked extension loaded with --load-extension has file access (the switch's state in a normal profile is
    // covered by the controller's tests: "!" and the one-line fix).
    const access = await h.sw.evaluate(() => (globalThis as unknown as { chrome: { extension: { isAllowedFileSchemeAccess(): Promise<boolean> } } }).chrome.extension.isAllowedFileSchemeAccess());
    expect(access).toBe(true);
    const page = await h.context.newPage();
    const url = `file://${join(PAGES, 'draft.html')}`;
    await page.goto(url);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    const expected = engineReport(readFileSync(join(PAGES, 'draft.html'), 'utf8'), url);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(expected.score), 'the local draft scored');
    await page.goto('chrome://version/');
    await waitFor(() => badgeTitle(h.sw, tabId), (t) => t.includes('browser page'), 'the browser-page tooltip');
    expect(await badgeText(h.sw, tabId)).toBe('–');
    await page.close();
  });
});
