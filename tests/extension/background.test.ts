import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHTML } from 'linkedom';
import { extract } from '../../scoring/extract/index';
import { analyze, createAnalyzer } from '../../scoring/analyze';
import { BackgroundController, unreadableReason } from '../../entrypoints/background/controller';
import { badgeFor, band } from '../../entrypoints/background/badge';
import { loadDismissed, setDismissed } from '../../messaging/storage';
import type { BackgroundBroadcast, TabMessage } from '../../messaging/protocol';

const ID = 'citable-test';
const ROOT = `chrome-extension://${ID}/`;
const URL_A = 'https://example.test/citable.html';
const snapshot = (() => {
  const { document } = parseHTML(readFileSync(new URL('../pages/citable.html', import.meta.url), 'utf8'));
  return extract(document as unknown as Document, { url: URL_A });
})();
const fromTab = (tabId: number) => ({ id: ID, url: URL_A, tab: { id: tabId }, frameId: 0 });
const fromPanel = { id: ID, url: `${ROOT}sidepanel.html` };
const NOT_FETCHED = { origin: null, robots: 'not-checked', llms: 'not-checked', render: 'not-checked', renderDetail: null } as const;

function setup(
  tabReply: (tabId: number, msg: TabMessage) => Promise<unknown> = () => Promise.reject(new Error('no receiver')),
  now: () => number = Date.now,
) {
  const badges = new Map<number, { text?: string; color?: string; title?: string }>();
  const at = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, {}).get(tabId)!;
  const broadcasts: BackgroundBroadcast[] = [];
  const sent: [number, TabMessage][] = [];
  const controller = new BackgroundController({
    runtimeId: ID,
    extRoot: ROOT,
    action: {
      setBadgeText: ({ tabId, text }) => void (at(tabId).text = text),
      setBadgeBackgroundColor: ({ tabId, color }) => void (at(tabId).color = color),
      setTitle: ({ tabId, title }) => void (at(tabId).title = title),
    },
    sendToTab: (tabId, msg) => {
      sent.push([tabId, msg]);
      return tabReply(tabId, msg);
    },
    broadcast: (m) => broadcasts.push(m),
    tabUrl: async () => 'chrome://settings/',
    createAnalyzer,
    loadDismissed,
    setDismissed,
    now,
  });
  return { controller, badges, broadcasts, sent };
}

describe('background controller', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns a snapshot from a content script into a badge with the engine score, and tells the panel', async () => {
    const { controller, badges, broadcasts } = setup();
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 12 }, fromTab(4));
    const expected = analyze(snapshot).score;
    expect(badges.get(4)?.text).toBe(String(expected));
    expect(badges.get(4)?.title).toContain(`${expected}/100`);
    expect(broadcasts.at(-1)).toMatchObject({ type: 'bg/state', tabId: 4, state: { status: 'report' } });
  });

  it('ignores page messages from non-tabs and panel messages from pages', async () => {
    const { controller, badges } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromPanel)).toBeUndefined();
    expect(controller.onMessage({ type: 'panel/get-state', tabId: 4 }, fromTab(4))).toBeUndefined();
    expect(controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, { ...fromTab(4), id: 'evil' })).toBeUndefined();
    expect(controller.onMessage({ type: 'page/snapshot', snapshot: { ...snapshot, version: 99 }, reason: 'load', extractMs: 1 }, fromTab(4))).toBeUndefined();
    expect(badges.size).toBe(0);
    warn.mockRestore();
  });

  it('dismissing a finding re-scores, is remembered for the page, and can be undone', async () => {
    const { controller } = setup();
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(2));
    const report = (controller.stateOf(2) as { report: ReturnType<typeof analyze> }).report;
    const ev = report.sections.flatMap((s) => s.evidence).find((e) => e.kind === 'original_data')!;
    const reply = (await controller.onMessage({ type: 'panel/dismiss', tabId: 2, id: ev.id, dismissed: true }, fromPanel)) as {
      state: { report: ReturnType<typeof analyze> };
    };
    expect(reply.state.report.summary.dismissed).toBe(1);
    expect(reply.state.report.sections.flatMap((s) => s.evidence).find((e) => e.id === ev.id)?.dismissed).toBe(true);
    expect(await loadDismissed(URL_A)).toEqual([ev.id]);
    await controller.onMessage({ type: 'panel/dismiss', tabId: 2, id: ev.id, dismissed: false }, fromPanel);
    expect(await loadDismissed(URL_A)).toEqual([]);
  });

  it('non-articles and navigations clear the badge', async () => {
    const { controller, badges } = setup();
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(5));
    controller.onTabLoading(5);
    expect(badges.get(5)?.text).toBe('');
    await controller.onMessage({ type: 'page/not-article', url: URL_A, reason: 'short' }, fromTab(5));
    expect(badges.get(5)).toMatchObject({ text: '', title: 'Citable: not an article' });
  });

  it('a tab without our content script is reported as unreadable, with the reason', async () => {
    const { controller } = setup();
    const reply = (await controller.onMessage({ type: 'panel/get-state', tabId: 8 }, fromPanel)) as { state: { status: string; reason: string } };
    expect(reply.state).toMatchObject({ status: 'unreadable', reason: unreadableReason('chrome://settings/') });
  });

  it('a tab whose content script answers but is unknown (background restarted) is asked to read the page again', async () => {
    const { controller, sent } = setup(async (_tab, msg) => (msg.type === 'tab/ping' ? { ok: true } : { ok: true }));
    const reply = (await controller.onMessage({ type: 'panel/get-state', tabId: 9 }, fromPanel)) as { state: { status: string } };
    expect(reply.state.status).toBe('analyzing');
    expect(sent.map(([, m]) => m)).toEqual([{ type: 'tab/ping' }, { type: 'tab/rescan', manual: false }]);
  });
});

