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

const SETTINGS_KEY = 'settings';
const DISMISSED_PREFIX = 'dismissed:';
/** Keeps the per-page dismissal lists from growing without bound. */
const MAX_DISMISSED = 500;

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
export function isSiteOff(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.offSites.some((site) => host === site || host.endsWith(`.${site}`));
}

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

const DismissedList = z.array(z.string()).max(MAX_DISMISSED);

export async function loadDismissed(url: string): Promise<string[]> {
  const key = DISMISSED_PREFIX + pageKey(url);
  const got = await browser.storage.local.get(key);
  const parsed = DismissedList.safeParse(got[key] ?? []);
  return parsed.success ? parsed.data : [];
}

/** Adds or removes one finding id from a page's dismissals; returns the new list. */
export async function setDismissed(url: string, id: string, dismissed: boolean): Promise<string[]> {
  const key = DISMISSED_PREFIX + pageKey(url);
  const current = new Set(await loadDismissed(url));
  if (dismissed) current.add(id);
  else current.delete(id);
  const list = [...current].slice(-MAX_DISMISSED);
  if (list.length) await browser.storage.local.set({ [key]: list });
  else await browser.storage.local.remove(key);
  return list;
}
