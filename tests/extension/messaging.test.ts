import { describe, expect, it, vi } from 'vitest';
import { accept, ContentMessage, MAX_ROBOTS_CHARS, OriginFilesReply, PanelMessage, TabMessage } from '../../messaging/protocol';
import { isFromContentScript, isFromExtensionPage } from '../../messaging/senders';

const ID = 'abcdefghijklmnop';
const ROOT = `chrome-extension://${ID}/`;

describe('message schemas', () => {
  it('accepts a well-formed panel message', () => {
    expect(accept(PanelMessage, { type: 'panel/get-state', tabId: 3 }, 'test')).toEqual({ type: 'panel/get-state', tabId: 3 });
  });

  it('rejects and logs unknown types, missing fields and wrong types, without echoing the payload', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(accept(PanelMessage, { type: 'panel/eval', code: 'alert(1)' }, 'test')).toBeNull();
    expect(accept(PanelMessage, { type: 'panel/dismiss', tabId: 1, id: 'x' }, 'test')).toBeNull();
    expect(accept(TabMessage, { type: 'tab/reveal', target: { section: -1, block: null }, quote: null }, 'test')).toBeNull();
    expect(accept(ContentMessage, 'page/snapshot', 'test')).toBeNull();
    expect(accept(ContentMessage, { type: 'page/snapshot', snapshot: { version: 1 }, reason: 'load', extractMs: 1 }, 'test')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(5);
    expect(String(warn.mock.calls[0]![0])).not.toContain('alert(1)');
    warn.mockRestore();
  });
});

describe('origin files', () => {
  it('a fetch request carries no URL: one smuggled in is dropped (the content script only fetches its own origin)', () => {
    expect(accept(TabMessage, { type: 'tab/fetch-origin-files', url: 'https://tracker.example/x' }, 'test')).toEqual({ type: 'tab/fetch-origin-files' });
  });

  it('rejects an oversized robots.txt reply', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const file = (text: string) => ({ outcome: 'ok', status: 200, text });
    const reply = (text: string) => ({ origin: 'https://a.test', robots: file(text), llms: file('') });
    expect(accept(OriginFilesReply, reply('User-agent: *'), 'test')).not.toBeNull();
    expect(accept(OriginFilesReply, reply('x'.repeat(MAX_ROBOTS_CHARS + 1)), 'test')).toBeNull();
    warn.mockRestore();
  });
});

describe('sender checks', () => {
  const content = { id: ID, url: 'https://example.com/a', tab: { id: 7 }, frameId: 0 };
  const panel = { id: ID, url: `${ROOT}sidepanel.html` };
  const panelInTab = { id: ID, url: `${ROOT}sidepanel.html?tab=7`, tab: { id: 9 }, frameId: 0 };

  it('a content script message comes from a frame of a tab, from our extension', () => {
    expect(isFromContentScript(content, ID, ROOT)).toBe(true);
    // A subframe (an editor's canvas): the background decides which frame speaks for the tab.
    expect(isFromContentScript({ ...content, frameId: 2 }, ID, ROOT)).toBe(true);
    expect(isFromContentScript({ ...content, id: 'other' }, ID, ROOT)).toBe(false);
    expect(isFromContentScript({ id: ID, url: 'https://example.com/' }, ID, ROOT)).toBe(false);
    expect(isFromContentScript(panelInTab, ID, ROOT)).toBe(false);
  });

  it('a panel message comes from one of our extension pages, in a tab or not', () => {
    expect(isFromExtensionPage(panel, ID, ROOT)).toBe(true);
    expect(isFromExtensionPage(panelInTab, ID, ROOT)).toBe(true);
    expect(isFromExtensionPage(content, ID, ROOT)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: `${ROOT}x.html` }, ID, ROOT)).toBe(false);
  });
});
