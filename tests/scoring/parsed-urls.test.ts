/**
 * The link addresses parsed once per analysis (scoring/measures/urls.ts) are shared by the sentences' sources and the
 * page's citations: each must answer what parsing afresh answers.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyCitations } from '../../scoring/authorship/citations';
import { hostOf } from '../../scoring/measures/attribution';
import { measureSection, pageContext } from '../../scoring/measures';
import type { ParsedUrls } from '../../scoring/measures/urls';
import { loadLabelled } from '../../training/labels';

const LABELS = resolve(__dirname, '../../../shared/labels');

describe('parsed addresses', () => {
  it('read relative, scheme-relative and odd addresses as a fresh parse does', () => {
    const hrefs = ['https://www.Example.com/a#b', 'http:foo', 'https:example.org/x', '/relative', '//cdn.example.net/x', 'mailto:a@b.c', 'https://', 'http://ex ample.com', ' https://example.com', 'https://exa\tmple.com/', 'javascript:void(0)'];
    const urls: ParsedUrls = new Map();
    for (const h of hrefs) expect([h, hostOf(h, urls)]).toEqual([h, hostOf(h)]);
    const links = hrefs.map((href) => ({ href }));
    expect(classifyCitations(links, 'https://news.example.org/story', urls)).toEqual(classifyCitations(links, 'https://news.example.org/story'));
    expect(classifyCitations(links, null, urls)).toEqual(classifyCitations(links, null));
  });

  it.runIf(existsSync(LABELS))('give the citations of every labelled page as a fresh parse does, after the sentences read them', () => {
    for (const set of ['dev', 'dev-de']) {
      for (const p of loadLabelled(set)) {
        const ctx = pageContext(p.snapshot);
        p.snapshot.sections.forEach((s, i) => measureSection(s, i, ctx, ''));
        const links = p.snapshot.sections.flatMap((s) => s.blocks.flatMap((b) => b.links));
        for (const l of links) expect([l.href, hostOf(l.href, ctx.urls)]).toEqual([l.href, hostOf(l.href)]);
        expect(classifyCitations(links, p.snapshot.url, ctx.urls)).toEqual(classifyCitations(links, p.snapshot.url));
      }
    }
  });
});
