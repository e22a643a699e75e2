import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseRobotsDirectives, parseXRobotsTag, readMetaRobots } from '../../scoring/access/meta-robots';
import { parseLlmsTxt } from '../../scoring/access/llms-txt';
import { compareRenderedText } from '../../scoring/access/render-gap';

describe('robots directives', () => {
  it('parses noindex, nofollow, none, nosnippet, max-snippet and non-standard noai', () => {
    expect(parseRobotsDirectives('index, follow')).toMatchObject({ noindex: false, nofollow: false, unknown: [] });
    expect(parseRobotsDirectives('NONE')).toMatchObject({ noindex: true, nofollow: true });
    expect(parseRobotsDirectives('nosnippet, max-snippet:50, noai, noimageai, foo')).toMatchObject({ nosnippet: true, maxSnippet: 50, nonStandard: ['noai', 'noimageai'], unknown: ['foo'] });
  });
  it('X-Robots-Tag with agent prefixes', () => {
    const r = parseXRobotsTag('googlebot: noindex, nofollow, otherbot: max-snippet:20');
    expect(r.map((d) => [d.agent, d.noindex, d.maxSnippet])).toEqual([['googlebot', true, null], ['otherbot', false, 20]]);
    expect(parseXRobotsTag('noindex, max-snippet:0')[0]).toMatchObject({ agent: '*', noindex: true, maxSnippet: 0 });
  });
  it('reads robots and crawler-specific metas, ignores verification metas', () => {
    const { document } = parseHTML('<html><head><meta name="robots" content="noindex"><meta name="googlebot" content="nosnippet"><meta name="google-site-verification" content="x"></head></html>');
    expect(readMetaRobots(document as unknown as Document).map((d) => d.agent)).toEqual(['*', 'googlebot']);
  });
});

describe('llms.txt', () => {
  it('a well-formed file', () => {
    const r = parseLlmsTxt('# Site\n\n> What it is.\n\nSome details.\n\n## Docs\n- [Guide](https://x/guide.md): start here\n- [API](https://x/api.md)\n\n## Optional\n- [Blog](https://x/blog)');
    expect(r).toMatchObject({ present: true, title: 'Site', summary: 'What it is.', details: 'Some details.', problems: [] });
    expect(r.sections.map((s) => [s.name, s.links.length])).toEqual([['Docs', 2], ['Optional', 1]]);
    expect(r.sections[0]!.links[0]).toEqual({ name: 'Guide', url: 'https://x/guide.md', notes: 'start here' });
  });
  it('absent, HTML, and malformed files', () => {
    expect(parseLlmsTxt(null).present).toBe(false);
    expect(parseLlmsTxt('<!doctype html><html>').problems[0]).toMatch(/HTML/);
    const bad = parseLlmsTxt('Site\n## Links\njust text\n## Empty');
    expect(bad.title).toBeNull();
    expect(bad.problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('render gap', () => {
  const text = 'Heat pumps moved more heat per unit of electricity than we expected across all forty homes in the study.';
  it('same text is in-html; missing text is script-only; half is partly', () => {
    expect(compareRenderedText(text, text)).toMatchObject({ share: 1, verdict: 'in-html' });
    expect(compareRenderedText('Loading…', text).verdict).toBe('script-only');
    const half = text.split(' ').slice(0, 10).join(' ');
    expect(compareRenderedText(half, text).verdict).toBe('partly');
  });
});
