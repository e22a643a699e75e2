import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DISMISSED_TTL_MS, isSiteOff, loadDismissed, loadSettings, MAX_DISMISSED_PAGES, normalizeSite, saveSettings, setDismissed } from '../../messaging/storage';

describe('storage helpers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('settings default to automatic scoring with no sites off', async () => {
    expect(await loadSettings()).toEqual({ autoScore: true, offSites: [] });
  });

  it('settings round-trip, and garbage in storage falls back to the defaults', async () => {
    await saveSettings({ autoScore: false, offSites: ['example.com'] });
    expect(await loadSettings()).toEqual({ autoScore: false, offSites: ['example.com'] });
    await browser.storage.local.set({ settings: { autoScore: 'yes', offSites: 3 } });
    expect(await loadSettings()).toEqual({ autoScore: true, offSites: [] });
  });

  it('a site on the off list covers its subdomains only', () => {
    const s = { autoScore: true, offSites: ['example.com'] };
    expect(isSiteOff(s, 'example.com')).toBe(true);
    expect(isSiteOff(s, 'blog.example.com')).toBe(true);
    expect(isSiteOff(s, 'notexample.com')).toBe(false);
    expect(normalizeSite(' https://Blog.Example.com/x ')).toBe('blog.example.com');
    expect(normalizeSite('not a site')).toBeNull();
  });

  it('dismissals are kept per page URL (fragment ignored) and are reversible', async () => {
    await setDismissed('https://a.test/p#top', 'ev-1', true);
    await setDismissed('https://a.test/p', 'ev-2', true);
    expect(await loadDismissed('https://a.test/p#other')).toEqual(['ev-1', 'ev-2']);
    expect(await loadDismissed('https://a.test/q')).toEqual([]);
    await setDismissed('https://a.test/p', 'ev-1', false);
    expect(await loadDismissed('https://a.test/p')).toEqual(['ev-2']);
  });

  it('dismissals expire when a page was not touched for the TTL; touching them again renews them', async () => {
    const t0 = 1_000_000;
    await setDismissed('https://a.test/old', 'ev-1', true, t0);
    await setDismissed('https://a.test/kept', 'ev-2', true, t0);
    await setDismissed('https://a.test/kept', 'ev-3', true, t0 + DISMISSED_TTL_MS - 1);
    const later = t0 + DISMISSED_TTL_MS + 1;
    expect(await loadDismissed('https://a.test/old', later)).toEqual([]);
    expect(await loadDismissed('https://a.test/kept', later)).toEqual(['ev-2', 'ev-3']);
    // The expired entry is gone from storage, not only hidden.
    expect(Object.keys(await browser.storage.local.get(null))).toEqual(['dismissed:https://a.test/kept']);
  });

  it('at most MAX_DISMISSED_PAGES pages keep dismissals: the least recently changed go first', async () => {
    const writes: Record<string, unknown> = {};
    for (let i = 0; i < MAX_DISMISSED_PAGES + 5; i++) writes[`dismissed:https://a.test/p${i}`] = { ids: ['ev'], at: 1_000 + i };
    await browser.storage.local.set(writes);
    await setDismissed('https://a.test/new', 'ev-x', true, 10_000);
    const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('dismissed:'));
    expect(keys).toHaveLength(MAX_DISMISSED_PAGES);
    expect(keys).toContain('dismissed:https://a.test/new');
    expect(keys).not.toContain('dismissed:https://a.test/p5');
    expect(keys).toContain('dismissed:https://a.test/p6');
  });

  it('an older version\'s bare list is still read', async () => {
    await browser.storage.local.set({ 'dismissed:https://a.test/v1': ['ev-1'] });
    expect(await loadDismissed('https://a.test/v1')).toEqual(['ev-1']);
  });
});
