/**
 * What the extension keeps in `storage.local`, validated on the way out (storage can hold anything an older
 * version, or a bug, wrote). Nothing here leaves the browser.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

export const Settings = z.object({
  /** Score pages automatically when they load; when off, only on request from the panel. */
  autoScore: z.boolean().default(true),
  /** Hostnames (lower-case, no port) where nothing runs automatically. */
  offSites: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

import { SETTINGS_KEY } from './settings';
const DISMISSED_PREFIX = 'dismissed:';
/** Keeps the per-page dismissal lists from growing without bound. */
const MAX_DISMISSED = 500;
/**
 * Dismissals expire: a page not touched for this long has changed or been forgotten, and storage should not keep
 * every page the user ever dismissed a finding on. And at most this many pages keep dismissals (the least recently
 * changed go first), so storage stays bounded however many pages are read.
 */
export const DISMISSED_TTL_MS = 180 * 24 * 60 * 60 * 1000;
export const MAX_DISMISSED_PAGES = 1000;

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = Settings.safeParse(got[SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}

/** A hostname as typed by the user ("https://www.Example.com/x", "example.com") → "www.example.com". */
export function normalizeSite(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s}`).hostname;
    return host && /^[a-z0-9.-]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** True when `hostname` is on the off list (an entry also covers its subdomains). */
export { isSiteOff } from './settings';

/** The key a page's dismissals are stored under: its URL without the fragment. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

const DismissedIds = z.array(z.string().max(200)).max(MAX_DISMISSED);
/** A page's dismissals and when they last changed (ms since the epoch). A bare list is an older version's entry. */
const DismissedEntry = z.union([z.object({ ids: DismissedIds, at: z.number() }), DismissedIds.transform((ids) => ({ ids, at: 0 }))]);

export async function loadDismissed(url: string, now = Date.now()): Promise<string[]> {
  const key = DISMISSED_PREFIX + pageKey(url);
  const got = await browser.storage.local.get(key);
  const parsed = DismissedEntry.safeParse(got[key] ?? []);
  if (!parsed.success) return [];
  // An older version's bare list has no date: it is kept until the next change gives it one.
  if (parsed.data.at > 0 && now - parsed.data.at > DISMISSED_TTL_MS) {
    await browser.storage.local.remove(key);
    return [];
  }
  return parsed.data.ids;
}

/** Adds or removes one finding id from a page's dismissals; returns the new list. */
export async function setDismissed(url: string, id: string, dismissed: boolean, now = Date.now()): Promise<string[]> {
  const key = DISMISSED_PREFIX + pageKey(url);
  const current = new Set(await loadDismissed(url, now));
  if (dismissed) current.add(id);
  else current.delete(id);
  const ids = [...current].slice(-MAX_DISMISSED);
  if (ids.length) await browser.storage.local.set({ [key]: { ids, at: now } });
  else await browser.storage.local.remove(key);
  await pruneDismissed(now);
  return ids;
}

/** Removes expired dismissals, and the least recently changed pages past MAX_DISMISSED_PAGES. */
export async function pruneDismissed(now = Date.now()): Promise<void> {
  const all = await browser.storage.local.get(null);
  const pages: { key: string; at: number }[] = [];
  const drop: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(DISMISSED_PREFIX)) continue;
    const parsed = DismissedEntry.safeParse(value);
    if (!parsed.success || (parsed.data.at > 0 && now - parsed.data.at > DISMISSED_TTL_MS)) drop.push(key);
    else pages.push({ key, at: parsed.data.at });
  }
  if (pages.length > MAX_DISMISSED_PAGES) {
    pages.sort((a, b) => a.at - b.at);
    drop.push(...pages.slice(0, pages.length - MAX_DISMISSED_PAGES).map((p) => p.key));
  }
  if (drop.length) await browser.storage.local.remove(drop);
}
