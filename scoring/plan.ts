/**
 * The page plan (issue 10): the one to three places where adding one citable layer would change the page most — the
 * section, the very sentence whose claim most needs support, the kind of evidence that fits what that sentence does,
 * and the projected effect, measured by re-running the engine with a representative sentence of that kind added
 * after the claim ("this section becomes primary; page 34 → 61").
 *
 * Cost: candidates are chosen cheaply from the report (a section's first suggestion, ranked by how much of the page
 * it could move), at most three are projected, and each projection re-measures only the block the sentence is added
 * to and re-judges only its section, from the analyzer's judgments of the rest (Analyzer.project); the page score is
 * then recomputed from every section's cached features. Extraction is never re-run: a projection edits a copy of the
 * Snapshot, and the analyzer's cache is left as it was, so a re-analysis of the unchanged page judges nothing.
 */
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from './analyze';
import type { PlanItem, Report, SectionReport, Suggestion, SuggestionKind } from './report';
import type { Snapshot, SnapshotSection } from './snapshot';
import { hash } from './hash';
import { measureSection, pageContext } from './measures';
import { claimsOf, representativeSentence, stepsOfHeadings, suggestionOf } from './suggestions';
import type { MeasureContext } from './measures';

/** Supported sections measured for a first-party claim, at most (the longest first). */
const SUPPORTED_LOOKS = 4;

/** At most this many places in the plan. */
export const PLAN_SIZE = 3;
/**
 * At most this many projections per analysis: a place whose projection changes nothing (a first-hand account the
 * engine leaves to its model) gives its turn to the next, so a page still gets up to three places that do.
 */
export const MAX_PROJECTIONS = 6;
/** Points a place must add to the page when its section's verdict does not change. */
export const MIN_GAIN = 2;

interface Candidate {
  section: SectionReport;
  suggestion: Suggestion;
  /** Cheap estimate of what adding evidence here could move, to choose what to project. */
  reach: number;
}

/**
 * Kinds that make the page the source (a first-party layer) reach further than a source for someone else's figure.
 * The first-party kinds weigh alike: which one fits is the claim sentence's to say (scoring/suggestions.ts), and the
 * projection then measures what each would change.
 */
const KIND_REACH: Record<SuggestionKind, number> = { original_data: 1, first_hand: 1, named_framework: 1, expert_quote: 1, source: 0.5 };

/**
 * Candidates, best first: each judged section's first live suggestion, weighed by its words and how far it is from
 * citable. A supported section (which the report only asks to source its figures) is measured again for the claim a
 * first-party layer would back, so the plan can say "this section becomes primary".
 */
export function candidatesOf(report: Report, snapshot?: Snapshot, dismissed: ReadonlySet<string> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  const extra = new Map<number, Suggestion[]>();
  if (snapshot) {
    const supported = report.sections.filter((s) => s.verdict === 'supported' && !s.suggestions.some((g) => g.kind !== 'source')).sort((a, b) => b.words - a.words).slice(0, SUPPORTED_LOOKS);
    if (supported.length > 0) {
      const ctx = pageContext(snapshot);
      for (const s of supported) {
        const raw = snapshot.sections[s.index];
        if (!raw || !ctx.english) continue;
        const m = measureSection(raw, s.index, ctx, '');
        const list = claimsOf(m, [], ctx.english)
          .filter((c) => c.kind !== 'source')
          .slice(0, 2)
          .map((c) => {
            const g = suggestionOf(c, m, ctx.english);
            const id = `${g.kind}-${hash(`${m.heading ?? ''}|${g.quote ?? ''}`)}`;
            return { ...g, id, dismissed: dismissed.has(id) };
          });
        extra.set(s.index, list);
      }
    }
  }
  const walks = snapshot ? walkThroughs(report, snapshot, dismissed) : new Map<number, { suggestion: Suggestion; words: number }>();
  for (const section of report.sections) {
    if (section.verdict === 'short' || section.verdict === 'primary') continue;
    // A walk-through told in sub-sections is named first where it opens.
    const walk = walks.get(section.index);
    const own = [...(walk ? [walk.suggestion] : []), ...section.suggestions, ...(extra.get(section.index) ?? [])];
    // First-party evidence first in a supported section: its figures' sources alone will not make it primary.
    if (section.verdict === 'supported') own.sort((a, b) => Number(a.kind === 'source') - Number(b.kind === 'source'));
    const suggestion = own.find((s) => !s.dismissed && !dismissed.has(s.id) && s.target && s.target.block !== null && s.target.end !== undefined);
    if (!suggestion) continue;
    const room = section.verdict === 'synthesis' ? 1 - section.score / 100 : 0.5 * (1 - section.score / 100);
    const words = walk && suggestion === walk.suggestion ? walk.words : section.words;
    out.push({ section, suggestion, reach: KIND_REACH[suggestion.kind] * room * Math.min(words, 400) });
  }
  return out.sort((a, b) => b.reach - a.reach || a.section.index - b.section.index);
}

