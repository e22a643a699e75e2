/**
 * Evaluates a site's robots.txt for each AI crawler, grouped by purpose, with robots-parser (RFC 9309 matching: the
 * group of the crawler's product token, else `*`; the longest matching rule; Allow wins a tie). Pure: the caller
 * fetches `/robots.txt` from the page's own origin and passes the text and HTTP status.
 *
 * RFC 9309 § 2.3.1.3/2.3.1.4 (https://www.rfc-editor.org/rfc/rfc9309#section-2.3.1.3): a 4xx robots.txt means
 * crawlers may access everything; a 5xx or an unreachable robots.txt means crawlers must assume complete disallow.
 */
import { z } from 'zod';
import robotsParser from 'robots-parser';
import { CRAWLERS, CrawlerPurpose } from './crawlers';
import type { Crawler } from './crawlers';

export const RobotsVerdict = z.enum(['allowed', 'blocked', 'no-robots-txt', 'unreachable']);

export const CrawlerAccess = z.object({
  token: z.string(),
  operator: z.string(),
  purpose: CrawlerPurpose,
  verdict: RobotsVerdict,
  /** Whether the crawler may fetch the page under that verdict (`unreachable` counts as blocked, per RFC 9309). */
  allowed: z.boolean(),
  /** Which group applied: the crawler's own (`token`), the `*` group, or none. */
  group: z.enum(['token', '*', 'none']),
  /** The rule that decided, e.g. `Disallow: /private/`, with its 1-based line number. */
  rule: z.object({ line: z.number().int().positive(), text: z.string() }).nullable(),
  /** Vendor note on robots.txt (e.g. user-triggered fetchers that may not obey it). */
  note: z.string().nullable(),
});
export type CrawlerAccess = z.infer<typeof CrawlerAccess>;

export const RobotsResult = z.object({
  status: z.number().int().nullable(),
  /** How the robots.txt was treated. */
  state: z.enum(['parsed', 'missing-4xx', 'unreachable-5xx', 'unreachable']),
  /** Why, in one sentence, for `missing-4xx` and `unreachable*`. */
  explanation: z.string().nullable(),
  crawlers: z.array(CrawlerAccess),
  /** Crawlers grouped by purpose, so a search block is never mistaken for a training opt-out. */
  byPurpose: z.object({
    search: z.object({ allowed: z.array(z.string()), blocked: z.array(z.string()) }),
    user: z.object({ allowed: z.array(z.string()), blocked: z.array(z.string()) }),
    training: z.object({ allowed: z.array(z.string()), blocked: z.array(z.string()) }),
  }),
  sitemaps: z.array(z.string()),
});
export type RobotsResult = z.infer<typeof RobotsResult>;

/** Product tokens that have a group of their own in the file (lower-cased). */
function groupTokens(text: string): Set<string> {
  const set = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*user-agent\s*:\s*([^#]*)/i.exec(line);
    if (m) set.add(m[1]!.trim().toLowerCase().split('/')[0]!.trim());
  }
  return set;
}

export function evaluateRobots(robotsTxt: string | null, pageUrl: string, status: number | null, crawlers: Crawler[] = CRAWLERS): RobotsResult {
  let state: RobotsResult['state'];
  let explanation: string | null = null;
  if (status !== null && status >= 500) {
    state = 'unreachable-5xx';
    explanation = `robots.txt answered ${status}: RFC 9309 § 2.3.1.4 says crawlers must then assume everything is disallowed.`;
  } else if (status !== null && status >= 400) {
    state = 'missing-4xx';
    explanation = `robots.txt answered ${status}: RFC 9309 § 2.3.1.3 says crawlers may then access everything.`;
  } else if (robotsTxt === null) {
    state = 'unreachable';
    explanation = 'robots.txt could not be fetched: RFC 9309 § 2.3.1.4 says crawlers must then assume everything is disallowed.';
  } else state = 'parsed';

  const robotsUrl = (() => {
    try {
      return new URL('/robots.txt', pageUrl).href;
    } catch {
      return null;
    }
  })();
  const parser = state === 'parsed' && robotsUrl ? robotsParser(robotsUrl, robotsTxt ?? '') : null;
  const lines = (robotsTxt ?? '').split(/\r\n|\r|\n/);
  const groups = state === 'parsed' ? groupTokens(robotsTxt ?? '') : new Set<string>();

  const access: CrawlerAccess[] = crawlers.map((c) => {
    const base = { token: c.token, operator: c.operator, purpose: c.purpose, note: c.robotsNote };
    if (state === 'missing-4xx') return { ...base, verdict: 'no-robots-txt', allowed: true, group: 'none', rule: null };
    if (state !== 'parsed' || !parser) return { ...base, verdict: 'unreachable', allowed: false, group: 'none', rule: null };
    const group = groups.has(c.token.toLowerCase()) ? 'token' : groups.has('*') ? '*' : 'none';
    const allowed = parser.isAllowed(pageUrl, c.token) !== false;
    const n = parser.getMatchingLineNumber(pageUrl, c.token);
    const rule = n > 0 && lines[n - 1] !== undefined ? { line: n, text: lines[n - 1]!.trim() } : null;
    return { ...base, verdict: allowed ? 'allowed' : 'blocked', allowed, group, rule };
  });

  const byPurpose = {
    search: { allowed: [] as string[], blocked: [] as string[] },
    user: { allowed: [] as string[], blocked: [] as string[] },
    training: { allowed: [] as string[], blocked: [] as string[] },
  };
  for (const a of access) byPurpose[a.purpose][a.allowed ? 'allowed' : 'blocked'].push(a.token);

  return { status, state, explanation, crawlers: access, byPurpose, sitemaps: parser ? parser.getSitemaps() : [] };
}
