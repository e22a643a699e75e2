import { describe, expect, it } from 'vitest';
import { evaluateRobots } from '../../scoring/access/robots';
import { CRAWLERS } from '../../scoring/access/crawlers';

const PAGE = 'https://site.example/blog/post?id=1';
const get = (r: ReturnType<typeof evaluateRobots>, token: string) => r.crawlers.find((c) => c.token === token)!;

describe('crawler table', () => {
  it('has each purpose and the product-token-only entries', () => {
    expect(CRAWLERS.filter((c) => c.purpose === 'search').map((c) => c.token)).toEqual(['OAI-SearchBot', 'Claude-SearchBot', 'PerplexityBot']);
    expect(CRAWLERS.filter((c) => c.tokenOnly).map((c) => c.token)).toEqual(['Google-Extended', 'Applebot-Extended']);
    expect(CRAWLERS.find((c) => c.token === 'Perplexity-User')!.robotsNote).toMatch(/ignores robots\.txt/);
  });
});

describe('evaluateRobots', () => {
  it('smallest passing input: empty robots.txt allows all', () => {
    const r = evaluateRobots('', PAGE, 200);
    expect(r.crawlers.every((c) => c.allowed && c.verdict === 'allowed')).toBe(true);
  });
  it('smallest failing input: Disallow: / for everyone blocks all, with the rule line', () => {
    const r = evaluateRobots('User-agent: *\nDisallow: /', PAGE, 200);
    expect(r.crawlers.every((c) => !c.allowed)).toBe(true);
    expect(get(r, 'GPTBot')).toMatchObject({ group: '*', rule: { line: 2, text: 'Disallow: /' } });
  });
  it('the crawler group replaces the * group (no inheritance)', () => {
    const r = evaluateRobots('User-agent: *\nDisallow: /\n\nUser-agent: GPTBot\nDisallow: /private/', PAGE, 200);
    expect(get(r, 'GPTBot')).toMatchObject({ allowed: true, group: 'token' });
    expect(get(r, 'ClaudeBot')).toMatchObject({ allowed: false, group: '*' });
  });
  it('user-agent matching is case-insensitive', () => {
    const r = evaluateRobots('User-agent: gptbot\nDisallow: /', PAGE, 200);
    expect(get(r, 'GPTBot').allowed).toBe(false);
    expect(get(r, 'OAI-SearchBot').allowed).toBe(true);
  });
  it('longest match wins; Allow wins a tie', () => {
    const longest = evaluateRobots('User-agent: *\nDisallow: /blog/\nAllow: /blog/post', PAGE, 200);
    expect(get(longest, 'CCBot')).toMatchObject({ allowed: true, rule: { line: 3, text: 'Allow: /blog/post' } });
    const longer = evaluateRobots('User-agent: *\nAllow: /blog/\nDisallow: /blog/post', PAGE, 200);
    expect(get(longer, 'CCBot').allowed).toBe(false);
    const tie = evaluateRobots('User-agent: *\nDisallow: /blog\nAllow: /blog', PAGE, 200);
    expect(get(tie, 'CCBot').allowed).toBe(true);
  });
  it('blocked from search but allowed for training, and the reverse, are told apart', () => {
    const noSearch = evaluateRobots('User-agent: OAI-SearchBot\nUser-agent: Claude-SearchBot\nUser-agent: PerplexityBot\nDisallow: /', PAGE, 200);
    expect(noSearch.byPurpose.search.blocked).toEqual(['OAI-SearchBot', 'Claude-SearchBot', 'PerplexityBot']);
    expect(noSearch.byPurpose.training.blocked).toEqual([]);
    const noTraining = evaluateRobots('User-agent: GPTBot\nUser-agent: ClaudeBot\nUser-agent: Google-Extended\nUser-agent: Applebot-Extended\nUser-agent: CCBot\nDisallow: /', PAGE, 200);
    expect(noTraining.byPurpose.training.allowed).toEqual([]);
    expect(noTraining.byPurpose.search.blocked).toEqual([]);
    expect(noTraining.byPurpose.user.blocked).toEqual([]);
  });
  it('4xx: everything allowed; 5xx and unreachable: everything disallowed (RFC 9309)', () => {
    const missing = evaluateRobots(null, PAGE, 404);
    expect(missing.state).toBe('missing-4xx');
    expect(missing.crawlers.every((c) => c.allowed && c.verdict === 'no-robots-txt')).toBe(true);
    const down = evaluateRobots('User-agent: *\nAllow: /', PAGE, 503);
    expect(down.state).toBe('unreachable-5xx');
    expect(down.crawlers.every((c) => !c.allowed)).toBe(true);
    expect(down.explanation).toMatch(/RFC 9309/);
    expect(evaluateRobots(null, PAGE, null).crawlers.every((c) => c.verdict === 'unreachable')).toBe(true);
  });
  it('wildcards and $ anchors, sitemaps', () => {
    const r = evaluateRobots('User-agent: *\nDisallow: /*?id=\nSitemap: https://site.example/s.xml', PAGE, 200);
    expect(get(r, 'GPTBot').allowed).toBe(false);
    expect(r.sitemaps).toEqual(['https://site.example/s.xml']);
    expect(get(evaluateRobots('User-agent: *\nDisallow: /*.pdf$', PAGE, 200), 'GPTBot').allowed).toBe(true);
  });
});
