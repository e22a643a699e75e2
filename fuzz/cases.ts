/**
 * The fuzz cases: real corpus pages mutated the ways the web mutates them (truncation, deleted and duplicated tags,
 * shuffled attributes, odd Unicode, 10,000-character words, pumped pattern units, lost <html>/<body>, runaway
 * nesting, injected JSON-LD torture), plus the built cases of ./pathological.ts. Every case is a pure function of
 * (seed, index), so any one of them can be regenerated alone from its one-line reproduction.
 */
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { Report } from '../scoring/report';
import { Snapshot } from '../scoring/snapshot';
import { parseHtml as parseDocument } from '../scoring/parse';
import { allPages } from '../bench/all-pages';
import type { CorpusPage } from '../tests/corpus/corpus';
import { jsonLdCases, pump, PUMP_UNITS, pumpedCases, shapeCases, type BuiltCase } from './pathological';

/** mulberry32: a small, fast, well-mixed 32-bit generator; plenty for choosing mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generator per case, from the run's seed and the case's index (so a case does not depend on the ones before). */
export function caseRng(seed: number, index: number): () => number {
  return rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const ODD = ['\u0000', '\u200b', '\u200e', '\u202e', '\u2028', '\ufeff', '\uffff', '\ud800', '\udc00', '\u0301\u0301\u0301', '🙂', '𝕏', 'İ', 'ß', '\u00a0', '\r', '\t', '\u001b[31m', '&#0;', '&#xD800;', '&nbsp', '&amp', '<!--', ']]>', '<![CDATA[', '</', '<'];
const TAG = /<\/?[a-zA-Z][^<>]*>/g;

function tagsOf(html: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m && out.length < 20_000; m = TAG.exec(html)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A text position: somewhere between two tags, so inserted text usually lands in page text. */
function textPosition(r: Rand, html: string): number {
  const tags = tagsOf(html);
  if (tags.length === 0) return int(r, 0, html.length);
  return pick(r, tags).end;
}

export interface Mutation {
  name: string;
  apply(r: Rand, html: string): string;
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'truncate', apply: (r, h) => h.slice(0, int(r, 0, h.length)) },
  {
    name: 'delete-tags',
    apply: (r, h) => {
      const tags = tagsOf(h);
      const drop = new Set(Array.from({ length: int(r, 1, Math.max(1, Math.floor(tags.length / 20))) }, () => int(r, 0, tags.length - 1)));
      let out = '';
      let at = 0;
      tags.forEach((t, i) => {
        if (!drop.has(i)) return;
        out += h.slice(at, t.start);
        at = t.end;
      });
      return out + h.slice(at);
    },
  },
  {
    name: 'duplicate-tags',
    apply: (r, h) => {
      const tags = tagsOf(h);
      if (tags.length === 0) return h;
      let out = h;
      for (let k = int(r, 1, 30); k > 0; k--) {
        const t = pick(r, tags);
        const at = int(r, 0, out.length);
        out = out.slice(0, at) + h.slice(t.start, t.end) + out.slice(at);
      }
      return out;
    },
  },
  {
    name: 'shuffle-attributes',
    apply: (r, h) => {
      const attrs = h.match(/\s[a-zA-Z-:]+="[^"<>]{0,200}"/g) ?? [];
      if (attrs.length === 0) return h;
      return h.replace(/<([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?>/g, (m, tag: string) => (r() < 0.1 ? `<${tag}${pick(r, attrs)}${r() < 0.5 ? pick(r, attrs) : ''}>` : m));
    },
  },
  {
    name: 'odd-unicode',
    apply: (r, h) => {
      let out = h;
      for (let k = int(r, 1, 40); k > 0; k--) {
        const at = int(r, 0, out.length);
        out = out.slice(0, at) + pick(r, ODD) + out.slice(at);
      }
      return out;
    },
  },
  {
    name: 'long-word',
    apply: (r, h) => {
      const at = textPosition(r, h);
      const word = pick(r, ['x', 'A', '1', 'aB', 'Ab', 'w', '-', '_', '.', 'é', 'İ']).repeat(int(r, 5_000, 20_000));
      return `${h.slice(0, at)} ${word} ${h.slice(at)}`;
    },
  },
  {
    name: 'pumped-unit',
    apply: (r, h) => {
      const at = textPosition(r, h);
      return h.slice(0, at) + pump(pick(r, PUMP_UNITS), int(r, 2_000, 15_000)).replace(/</g, '&lt;') + h.slice(at);
    },
  },
  {
    name: 'delete-range',
    apply: (r, h) => {
      const a = int(r, 0, h.length);
      return h.slice(0, a) + h.slice(Math.min(h.length, a + int(r, 1, Math.max(1, h.length >> 2))));
    },
  },
  {
    name: 'duplicate-range',
    apply: (r, h) => {
      const a = int(r, 0, h.length);
      const b = Math.min(h.length, a + int(r, 1, 5_000));
      const at = int(r, 0, h.length);
      return h.slice(0, at) + h.slice(a, b).repeat(int(r, 1, 20)) + h.slice(at);
    },
  },
  { name: 'no-html-body', apply: (r, h) => h.replace(/<\/?(?:html|body|head)\b[^>]*>/gi, r() < 0.5 ? '' : ' ') },
  {
    name: 'runaway-nesting',
    apply: (r, h) => {
      const at = textPosition(r, h);
      const tag = pick(r, ['div', 'span', 'b', 'li', 'table', 'p', 'section', 'blockquote', 'a']);
      return h.slice(0, at) + `<${tag}>`.repeat(int(r, 50, 3_000)) + h.slice(at);
    },
  },
  {
    name: 'jsonld-inject',
    apply: (r, h) => {
      const at = textPosition(r, h);
      const bodies = [
        `{"@context":"https://schema.org","@graph":[${Array.from({ length: int(r, 10, 3_000) }, (_, i) => `{"@id":"#n${i}","@type":"Thing","knows":{"@id":"#n${(i * 31) % 97}"}}`).join(',')}]}`,
        `{"@context":"https://schema.org","@type":"Article","__proto__":{"@type":"Person"},"constructor":{"prototype":{}},"author":{"@id":"#a"},"@id":"#a"}`,
        `${'{"a":'.repeat(int(r, 100, 5_000))}1${'}'.repeat(int(r, 0, 5_000))}`,
        `{"@type":"Article","headline":"${'x'.repeat(int(r, 1, 100_000))}"`,
        `<!--{"@type":"Article"}//]]>`,
      ];
      return `${h.slice(0, at)}<script type="application/ld+json">${pick(r, bodies)}</script>${h.slice(at)}`;
    },
  },
  {
    name: 'entity-soup',
    apply: (r, h) => {
      const at = textPosition(r, h);
      return h.slice(0, at) + pick(r, ['&amp;', '&lt;', '&quot;', '&#x1F642;', '&bogus;', '&', '&#99999999;']).repeat(int(r, 100, 5_000)) + h.slice(at);
    },
  },
];

export interface FuzzCase {
  index: number;
  name: string;
  html: string;
  url: string | null;
}

let pageCache: { list: CorpusPage[]; html: Map<number, string> } | null = null;
function pages(): { list: CorpusPage[]; html: Map<number, string> } {
  pageCache ??= { list: allPages(), html: new Map() };
  return pageCache;
}

function pageHtml(i: number): string {
  const cache = pages();
  let html = cache.html.get(i);
  if (html === undefined) {
    html = cache.list[i]!.html();
    if (cache.html.size > 200) cache.html.clear();
    cache.html.set(i, html);
  }
  return html;
}

/** The built cases (./pathological.ts) come first, then mutations of corpus pages. */
export function builtCases(light = false): BuiltCase[] {
  if (light) return [...pumpedCases(3_000).filter((_, i) => i % 4 === 0), ...jsonLdCases().filter((c) => !/5000|10k|huge/.test(c.name)), ...shapeCases().filter((c) => !/5k|3k/.test(c.name))];
  return [...pumpedCases(10_000), ...jsonLdCases(), ...shapeCases()];
}

/** Case `index` of the run seeded `seed`. */
export function fuzzCase(seed: number, index: number, built: BuiltCase[]): FuzzCase {
  if (index < built.length) return { index, name: `built:${built[index]!.name}`, html: built[index]!.html, url: 'https://fuzz.example/page' };
  const r = caseRng(seed, index);
  const list = pages().list;
  const p = int(r, 0, list.length - 1);
  let html = pageHtml(p);
  const applied: string[] = [];
  for (let k = int(r, 1, 3); k > 0; k--) {
    const m = pick(r, MUTATIONS);
    html = m.apply(r, html);
    applied.push(m.name);
  }
  return { index, name: `${list[p]!.name} +${applied.join('+')}`, html, url: list[p]!.url };
}

export type Outcome = 'ok' | 'crash' | 'invalid';

export interface CaseResult {
  outcome: Outcome;
  ms: number;
  detail: string | null;
}

/** Parses, extracts and analyzes one page, as the command line does, and checks both outputs against their schemas. */
export function runCase(c: Pick<FuzzCase, 'html' | 'url'>): CaseResult {
  const t0 = performance.now();
  let outcome: Outcome = 'ok';
  let detail: string | null = null;
  try {
    const snapshot = extract(parseDocument(c.html), { url: c.url });
    // The snapshot crosses a structured-clone boundary in the extension: it must survive JSON as it is.
    const parsed = Snapshot.safeParse(JSON.parse(JSON.stringify(snapshot)));
    if (!parsed.success) {
      outcome = 'invalid';
      detail = `snapshot: ${parsed.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    } else {
      const report = analyze(parsed.data);
      const checked = Report.safeParse(report);
      if (!checked.success) {
        outcome = 'invalid';
        detail = `report: ${checked.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
      } else if (report.sections.some((s) => s.signals.some((o) => o.status === 'error'))) {
        outcome = 'crash';
        detail = 'a signal threw (its outcome is "error")';
      }
    }
  } catch (err) {
    outcome = 'crash';
    const cause = (err as { cause?: unknown }).cause;
    detail = `${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}${cause ? ` (cause: ${cause instanceof Error ? cause.stack?.split('\n').slice(0, 3).join(' | ') : String(cause)})` : ''}`;
  }
  return { outcome, ms: performance.now() - t0, detail };
}
