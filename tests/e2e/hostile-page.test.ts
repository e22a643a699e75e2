/**
 * A page that fights back, in a real Chromium: it listens for anything the extension might announce, forges WXT's
 * "content-script-started" announcement and location-change event (which, unpatched, made the content script stand
 * down and let any page read the extension's ID), then a writer edits the draft: live re-scoring must go on, and the
 * page must have seen nothing from the extension. And a page that builds a tree 2,500 levels deep is reported as too
 * deep instead of freezing the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeText, browserTestsEnabled, engineReport, launch, waitFor, type Harness } from './harness';

const enabled = browserTestsEnabled();

/** Installed before any page script: records every window message and every event named with the extension's ID. */
function spy(id: string): void {
  const w = window as unknown as { __seen: string[]; __forging: boolean };
  w.__seen = [];
  w.__forging = false;
  const note = (what: string) => {
    if (!w.__forging) w.__seen.push(what);
  };
  window.addEventListener('message', (e) => note(`message ${JSON.stringify(e.data)}`), true);
  for (const name of ['content-script-started', 'locationchange']) {
    const type = `${id}:content:wxt:${name}`;
    document.addEventListener(type, () => note(`document ${type}`), true);
    window.addEventListener(type, () => note(`window ${type}`), true);
  }
}

describe.skipIf(!enabled)('a hostile page', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launch({
      'deep.html': `<!doctype html><html lang="en"><head><title>Deep</title></head><body><article><h1>Deep</h1><p>${'Words enough to be an article, and then some more of them. '.repeat(30)}</p><div id="root"></div></article>
<script>let el = document.getElementById('root'); for (let i = 0; i < 2500; i++) { const d = document.createElement('div'); el.appendChild(d); el = d; } el.textContent = 'the bottom';</script></body></html>`,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sees no message from the extension, cannot stop it, and live re-scoring survives its forged events', async () => {
    const page = await h.context.newPage();
    await page.addInitScript(spy, h.extId);
    const url = `${h.base}/draft.html`;
    await page.goto(url);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    const before = await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'first badge');

    // What an unpatched WXT content script listens to: the announcement on both channels, and a location change.
    await page.evaluate((id) => {
      const w = window as unknown as { __forging: boolean };
      w.__forging = true;
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      w.__forging = false;
    }, h.extId);

    // Then the writer adds a first-party finding to the draft.
    await page.evaluate(() => {
      document.getElementById('target')!.append(' We surveyed 212 remote workers in May 2024, and 64% of them said they finished more work at home than at the office.');
    });
    const after = await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '' && t !== before, 'badge after the edit');
    expect(Number(after)).toBeGreaterThan(Number(before));
    const edited = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(String(engineReport(`<!doctype html>${edited}`, url).score));

    // Nothing reached the page: no window message, no event named with the extension's ID (the page's own forged
    // postMessage arrives after it stopped forging, asynchronously: it is the only message there may be).
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((s) => !s.includes('forged-by-the-page'))).toEqual([]);
    await page.close();
  });

  it('reports a page that builds a tree 2,500 levels deep as too deep, and the page still answers', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/deep.html`);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    const panel = await h.context.newPage();
    await panel.goto(`chrome-extension://${h.extId}/sidepanel.html?tab=${tabId}`);
    await waitFor(() => panel.locator('body').innerText(), (t) => /levels deep/.test(t), 'the panel to say the page is too deep');
    // The page itself still answers.
    expect(await page.evaluate(() => document.getElementById('root')!.textContent)).toBe('the bottom');
    await panel.close();
    await page.close();
  });
});