/**
 * Method suggestions for walk-throughs told in sub-sections (a "How to retire early" whose sub-headings are "1. Define
 * early retirement", "2. Take inventory", …): the section's extraction splits them at every heading, so no one
 * section holds the list. Keyed by the section the suggestion goes to: the walk-through's own opening, or its first
 * step's when the opening has no sentence to follow (or is already primary).
 */
function walkThroughs(report: Report, snapshot: Snapshot, dismissed: ReadonlySet<string>): Map<number, { suggestion: Suggestion; words: number }> {
  const out = new Map<number, { suggestion: Suggestion; words: number }>();
  let ctx: MeasureContext | null = null;
  const sections = snapshot.sections;
  for (let i = 0; i < sections.length; i++) {
    const level = sections[i]!.level;
    const children: number[] = [];
    let childLevel = Infinity;
    for (let j = i + 1; j < sections.length && sections[j]!.level > level; j++) childLevel = Math.min(childLevel, sections[j]!.level);
    for (let j = i + 1; j < sections.length && sections[j]!.level > level; j++) if (sections[j]!.level === childLevel) children.push(j);
    const steps = stepsOfHeadings(children.map((j) => sections[j]!.heading));
    if (steps.length < 3) continue;
    ctx ??= pageContext(snapshot);
    if (!ctx.english) return out;
    for (const at of [i, children[0]!]) {
      const judged = report.sections[at];
      if (!judged || judged.verdict === 'primary' || judged.verdict === 'short' || out.has(at)) continue;
      const m = measureSection(sections[at]!, at, ctx, '');
      const sentence = m.sentences.find((s) => (m.blocks[s.block]?.kind === 'p' || m.blocks[s.block]?.kind === 'li') && s.words >= 4);
      if (!sentence) continue;
      const made = suggestionOf({ sentence, role: 'process', kind: 'named_framework', need: 4 }, m, true, steps);
      const g = { ...made, message: made.message.replace('the method this section walks through', at === i ? 'the method the sections below walk through' : 'the method this section and the ones after it walk through') };
      const id = `${g.kind}-${hash(`${m.heading ?? ''}|${g.quote ?? ''}|steps`)}`;
      // It reaches as far as the walk-through: its opening and every step's section.
      const words = [i, ...children].reduce((n, k) => n + (report.sections[k]?.words ?? 0), 0);
      out.set(at, { suggestion: { ...g, id, dismissed: dismissed.has(id) }, words });
      break;
    }
  }
  return out;
}

