import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isSiteOff, loadDismissed, loadSettings, normalizeSite, saveSettings, setDismissed } from '../../messaging/storage';

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
});
