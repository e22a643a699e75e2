/**
 * The labelled pages of ../shared/labels (read from there, never copied): each page's label file, its HTML from
 * ../shared/corpus, the engine's snapshot of it, and the engine's sections matched to the labelled ones.
 *
 * Matching follows LABELING.md: a section starts at every heading of Readability's article and the text before the
 * first heading is "(intro)", so an engine section is matched to the label with the same normalized heading, in
 * order (a heading that repeats is matched to its next unmatched occurrence).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, parseDocument } from '../cli/load';
import { extract } from '../scoring/extract';
import type { Snapshot } from '../scoring/snapshot';
import { readabilityPages, trafilaturaPages, zytePages } from '../tests/corpus/corpus';

export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');
export const LABELS = path.join(SHARED, 'labels');

export type LabelVerdict = 'primary' | 'supported' | 'synthesis';
export type LabelEvidence = 'original_data' | 'first_hand' | 'named_framework' | 'expert_quote' | 'sourced_stat' | 'unsourced_stat' | 'specific_facts';
export const LABEL_EVIDENCE: readonly LabelEvidence[] = ['original_data', 'first_hand', 'named_framework', 'expert_quote', 'sourced_stat', 'unsourced_stat', 'specific_facts'];

export interface LabelSection {
  heading: string;
  words: number;
  evidence: LabelEvidence[];
  verdict: LabelVerdict | null;
  note: string;
  skip: boolean;
}

export interface LabelPage {
  page: string;
  source: string;
  page_rating: number;
  note: string;
  sections: LabelSection[];
}

export interface LabelledPage {
  set: string;
  label: LabelPage;
  snapshot: Snapshot;
  /** For each engine section, the index of its label section, or -1. */
  match: number[];
  /** Labelled, judged sections that no engine section matched. */
  unmatched: LabelSection[];
}

export function haveLabels(): boolean {
  return existsSync(path.join(LABELS, 'dev'));
}

export function normHeading(h: string | null): string {
  if (h == null) return '(intro)';
  // MediaWiki's "[edit]" links are inside the heading element: the labels kept them, the engine drops them.
  return h.replace(/\s+/g, ' ').replace(/\s*\[edit\]$/i, '').trim().toLowerCase();
}

let urls: Map<string, string | null> | null = null;
function urlOf(file: string): string | null {
  if (!urls) {
    urls = new Map();
    for (const p of [...readabilityPages(), ...zytePages(), ...trafilaturaPages()]) urls.set(path.resolve(p.file), p.url);
  }
  return urls.get(path.resolve(file)) ?? null;
}

export function readLabelSet(set: string): LabelPage[] {
  const dir = path.join(LABELS, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LabelPage);
}

export function htmlOf(label: LabelPage): { html: string; url: string | null } {
  const file = path.join(SHARED, label.source);
  const bytes = readFileSync(file);
  return { html: decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes), url: urlOf(file) };
}

/** Matches engine sections to label sections by normalized heading, in order. */
export function matchSections(engine: (string | null)[], labels: LabelSection[]): { match: number[]; unmatched: LabelSection[] } {
  const used = new Set<number>();
  const match = engine.map((h) => {
    const key = normHeading(h);
    const i = labels.findIndex((l, j) => !used.has(j) && normHeading(l.heading) === key);
    if (i >= 0) used.add(i);
    return i;
  });
  const unmatched = labels.filter((l, j) => !used.has(j) && !l.skip && l.verdict);
  return { match, unmatched };
}

export function loadLabelled(set: string): LabelledPage[] {
  return readLabelSet(set).map((label) => {
    const { html, url } = htmlOf(label);
    const snapshot = extract(parseDocument(html), { url });
    const { match, unmatched } = matchSections(
      snapshot.sections.map((s) => s.heading),
      label.sections,
    );
    return { set, label, snapshot, match, unmatched };
  });
}
