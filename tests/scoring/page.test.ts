/** The page part of the score (issue 4): markup, authorship and machine access, weighted under content evidence. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../scoring/analyze';
import { extract } from '../../scoring/extract';
import { Report } from '../../scoring/report';
import { documentOf } from '../helpers';

const golden = (f: string) => readFileSync(path.resolve(__dirname, '../golden', f), 'utf8');
const URL_ = 'https://keyline.example/reviews/password-managers';

function withMarkup(html: string, headline: string, author = 'Tomás Ferreira'): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    author: { '@type': 'Person', name: author, url: 'https://keyline.example/authors/tomas', sameAs: ['https://www.linkedin.com/in/tomas-ferreira'] },
    datePublished: '2026-07-01T08:00:00Z',
    dateModified: '2026-07-02T08:00:00Z',
    image: 'https://keyline.example/cover.jpg',
    publisher: { '@type': 'Organization', name: 'Keyline Lab', logo: { '@type': 'ImageObject', url: 'https://keyline.example/logo.png' } },
  };
  return html.replace('</head>', `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="article:published_time" content="2026-07-01T08:00:00Z"></head>`);
}
const report = (html: string, access = {}) => analyze(extract(documentOf(html), { url: URL_ }), { access });

describe('markup in the score', () => {
  it('a page with perfect markup and nothing to cite still scores low', () => {
    const r = report(withMarkup(golden('synthesis.html'), '10 Tips to Boost Your Productivity', 'Sam Lee'));
    expect(r.schema.entities.map((e) => e.types[0])).toContain('Article');
    expect(r.score).toBeLessThanOrEqual(15);
  });

  it('a strong page with missing markup loses a little and is told exactly what to add', () => {
    const bare = report(golden('citable.html'));
    const marked = report(withMarkup(golden('citable.html'), 'We Tested 40 Password Managers for Six Months'));
    expect(bare.score).toBeLessThan(marked.score);
    expect(marked.score - bare.score).toBeLessThanOrEqual(10);
    expect(bare.schema.issues.map((i) => i.ruleId)).toContain('article-markup');
    expect(bare.schema.suggested).not.toBeNull();
    const snippet = JSON.parse(bare.schema.suggested!) as Record<string, unknown>;
    expect(JSON.stringify(snippet)).toContain('We Tested 40 Password Managers for Six Months');
    expect(marked.schema.suggested).toBeNull();
  });

  it('markup that contradicts the visible page is flagged', () => {
    const r = report(withMarkup(golden('citable.html'), 'Best VPNs of 2019'));
    expect(r.schema.issues.map((i) => i.ruleId)).toContain('headline-mismatch');
  });

  it('a broken JSON-LD block is an error with its position, never skipped', () => {
    const html = golden('citable.html').replace('</head>', '<script type="application/ld+json">{"@type": "Article", "headline": "x",}</script></head>');
    const r = report(html);
    expect(r.schema.blocks).toEqual({ total: 1, parsed: 0, errors: 1 });
    const parse = r.schema.issues.find((i) => i.ruleId === 'json-ld-parse')!;
    expect(parse.severity).toBe('error');
    expect(parse.message).toMatch(/line 1, column \d+/);
  });
});

describe('machine access in the score', () => {
  const robots = (text: string) => ({ robots: { status: 200, text } });
  it('blocking AI search costs points; opting out of training does not', () => {
    const html = withMarkup(golden('citable.html'), 'We Tested 40 Password Managers for Six Months');
    const open = report(html, robots('User-agent: *\nAllow: /\n'));
    const noTraining = report(html, robots('User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /\n'));
    const noSearch = report(html, robots('User-agent: OAI-SearchBot\nDisallow: /\n'));
    expect(noTraining.score).toBe(open.score);
    expect(noTraining.access.robots!.byPurpose.training.blocked).toEqual(expect.arrayContaining(['GPTBot', 'CCBot']));
    expect(noTraining.access.robots!.byPurpose.search.blocked).toEqual([]);
    expect(noSearch.score).toBeLessThan(open.score);
    expect(noSearch.access.findings.some((f) => f.severity === 'error' && /OAI-SearchBot/.test(f.message))).toBe(true);
  });

  it('reads noindex and nosnippet from the page', () => {
    const html = golden('citable.html').replace('</head>', '<meta name="robots" content="noindex, max-snippet:0"></head>');
    const r = report(html);
    expect(r.access.findings.map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('reports llms.txt as information only: it never moves the score', () => {
    const html = golden('citable.html');
    const without = report(html, { llms: { status: 404, text: 'not found' } });
    const withIt = report(html, { llms: { status: 200, text: '# Keyline Lab\n\n> Independent security tests.\n\n## Reviews\n\n- [Password managers](https://keyline.example/r): six months of tests\n' } });
    expect(withIt.access.llmsTxt!.present).toBe(true);
    expect(without.access.llmsTxt!.present).toBe(false);
    expect(withIt.score).toBe(without.score);
  });

  it('compares the rendered article with the HTML the server sends', () => {
    const html = golden('citable.html');
    const served = report(html, { serverText: documentOf(html).body.textContent });
    const scripted = report(html, { serverText: 'Loading…' });
    expect(served.access.renderGap!.verdict).toBe('in-html');
    expect(scripted.access.renderGap!.verdict).toBe('script-only');
    expect(scripted.score).toBeLessThan(served.score);
  });

  it('every report with page parts validates', () => {
    expect(Report.safeParse(report(golden('citable.html'), robots('User-agent: *\nDisallow: /private'))).success).toBe(true);
  });
});

describe('authorship', () => {
  it('finds the byline, the date and what the page cites', () => {
    const r = report(withMarkup(golden('citable.html'), 'We Tested 40 Password Managers for Six Months'));
    expect(r.authorship.byline).toMatch(/Tomás Ferreira/);
    expect(r.authorship.published?.value).toBe('2026-07-01T08:00:00Z');
    expect(r.authorship.citations.total).toBe(1);
    expect(r.authorship.citations.byKind.government).toBe(1);
  });

  it('shows the name a byline element holds, not its "By" and date; a date alone is no byline', () => {
    const page = (byline: string) =>
      `<html><head><title>Notes</title></head><body><article><p class="byline">${byline}</p><p>${'A paragraph of plain article text that runs long enough to be read. '.repeat(8)}</p></article></body></html>`;
    const named = report(page('By Dana Whitfield, May 2, 2024'));
    expect(named.authorship.byline).toBe('Dana Whitfield');
    expect(named.authorship.bylineSource).toBe('byline-class');
    expect(report(page('Last updated: May 2, 2024')).authorship.byline).toBeNull();
  });
});
