/**
 * A real third-party editor whose canvas is a frame: CKEditor 4 (Debian's `ckeditor` package, 4.19), in a real
 * Chromium with the built extension. CKEditor 4's classic editor writes its canvas into an iframe of its own, with
 * a contenteditable body: the tab's report comes from that canvas, follows typing in it, and leaves it exactly as the
 * writer made it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { activeTabId, badgeText, browserTestsEnabled, engineReport, launch, openPanel, PAGES, waitFor, type Harness } from './harness';

const CKEDITOR = process.env.CKEDITOR_PATH ?? '/usr/share/javascript/ckeditor';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.html': 'text/html' };
const DRAFT = readFileSync(join(PAGES, 'draft.html'), 'utf8').split('<article id="draft" contenteditable="true">')[1]!.split('</article>')[0]!;
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const EDITOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Edit post ‹ Example CMS</title>
<script src="/ckeditor/ckeditor.js"></script></head><body>
<nav><a href="#">Dashboard</a> <a href="#">Posts</a></nav><label>Title <input value="Remote work"></label>
<textarea id="body" name="body">${escapeText(DRAFT)}</textarea>
<script>CKEDITOR.replace('body', { height: 520 });</script></body></html>`;
const SOURCED = ' According to a 2023 Pew Research Center survey of 5,775 workers, 35% of those whose jobs can be done remotely work from home all of the time.';

const enabled = browserTestsEnabled();

describe.skipIf(!enabled)('CKEditor 4 (Debian package) in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    if (!existsSync(join(CKEDITOR, 'ckeditor.js'))) {
      throw new Error(`CKEditor 4 not found at ${CKEDITOR}: install Debian's package (apt-get install -y ckeditor; .ci/run does), or set CKEDITOR_PATH`);
    }
    h = await launch({ 'ck.html': EDITOR_PAGE });
    // CKEditor's own files, from Debian's package, on the test server's origin.
    await h.context.route(`${h.base}/ckeditor/**`, async (route) => {
      const rel = normalize(decodeURIComponent(new URL(route.request().url()).pathname.slice('/ckeditor/'.length)));
      const file = join(CKEDITOR, rel);
      if (rel.startsWith('..') || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the canvas gets the badge and the panel, typing re-scores, and the canvas holds exactly what was typed", async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/ck.html`);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    const el = await page.waitForSelector('iframe.cke_wysiwyg_frame', { timeout: 30_000 });
    const frame = (await waitFor(() => el.contentFrame(), (f) => f !== null, 'the CKEditor canvas')) as Frame;
    const html = () => frame.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
    const initial = await waitFor(html, (s) => s.includes('Looking ahead') && /contenteditable="true"/.test(s), 'the canvas to be ready', 30_000);
    const before = engineReport(initial, page.url());
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(before.score), `badge = the canvas's engine score (${before.score})`, 30_000);
    const panel = await openPanel(h, tabId);
    const verdicts = await panel.locator('[data-testid=section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toEqual(before.sections.map((s) => s.verdict));
    await panel.close();

    await frame.locator('p').nth(1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(SOURCED, { delay: 1 });
    const typed = await html();
    expect(typed).toContain('5,775 workers');
    const after = engineReport(typed, page.url());
    expect(after.score).not.toBe(before.score);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(after.score), `badge follows typing (${after.score})`, 30_000);
    expect(await html()).toBe(typed);
    // What CKEditor itself would save holds the typed sentence.
    const data = await page.evaluate(() => (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.body!.getData());
    expect(data).toContain('5,775 workers, 35% of those');
    await page.close();
  });
});
