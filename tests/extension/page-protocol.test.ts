/**
 * The content script checks messages and reads the options without zod (messaging/page.ts, messaging/settings.ts):
 * these hand-written checks must give the answers of the schemas the rest of the extension uses.
 */
import { describe, expect, it } from 'vitest';
import { parseTabMessage } from '../../messaging/page';
import { TabMessage } from '../../messaging/protocol';
import { Settings } from '../../messaging/storage';
import { settingsFrom } from '../../messaging/settings';

const target = { section: 1, block: 2, start: 3, end: 9 };
const MESSAGES: unknown[] = [
  // The smallest that pass…
  { type: 'tab/ping' },
  { type: 'tab/clear' },
  { type: 'tab/fetch-origin-files' },
  { type: 'tab/fetch-server-text' },
  { type: 'tab/rescan', manual: true },
  { type: 'tab/rescan', manual: false, extra: 'dropped' },
  { type: 'tab/reveal', target, quote: 'a quote' },
  { type: 'tab/reveal', target: { section: 0, block: null }, quote: null },
  { type: 'tab/reveal', target: { section: 0, block: 0, start: 0 }, quote: 'x'.repeat(2000) },
  // …and the smallest that fail.
  null,
  'tab/ping',
  [],
  {},
  { type: 'tab/unknown' },
  { type: 'tab/rescan' },
  { type: 'tab/rescan', manual: 'yes' },
  { type: 'tab/reveal', target, quote: undefined },
  { type: 'tab/reveal', target, quote: 'x'.repeat(2001) },
  { type: 'tab/reveal', target: null, quote: null },
  { type: 'tab/reveal', target: { section: -1, block: 0 }, quote: null },
  { type: 'tab/reveal', target: { section: 1.5, block: 0 }, quote: null },
  { type: 'tab/reveal', target: { section: 1 }, quote: null },
  { type: 'tab/reveal', target: { section: 1, block: '2' }, quote: null },
  { type: 'tab/reveal', target: { section: 1, block: 2, start: -3 }, quote: null },
  { type: 'tab/reveal', target: { section: 1, block: 2, end: null }, quote: null },
  { type: 'tab/reveal', target: { section: 1, block: 2, end: Number.NaN }, quote: null },
];

describe('the content script’s message check', () => {
  it.each(MESSAGES.map((m) => [JSON.stringify(m) ?? String(m), m]))('%s: the schema’s answer', (_, raw) => {
    const schema = TabMessage.safeParse(raw);
    expect(parseTabMessage(raw)).toEqual(schema.success ? schema.data : null);
  });
});

const SETTINGS: unknown[] = [
  undefined,
  null,
  {},
  { autoScore: false },
  { offSites: ['example.com'] },
  { autoScore: true, offSites: ['a.org', 'b.net'], other: 1 },
  { autoScore: 'no' },
  { offSites: 'example.com' },
  { offSites: ['ok', 3] },
  { autoScore: null },
  [],
  'settings',
];

describe('the content script’s options', () => {
  it.each(SETTINGS.map((s) => [JSON.stringify(s) ?? String(s), s]))('%s: what the Settings schema reads', (_, raw) => {
    const parsed = Settings.safeParse(raw ?? {});
    expect(settingsFrom(raw)).toEqual(parsed.success ? parsed.data : Settings.parse({}));
  });
});
