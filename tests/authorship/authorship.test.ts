import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractAuthorship, Authorship } from '../../scoring/authorship';
import { classifyCitations, classifyHost } from '../../scoring/authorship';
import { extractStructuredData } from '../../scoring/structured/extract';
import { CORPUS, hasCorpus, listFiles, parseDoc, readMaybeGz } from '../structured/corpus-helpers';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const none: { byline: string | null; publishedTime: string | null } = { byline: null, publishedTime: null };
const run = (html: string, r = none) => {
  const d = doc(html);
  return extractAuthorship(d, extractStructuredData(d, { url: 'https://news.example.com/a' }), r, 'https://news.example.com/a');
};

describe('extractAuthorship', () => {
  it('smallest failing input: an empty page has no byline, bio, profiles or dates', () => {
    expect(run('<html><body><p>x</p></body></html>')).toEqual({ byline: null, bylineSources: [], bio: { present: false, words: 0, selector: null }, profileLinks: [], published: [], modified: [] });
  });
  it('finds the byline, bio, profiles and dates with their sources', () => {
    const bio = 'Jane Doe covers energy and climate for the paper and has reported from twelve countries over the last ten years, with a focus on grids and heat.';
    const a = run(`<html><head><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-01-05T08:00:00Z">
      <meta property="article:modified_time" content="2024-02-01T10:00:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-05","author":{"@type":"Person","name":"Jane Doe","sameAs":["https://orcid.org/0000-0002-1825-0097"]}}</script></head>
      <body><div class="Article-Byline">By <a rel="author" href="/staff/jane">Jane Doe</a></div><time datetime="2024-01-05">5 Jan</time>
      <aside class="author-bio"><p>${bio}</p><a href="https://www.linkedin.com/in/janedoe">LinkedIn</a> <a href="https://x.com/janedoe">X</a></aside></body></html>`);
    expect(() => Authorship.parse(a)).not.toThrow();
    expect(a.byline).toBe('Jane Doe');
    expect(a.bylineSources.map((s) => s.source)).toEqual(expect.arrayContaining(['rel-author', 'byline-class', 'meta-author', 'json-ld']));
    expect(a.bio.present).toBe(true);
    expect(a.profileLinks.map((p) => p.kind)).toEqual(['rel-author', 'linkedin', 'twitter', 'same-as']);
    expect(a.profileLinks[0]!.href).toBe('https://news.example.com/staff/jane');
    expect(a.published.map((d) => d.source)).toEqual(['meta', 'time', 'json-ld']);
    expect(a.modified).toEqual([{ value: '2024-02-01T10:00:00Z', source: 'meta', detail: 'article:modified_time' }]);
  });
  it('a short "bio" (≤ 20 words) does not count', () => {
    expect(run('<html><body><div id="author-bio">Jane writes.</div></body></html>').bio.present).toBe(false);
  });
  it('falls back to Readability', () => {
    const a = run('<html><body></body></html>', { byline: 'By Sam Roe', publishedTime: '2023-05-01' });
    expect(a.byline).toBe('By Sam Roe');
    expect(a.published).toEqual([{ value: '2023-05-01', source: 'readability', detail: 'publishedTime' }]);
  });
});

describe('classifyCitations', () => {
  it('classifies hosts', () => {
    expect(['https://doi.org/10.1/x', 'https://www.nature.com/a', 'https://cs.stanford.edu/p', 'https://www.ox.ac.uk/'].map((u) => classifyHost(new URL(u).hostname))).toEqual(['academic', 'academic', 'academic', 'academic']);
    expect(['www.cdc.gov', 'www.gov.uk', 'ec.europa.eu', 'www.service-public.gouv.fr', 'www.boe.gob.es'].map(classifyHost)).toEqual(Array(5).fill('government'));
    expect(classifyHost('en.wikipedia.org')).toBe('reference');
    expect(classifyHost('www.reuters.com')).toBe('news');
    expect(classifyHost('twitter.com')).toBe('social');
    expect(classifyHost('example.org')).toBe('other');
  });
  it('counts only other sites, deduplicated, ignoring non-http links and fragments', () => {
    const c = classifyCitations(
      [{ href: '/local' }, { href: 'https://blog.news.example.com/x' }, { href: 'https://doi.org/10.1/x#s' }, { href: 'https://doi.org/10.1/x' }, { href: 'mailto:a@b.c' }, { href: 'https://www.cdc.gov/y' }, { href: 'not a url ::' }],
      'https://www.news.example.com/a',
    );
    expect(c.total).toBe(2);
    expect(c.byKind).toMatchObject({ academic: 1, government: 1, news: 0 });
  });
});

(hasCorpus ? describe : describe.skip)('authorship over the Readability corpus', () => {
  it('never throws, and finds a byline on most pages whose expected metadata has one', async () => {
    const fs = await import('node:fs');
    let expectedBylines = 0;
    let found = 0;
    for (const file of listFiles(path.join(CORPUS, 'readability'), (n) => n === 'source.html', true)) {
      const meta = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'expected-metadata.json'), 'utf8')) as { byline?: string | null };
      const d = parseDoc(readMaybeGz(file));
      const a = extractAuthorship(d, extractStructuredData(d, { url: null }), none, null);
      expect(() => Authorship.parse(a)).not.toThrow();
      if (meta.byline) {
        expectedBylines++;
        if (a.byline) found++;
      }
    }
    console.log(`authorship: byline found on ${found}/${expectedBylines} Readability pages that have an expected byline (without Readability's own)`);
    expect(found / expectedBylines).toBeGreaterThan(0.6);
  });
});
