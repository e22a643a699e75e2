/** Builders for engine tests: snapshots from plain section descriptions, and reports from HTML strings. */
import { parseHTML } from 'linkedom';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { measureSection, pageContext } from '../scoring/measures';
import type { SectionMeasures } from '../scoring/measures/types';
import type { Report } from '../scoring/report';
import type { SectionSignal } from '../scoring/signal';
import { SNAPSHOT_VERSION, type Snapshot, type SnapshotBlock } from '../scoring/snapshot';

export interface BlockSpec {
  kind?: SnapshotBlock['kind'];
  text: string;
  /** Links as [linked text, href]: the text must occur in `text`. */
  links?: [string, string][];
  ordered?: boolean;
  cite?: string;
  rows?: string[][];
  caption?: string;
}

export interface SectionSpec {
  heading?: string | null;
  level?: number;
  blocks: (BlockSpec | string)[];
}

function block(spec: BlockSpec | string): SnapshotBlock {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const kind = s.kind ?? (s.rows ? 'table' : 'p');
  const text = s.rows ? s.rows.map((r) => r.join(' | ')).join('\n') : s.text;
  const links = (s.links ?? []).map(([t, href]) => {
    const start = text.indexOf(t);
    if (start < 0) throw new Error(`link text “${t}” not in block`);
    return { href, text: t, start, end: start + t.length };
  });
  return {
    kind,
    text,
    links,
    ...(s.ordered !== undefined ? { ordered: s.ordered } : {}),
    ...(s.cite !== undefined ? { cite: s.cite } : {}),
    ...(s.rows ? { table: { caption: s.caption ?? null, rows: s.rows } } : {}),
    locator: { selector: null, quote: text.slice(0, 80) },
  };
}

export function snapshotOf(sections: SectionSpec[], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    url: 'https://blog.example.com/post',
    title: 'A test article',
    headline: 'A test article',
    declaredLang: 'en',
    readerable: true,
    parsed: true,
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    meta: [],
    structured: { entities: [], errors: [], jsonLdBlocks: [] },
    authorship: { byline: null, bylineSources: [], bio: { present: false, words: 0, selector: null }, profileLinks: [], published: [], modified: [] },
    robotsMeta: [],
    ...extra,
    sections: sections.map((s) => ({
      heading: s.heading ?? null,
      level: s.level ?? (s.heading ? 2 : 0),
      headingLocator: null,
      blocks: s.blocks.map(block),
    })),
  };
}

/** Measures one section (as the analyzer would) for running a single signal. */
export function measured(spec: SectionSpec, extra: Partial<Snapshot> = {}): { section: SectionMeasures; english: boolean; coined: string[] } {
  const snap = snapshotOf([spec], extra);
  const ctx = pageContext(snap);
  return { section: measureSection(snap.sections[0]!, 0, ctx), english: ctx.english, coined: ctx.coined };
}

export function runSignal(signal: SectionSignal<Record<string, number>>, spec: SectionSpec | string, extra: Partial<Snapshot> = {}) {
  const s = typeof spec === 'string' ? { heading: 'A section', blocks: [spec] } : spec;
  const { section, english, coined } = measured(s, extra);
  return signal.run({ section }, { options: signal.defaultOptions, english, coined });
}

export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function reportOfHtml(html: string, url = 'https://blog.example.com/post'): Report {
  return analyze(extract(documentOf(html), { url }));
}

/** A short English filler paragraph with no evidence in it, to make sections long enough to be judged. */
export const FILLER =
  'Good writing explains an idea clearly and helps readers decide what to do next, without hype or padding, and it keeps the reader in mind from the first line to the last.';
