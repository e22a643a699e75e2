/**
 * The options as the content script reads them: the same answers as `Settings` in ./storage.ts (tested), without a
 * schema library, because the content script starts on every page (see ./page.ts).
 */
import { browser } from 'wxt/browser';

/** The options; see `Settings` in ./storage.ts for what each one means. */
export interface SettingsValue {
  autoScore: boolean;
  offSites: string[];
}

export const SETTINGS_KEY = 'settings';

/** `raw` read as the Settings schema reads it: a field of the wrong type gives the defaults, as a failed parse does. */
export function settingsFrom(raw: unknown): SettingsValue {
  const defaults = { autoScore: true, offSites: [] };
  const v = (raw ?? {}) as Record<string, unknown>;
  if (typeof v !== 'object' || Array.isArray(v)) return defaults;
  if (v.autoScore !== undefined && typeof v.autoScore !== 'boolean') return defaults;
  if (v.offSites !== undefined && !(Array.isArray(v.offSites) && v.offSites.every((s) => typeof s === 'string'))) return defaults;
  return { autoScore: (v.autoScore as boolean | undefined) ?? true, offSites: [...((v.offSites as string[] | undefined) ?? [])] };
}

export async function loadSettingsLight(): Promise<SettingsValue> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return settingsFrom(got[SETTINGS_KEY]);
}

export function isSiteOff(settings: SettingsValue, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.offSites.some((site) => host === site || host.endsWith(`.${site}`));
}