/** A copy of the snapshot with one representative sentence of `kind` added after (or, for a source, into) the claim. */
export function withEvidence(snapshot: Snapshot, suggestion: Suggestion): Snapshot | null {
  const t = suggestion.target;
  if (!t || t.block === null || t.end === undefined) return null;
  const section = snapshot.sections[t.section];
  const block = section?.blocks[t.block];
  if (!section || !block) return null;
  let at = Math.min(t.end, block.text.length);
  let insert: string;
  if (suggestion.kind === 'source') {
    // The figure's own sentence names its source: ", according to …" goes before its final stop.
    const end = block.text.slice(0, at).replace(/[.!?…]+["”’]?\s*$/, '').length;
    at = end;
    insert = ', according to the Pew Research Center’s 2023 survey of 10,000 adults';
  } else {
    insert = ` ${representativeSentence(suggestion.kind)}`;
    // After a sentence that ends without a stop (a list item), the added sentence starts a new one.
    if (!/[.!?…]["”’]?\s*$/.test(block.text.slice(0, at))) insert = `.${insert}`;
  }
  const text = block.text.slice(0, at) + insert + block.text.slice(at);
  const links = block.links.map((l) => (l.start >= at ? { ...l, start: l.start + insert.length, end: l.end + insert.length } : l));
  const blocks = section.blocks.slice();
  blocks[t.block] = { ...block, text, links };
  const sections = snapshot.sections.slice();
  sections[t.section] = { ...section, blocks } as SnapshotSection;
  return { ...snapshot, sections };
}

/**
 * The page plan for `report` (the analyzer's report of `snapshot` with `options`): at most three items, best projected
 * effect first. Dismissed suggestions are skipped (the next best takes their place), and every projection is judged
 * with the same dismissals, so what the user dismissed stays out of the projected scores too.
 */
export function planFor(analyzer: Analyzer, snapshot: Snapshot, report: Report, options: AnalyzeOptions = {}, projection: Projection = 'section'): PlanItem[] {
  const dismissed = new Set(options.dismissed ?? []);
  const candidates = candidatesOf(report, snapshot, dismissed).slice(0, MAX_PROJECTIONS);
  const items: (PlanItem & { gain: number })[] = [];
  for (const c of candidates) {
    if (items.length >= PLAN_SIZE) break;
    const changed = withEvidence(snapshot, c.suggestion);
    if (!changed) continue;
    const t0 = c.suggestion.target!;
    const after = (projection === 'section' ? analyzer.project?.(changed, { section: t0.section, block: t0.block! }, options) : null) ?? analyzer.analyze(changed, options);
    const section = after.sections[c.section.index];
    if (!section) continue;
    const verdict = section.verdict;
    const gain = after.score - report.score;
    const lifted = rank(verdict) > rank(c.section.verdict);
    // A place that lifts neither its section nor the page by more than rounding is not worth the writer's effort.
    if (!lifted && gain < MIN_GAIN) continue;
    const t = c.suggestion.target!;
    const sentence = snapshot.sections[t.section]?.blocks[t.block!]?.text.slice(t.start ?? 0, t.end) ?? c.suggestion.quote ?? '';
    items.push({
      id: c.suggestion.id,
      section: c.section.index,
      heading: c.section.heading,
      sentence,
      kind: c.suggestion.kind,
      message: c.suggestion.message,
      target: t,
      projected: {
        sectionVerdictBefore: c.section.verdict,
        sectionVerdict: verdict,
        sectionScoreBefore: c.section.score,
        sectionScoreAfter: section.score,
        pageScoreBefore: report.score,
        pageScoreAfter: after.score,
      },
      effect: effectOf(c.section.verdict, verdict, report.score, after.score),
      dismissed: false,
      gain,
    });
  }
  return items
    .sort((a, b) => b.gain - a.gain || a.section - b.section)
    .map(({ gain: _gain, ...item }) => item);
}

/**
 * How a projection re-judges the page: `section` (the default) re-measures the one changed block and re-judges its
 * section from the analyzer's last judgments of the others (Analyzer.project); `page` re-analyzes the changed page
 * through the caching analyzer, as the plan first did (kept for the benchmark and the test that both agree).
 */
export type Projection = 'section' | 'page';

/** "This section becomes primary; page 34 → 61." */
export function effectOf(before: string, after: string, pageBefore: number, pageAfter: number): string {
  const section = after === before ? `this section stays ${after}` : `this section becomes ${after}`;
  return `${section[0]!.toUpperCase()}${section.slice(1)}; page ${pageBefore} → ${pageAfter}.`;
}

function rank(v: string): number {
  return v === 'primary' ? 3 : v === 'supported' ? 2 : v === 'synthesis' ? 1 : 0;
}

/**
 * An analyzer whose reports carry the page plan (the extension's background keeps one per tab). A re-analysis whose
 * report judges every section as before (same verdicts, scores, evidence and suggestions, same dismissals) keeps the
 * plan it had: its projections would re-judge the same sentences added to the same sections, so a draft re-scored
 * without a change costs no projection.
 */
export function withPlan(inner: Analyzer, projection: Projection = 'section'): Analyzer {
  let last: { signature: string; plan: PlanItem[] } | null = null;
  return {
    get lastJudged() {
      return inner.lastJudged;
    },
    ...(inner.project ? { project: (changed, edit, options) => inner.project!(changed, edit, options) } : {}),
    analyze(snapshot, options = {}) {
      const report = inner.analyze(snapshot, options);
      const signature = signatureOf(report, options);
      if (last?.signature !== signature) last = { signature, plan: planFor(inner, snapshot, report, options, projection) };
      return { ...report, plan: last.plan };
    },
  };
}

/** What a plan depends on, read off the report: every section's judgment and what the user dismissed. */
function signatureOf(report: Report, options: AnalyzeOptions): string {
  const parts = [String(report.score), report.title ?? '', (options.dismissed ?? []).join(',')];
  for (const s of report.sections) {
    parts.push(`${s.index}:${s.verdict}:${s.score}:${s.words}:${s.evidence.map((e) => e.id).join(',')}:${s.suggestions.map((g) => g.id).join(',')}`);
  }
  return parts.join('|');
}

/** One analysis with its plan (the CLI, `npm run score`): a caching analyzer, so projections re-judge one section. */
export function analyzeWithPlan(snapshot: Snapshot, options: AnalyzeOptions = {}): Report {
  return withPlan(createAnalyzer()).analyze(snapshot, options);
}
