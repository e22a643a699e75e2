/**
 * The training rows: every labelled, judged section that the engine found, with the features the engine measures
 * for it (scoring/measures/features.ts) — the same code path `analyze` runs.
 */
import { measureSection, pageContext } from '../scoring/measures';
import { runSignals } from '../scoring/analyze';
import { pageRates, sectionFeatures, withPage, type SectionFeatureBase } from '../scoring/measures/features';
import { floorKind, type FloorKind } from '../scoring/verdict';
import type { LabelledPage, LabelSection } from './labels';

export interface Row {
  page: string;
  section: number;
  heading: string | null;
  words: number;
  x: Float64Array;
  base: SectionFeatureBase;
  /** The floors its findings put under the verdict (as analyze applies them). */
  floors: (FloorKind | null)[];
  label: LabelSection;
  firstText: string;
  texts: string[];
  english: boolean;
}

export interface PageRows {
  page: string;
  rating: number;
  /** Every engine section of the page (labelled or not), for the page score. */
  all: { x: Float64Array; words: number; base: SectionFeatureBase; floors: (FloorKind | null)[]; texts: string[]; english: boolean }[];
  rows: Row[];
  german: boolean;
}

export function pageRows(p: LabelledPage): PageRows {
  const ctx = pageContext(p.snapshot);
  const measures = p.snapshot.sections.map((s, i) => measureSection(s, i, ctx, ''));
  const findings = measures.map((m) => runSignals(m, ctx).findings);
  const bases = measures.map((m, i) => sectionFeatures(m, ctx.cueLang, findings[i]!.flatMap((f) => (f.kind ? [f.kind] : []))));
  const floors = findings.map((fs) => fs.map((f) => (f.kind ? floorKind(f.kind, f.messageId) : null)));
  const page = pageRates(bases.map((b) => b.tally));
  const english = ctx.cueLang === 'en';
  const all = bases.map((b, i) => ({ x: withPage(b, page), words: measures[i]!.words, base: b, floors: floors[i]!, texts: measures[i]!.sentences.map((s) => s.text), english }));
  const rows: Row[] = [];
  p.match.forEach((li, i) => {
    if (li < 0) return;
    const label = p.label.sections[li]!;
    if (label.skip || !label.verdict) return;
    rows.push({
      page: p.label.page,
      section: i,
      heading: p.snapshot.sections[i]!.heading,
      words: measures[i]!.words,
      x: all[i]!.x,
      base: bases[i]!,
      floors: floors[i]!,
      label,
      texts: all[i]!.texts,
      english,
      firstText: p.snapshot.sections[i]!.blocks.find((b) => b.kind !== 'table' && b.kind !== 'pre')?.text.slice(0, 160) ?? '',
    });
  });
  return { page: p.label.page, rating: p.label.page_rating, all, rows, german: ctx.cueLang === 'de' };
}