describe('background: files of the page origin (robots.txt, llms.txt) and the crawler check', () => {
  beforeEach(() => fakeBrowser.reset());
  const ROBOTS = 'User-agent: OAI-SearchBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n';
  const files = (origin: string) => ({
    origin,
    robots: { outcome: 'ok', status: 200, text: ROBOTS },
    llms: { outcome: 'ok', status: 404, text: 'not found' },
  });
  type Reported = { report: ReturnType<typeof analyze>; fetched: { robots: string; render: string } };

  it('asks the content script once per origin (cached for an hour) and scores with what it fetched', async () => {
    let clock = 1_000_000;
    const { controller, badges, sent } = setup(async (_tab, msg) => (msg.type === 'tab/fetch-origin-files' ? files('https://example.test') : { ok: true }), () => clock);
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(3));
    const access = { robots: { status: 200, text: ROBOTS }, llms: { status: 404, text: 'not found' } };
    const expected = analyze(snapshot, { access });
    expect(badges.get(3)?.text).toBe(String(expected.score));
    const state = controller.stateOf(3) as unknown as Reported;
    expect(state.report.access.robots?.byPurpose.search.blocked).toEqual(['OAI-SearchBot']);
    expect(state.report.access.robots?.byPurpose.training.blocked).toEqual([]);
    expect(state.fetched.robots).toBe('checked');
    // The message carries no URL: the content script fetches from its own page's origin.
    expect(sent.filter(([, m]) => m.type === 'tab/fetch-origin-files').map(([, m]) => m)).toEqual([{ type: 'tab/fetch-origin-files' }]);

    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'edit', extractMs: 1 }, fromTab(3));
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(4));
    expect(sent.filter(([, m]) => m.type === 'tab/fetch-origin-files')).toHaveLength(1);
    clock += 61 * 60 * 1000;
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'edit', extractMs: 1 }, fromTab(3));
    expect(sent.filter(([, m]) => m.type === 'tab/fetch-origin-files')).toHaveLength(2);
  });

  it('ignores files from another origin (the tab navigated meanwhile) and malformed replies', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const reply of [files('https://elsewhere.test'), { origin: 'https://example.test', robots: { outcome: 'ok', status: 200, text: 5 } }]) {
      const { controller, badges } = setup(async () => reply);
      await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(6));
      const state = controller.stateOf(6) as unknown as Reported;
      expect(state.report.access.robots).toBeNull();
      expect(state.fetched.robots).toBe('failed');
      expect(badges.get(6)?.text).toBe(String(analyze(snapshot).score));
    }
    warn.mockRestore();
  });

  it('"Check what crawlers see" re-scores the page with the text its server sends', async () => {
    const { controller } = setup(async (_tab, msg) =>
      msg.type === 'tab/fetch-server-text' ? { url: URL_A, ok: true, text: 'Loading…', detail: null } : files('https://example.test'),
    );
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(7));
    expect((controller.stateOf(7) as unknown as Reported).report.access.renderGap).toBeNull();
    const reply = (await controller.onMessage({ type: 'panel/check-render', tabId: 7 }, fromPanel)) as { ok: boolean; state: Reported & { trigger: string } };
    expect(reply.ok).toBe(true);
    expect(reply.state.trigger).toBe('render');
    expect(reply.state.fetched.render).toBe('checked');
    expect(reply.state.report.access.renderGap?.verdict).toBe('script-only');
    // A navigation forgets it.
    controller.onTabLoading(7);
    await controller.onMessage({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 }, fromTab(7));
    expect((controller.stateOf(7) as unknown as Reported).report.access.renderGap).toBeNull();
  });
});

describe('badge', () => {
  it('colours by band and summarizes in the tooltip', () => {
    expect([band(85), band(55), band(54), band(35), band(34)]).toEqual(['high', 'high', 'mid', 'mid', 'low']);
    const report = analyze(snapshot);
    const view = badgeFor({ status: 'report', url: URL_A, report, extractMs: 1, analyzeMs: 1, trigger: 'load', revision: 1, fetched: NOT_FETCHED });
    expect(view.text).toBe(String(report.score));
    expect(view.title).toContain(`${report.summary.synthesis} of ${report.sections.length} sections are synthesis`);
    expect(badgeFor({ status: 'not-article', url: URL_A, reason: '' }).text).toBe('');
  });
  it('shows a language the engine does not fully judge in a neutral colour, never red', () => {
    const report = { ...analyze(snapshot), languageSupport: 'partial' as const, lang: 'pl', score: 10 };
    const view = badgeFor({ status: 'report', url: URL_A, report, extractMs: 1, analyzeMs: 1, trigger: 'load', revision: 1, fetched: NOT_FETCHED });
    expect(view.color).toBe(badgeFor(null).color);
    expect(view.title).toContain('not fully judged (pl)');
    const full = badgeFor({ status: 'report', url: URL_A, report: { ...report, languageSupport: 'full' }, extractMs: 1, analyzeMs: 1, trigger: 'load', revision: 1, fetched: NOT_FETCHED });
    expect(full.color).not.toBe(view.color);
  });
});
