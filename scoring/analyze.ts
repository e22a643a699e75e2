/**
 * analyze: a Snapshot in, a Report out. Pure; runs in the extension's background, in Node, or in a test.
 * `createAnalyzer()` keeps the signal results of each section by content, so after an edit only the sections
 * whose content changed are re-judged (live re-scoring of drafts).
 */
import { languageSample, measureSection, pageContext, remeasureBlock, sectionKey, type MeasureContext } from './measures';
import { hash } from './hash';
import { keywordsOf } from './measures/keywords';
import { coinedFor, pageCoinages } from './measures/coined';
import { accessReport, authorshipReport, pagePartValue, pageFacts, schemaReport, type AccessInputs } from './page';
import type { SectionMeasures, Sentence } from './measures/types';
import { REPORT_VERSION, type Report, type Evidence, type EvidenceKind, type ScorePart, type SectionReport, type SignalOutcome, type Suggestion, type Verdict } from './report';
import type { Finding, Outcome } from './signal';
import { SECTION_SIGNALS } from './signals';
import type { Snapshot } from './snapshot';
import { suggestionsFor } from './suggestions';
import { isReferenceHeading, pageRates, sectionFeatures, withPage, type SectionFeatureBase } from './measures/features';
import { decideSection, fillLexical, firstPartyKinds, floorKind, pageScore, withFloors, type FirstPartyKind, type PageSectionInput, type SectionDecision } from './verdict';
import { sentenceTarget } from './measures/specifics';
import { EVIDENCE_STRENGTH, PAGE_WEIGHTS, SHORT_SECTION_WORDS, STUFFING, UNSOURCED_PENALTY } from './weights';

export interface AnalyzeOptions {
  /** Ids of evidence or suggestions the user dismissed: shown as dismissed, not counted. */
  dismissed?: readonly string[];
  /** robots.txt, llms.txt and the server's HTML text, fetched by the caller from the page's own origin. */
  access?: AccessInputs;
}

/** What is cached per section content: everything that does not depend on the section's position or dismissals. */
interface SectionJudgment {
  measures: SectionMeasures;
  outcomes: SignalOutcome[];
  findings: Finding[];
  /** Suggestions already written for this section, by page title and flagged figures. */
  suggestionCache: Map<string, ReturnType<typeof suggestionsFor>>;
  /** Occurrences of the page's keywords in the section (for the page-wide stuffing check). */
  keywordCounts: Map<string, number>;
  /** Words left after discounting stuffed keywords. */
  effectiveWords: number;
  stuffed: string | null;
  /** The section's own features for the fitted verdict (the page's rates are added when the page is judged). */
  features: SectionFeatureBase;
}

export interface Analyzer {
  analyze(snapshot: Snapshot, options?: AnalyzeOptions): Report;
  /** Sections judged afresh by the last call (the rest came from the cache). */
  readonly lastJudged: number;
  /**
   * The report of `changed`: the snapshot of the last `analyze` call with one block of one section edited (the page
   * plan's projections, scoring/plan.ts). Only that block is measured again and only that section judged again; the
   * other sections' judgments and the page's context (unless the edit falls in the text its language is decided
   * from) are the last call's, and the cache is left as it was. The report's scores, verdicts and evidence are those
   * `analyze(changed)` returns; its suggestions and drivers are left empty (nothing projected reads them). Null when `changed` is not such an edit of the last snapshot (the caller analyzes it instead).
   */
  project?(changed: Snapshot, edit: { section: number; block: number }, options?: AnalyzeOptions): Report | null;
}

/**
 * `cache: false` is for one analysis only (the CLI, tests): nothing would ever look a section up again, so its content
 * key is not computed (hashing every block cost about 1% of judging).
 */
function createUnguardedAnalyzer({ cache: caching = true }: { cache?: boolean } = {}): Analyzer {
  let cache = new Map<string, SectionJudgment>();
  let lastJudged = 0;
  let last: { snapshot: Snapshot; ctx: MeasureContext; judgments: SectionJudgment[]; report: Report; access: AnalyzeOptions['access'] } | null = null;
  return {
    get lastJudged() {
      return lastJudged;
    },
    project(changed, edit, options = {}) {
      const before = last?.snapshot;
      const judgment = last?.judgments[edit.section];
      if (!last || !before || !judgment || !isEditOf(changed, before, edit)) return null;
      const read = languageSample(changed) === languageSample(before) ? last.ctx : pageContext(changed);
      const ctx = read === last.ctx && read.english ? { ...read, coined: pageCoinages(changed) } : read;
      // A changed context changes how every section is read: that is a new analysis, not a projection. So does a
      // coinage that another section reads (a stage of the newly named method, a figure about it).
      if (ctx.english !== last.ctx.english || ctx.lang.lang !== last.ctx.lang.lang || ctx.cueLang !== last.ctx.cueLang) return null;
      const was = last.ctx;
      const coinage = (c: MeasureContext, s: Snapshot['sections'][number]) => coinedFor(s, c.coined).join('\n');
      if (changed.sections.some((s, i) => i !== edit.section && coinage(ctx, s) !== coinage(was, before.sections[i]!))) return null;
      const section = changed.sections[edit.section]!;
      const judgments = last.judgments.slice();
      judgments[edit.section] = judgeSection(remeasureBlock(judgment.measures, section, edit.block, ctx), ctx);
      // The page's markup, authorship and access are the last report's when read with the same inputs.
      return buildReport(changed, ctx, judgments, options, options.access === last.access ? { page: last.report } : { page: undefined });
    },
    analyze(snapshot, options = {}) {
      const ctx = pageContext(snapshot);
      const next = new Map<string, SectionJudgment>();
      lastJudged = 0;
      const judgments = snapshot.sections.map((section, index) => {
        if (!caching) {
          lastJudged++;
          return judgeSection(measureSection(section, index, ctx, ''), ctx);
        }
        // The key is read off the raw section, so an unchanged section costs a hash, not a measurement.
        const key = sectionKey(section, ctx);
        const cached = cache.get(key);
        if (cached) {
          next.set(key, cached);
          return reindex(cached, index);
        }
        lastJudged++;
        const judged = judgeSection(measureSection(section, index, ctx, key), ctx);
        next.set(key, judged);
        return judged;
      });
      cache = next;
      const report = buildReport(snapshot, ctx, judgments, options);
      last = { snapshot, ctx, judgments, report, access: options.access };
      return report;
    },
  };
}

/** Is `changed` `before` with the text of one block edited (everything else the same objects)? */
function isEditOf(changed: Snapshot, before: Snapshot, edit: { section: number; block: number }): boolean {
  if (changed.sections.length !== before.sections.length) return false;
  for (const key of Object.keys(changed) as (keyof Snapshot)[]) if (key !== 'sections' && changed[key] !== before[key]) return false;
  const a = changed.sections[edit.section];
  const b = before.sections[edit.section];
  if (!a || !b || a.blocks.length !== b.blocks.length || a.heading !== b.heading || a.level !== b.level) return false;
  if (changed.sections.some((s, i) => i !== edit.section && s !== before.sections[i])) return false;
  return a.blocks.every((x, i) => i === edit.block || x === b.blocks[i]);
}

/** One-shot analysis (the CLI, tests). */
export function analyze(snapshot: Snapshot, options: AnalyzeOptions = {}): Report {
  return createAnalyzer({ cache: false }).analyze(snapshot, options);
}

function judgeSection(measures: SectionMeasures, ctx: MeasureContext): SectionJudgment {
  const { outcomes, findings } = runSignals(measures, ctx);
  const { effectiveWords, stuffed, counts } = stuffing(measures, ctx.keywords);
  return { measures, outcomes, findings, effectiveWords, stuffed, keywordCounts: counts, suggestionCache: new Map(), features: featuresOf(measures, ctx, evidenceKinds(findings)) };
}

/** A section's own features for the fitted verdict, the lexical one included (cached with the judgment). */
function featuresOf(measures: SectionMeasures, ctx: MeasureContext, evidence: readonly string[]): SectionFeatureBase {
  const base = sectionFeatures(measures, ctx.cueLang, evidence);
  base.lexical = fillLexical(base.values, measures.sentences, ctx.english);
  return base;
}

/** The kinds of the findings, for the features (scoring/measures/features.ts reads how many of each). */
function evidenceKinds(findings: readonly Finding[]): string[] {
  const kinds: string[] = [];
  for (const f of findings) if (f.kind) kinds.push(f.kind);
  return kinds;
}

/** Whether a signal reads the page's language (signal.languages): English, German, or only links and numbers. */
function readsLanguage(signal: { languages: 'any' | readonly string[] }, ctx: MeasureContext): boolean {
  return signal.languages === 'any' || (ctx.cueLang !== null && signal.languages.includes(ctx.cueLang));
}

const languageNames = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;
/**
 * Names already looked up. Every signal a page's language rules out names its language again in every section, and
 * ICU's look-up cost about 2% of judging on the pages in other languages: each code is looked up once.
 */
const languageNameCache = new Map<string, string>();
/** "German" for "de"; the code itself where the runtime has no names. */
export function languageName(code: string): string {
  let name = languageNameCache.get(code);
  if (name === undefined) {
    try {
      name = languageNames?.of(code) ?? code;
    } catch {
      name = code;
    }
    languageNameCache.set(code, name);
  }
  return name;
}

/** Runs every section signal (the trainer reads the same findings: training/dataset.ts). */
export function runSignals(measures: SectionMeasures, ctx: MeasureContext): { outcomes: SignalOutcome[]; findings: Finding[] } {
  const outcomes: SignalOutcome[] = [];
  const findings: Finding[] = [];
  // A reference list ("References", "Citations", "External links") quotes and counts other people's work: what a
  // signal would find there is theirs, not evidence this page holds (LABELING.md: it makes no claims of its own).
  const references = isReferenceHeading(measures.heading);
  for (const signal of SECTION_SIGNALS) {
    if (references) {
      outcomes.push({ id: signal.id, status: 'notApplicable', reason: 'a reference list: it cites other work and claims nothing itself' });
      continue;
    }
    if (signal.languages !== 'any' && !readsLanguage(signal, ctx)) {
      outcomes.push({ id: signal.id, status: 'notApplicable', reason: `reads ${signal.languages.map(languageName).join(' and ')} wording; the page is in ${ctx.lang.lang ? languageName(ctx.lang.lang) : 'an unknown language'}` });
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = signal.run({ section: measures }, { options: signal.defaultOptions, english: ctx.english, coined: ctx.coined });
    } catch (err) {
      // The runner, not the signal, turns a throw into `error`: one broken signal never blanks the report.
      outcomes.push({ id: signal.id, status: 'error', reason: err instanceof Error ? err.message : String(err) });
      continue;
    }
    outcomes.push({ id: signal.id, status: outcome.status, ...(outcome.score !== undefined ? { score: clamp01(outcome.score) } : {}), ...(outcome.reason ? { reason: outcome.reason } : {}) });
    for (const f of outcome.findings) findings.push(f);
  }
  return { outcomes, findings: dedupeFindings(findings) };
}

/** A cached judgment moved to another position: its targets follow it. */
function reindex(j: SectionJudgment, index: number): SectionJudgment {
  if (j.measures.index === index) return j;
  return {
    ...j,
    measures: { ...j.measures, index },
    // Cached suggestions carry the old position in their targets.
    suggestionCache: new Map(),
    findings: j.findings.map((f) => (f.target ? { ...f, target: { ...f.target, section: index } } : f)),
  };
}

/**
 * `projection` (Analyzer.project): suggestions and drivers are left empty, as nothing reads them, and the page's
 * markup, authorship and access are those of the report `projection.page` when the edit cannot change them (it adds
 * no link, markup or table; access is compared with the server's text only when that was fetched).
 */
function buildReport(snapshot: Snapshot, ctx: MeasureContext, judgments: SectionJudgment[], options: AnalyzeOptions, projection?: { page: Report | undefined }): Report {
  const scoresOnly = projection !== undefined;
  const dismissed = new Set(options.dismissed ?? []);
  const sections: SectionReport[] = [];
  let unsourcedCount = 0;
  let stuffedSections: string[] = [];
  const pageKeywordCounts = new Map<string, number>();
  let bestAsset = 0;
  let bestAssetKind: EvidenceKind | null = null;

  // The fitted verdict (scoring/verdict). A dismissed finding's sentence is taken out of its section's features, so
  // what the user dismissed is not counted.
  const bases = judgments.map((j) => withoutDismissed(j, dismissed, ctx));
  const page = pageRates(bases.map((b) => b.features.tally));
  const decisions = bases.map(({ features, measures }) => {
    return { decision: decideSection(withPage(features, page), features, undefined, features.lexical), measures };
  });
  const pageInputs: PageSectionInput[] = [];
  const usedMessages = new Set<string>();

  for (const [ji, j] of judgments.entries()) {
    const m = j.measures;
    const { decision, measures: judgedMeasures } = decisions[ji]!;
    const evidence: Evidence[] = j.findings
      .filter((f): f is Finding & { kind: EvidenceKind } => Boolean(f.kind))
      .map((f) => {
        const id = `${f.kind}-${hash(f.text)}`;
        return { id, kind: f.kind, text: f.text, why: f.why, signal: f.messageId, target: f.target ?? { section: m.index, block: null }, dismissed: dismissed.has(id) };
      });
    const live = evidence.filter((e) => !e.dismissed);
    const judged = withEvidence(decision, live);
    const verdict: Verdict = m.words < SHORT_SECTION_WORDS ? 'short' : judged.verdict;
    const score = verdict === 'short' ? 0 : Math.round(100 * judged.citable);
    // A section weighs by its words, up to 100; stuffed words add nothing (see weights.STUFFING).
    if (verdict !== 'short') pageInputs.push({ citable: judged.citable, primary: judged.primary, words: j.effectiveWords, kinds: live.map((e) => floorKind(e.kind, e.signal)) });

    const unsourcedSentences: Sentence[] = [];
    for (const e of live) {
      if (e.kind === 'unsourced_stat') {
        unsourcedCount++;
        const s = m.sentences.find((x) => x.block === e.target.block && x.start === e.target.start);
        if (s) unsourcedSentences.push(s);
      }
      if (verdict !== 'short' && EVIDENCE_STRENGTH[e.kind] > bestAsset) {
        bestAsset = EVIDENCE_STRENGTH[e.kind];
        bestAssetKind = e.kind;
      }
    }
    if (j.stuffed) stuffedSections.push(j.stuffed);
    for (const [k, n] of j.keywordCounts) pageKeywordCounts.set(k, (pageKeywordCounts.get(k) ?? 0) + n);

    let suggestions: Suggestion[] = [];
    if (!scoresOnly && (verdict === 'synthesis' || (verdict === 'supported' && unsourcedSentences.length > 0))) {
      // Suggestions depend on the section, the title and which figures are still flagged: cached on the judgment.
      const cacheKey = `${snapshot.title ?? ''}|${unsourcedSentences.map((s) => `${s.block}:${s.start}`).join(',')}`;
      let all = j.suggestionCache.get(cacheKey);
      if (!all) {
        all = suggestionsFor(m, snapshot.title, unsourcedSentences, ctx.english);
        j.suggestionCache.set(cacheKey, all);
      }
      // A page that repeats a sentence in two sections gets its suggestion once: never the same words twice.
      const raw = (verdict === 'synthesis' ? all : all.filter((s) => s.kind === 'source')).filter((s) => !usedMessages.has(s.message));
      for (const s of raw) usedMessages.add(s.message);
      suggestions = raw.map((s) => {
        const id = `${s.kind}-${hash(`${m.heading ?? ''}|${s.quote ?? ''}`)}`;
        return { ...s, id, dismissed: dismissed.has(id) };
      });
    }


    sections.push({
      index: m.index,
      heading: m.heading,
      level: m.level,
      words: m.words,
      verdict,
      score,
      drivers: verdict === 'short' || scoresOnly ? [] : driversOf(decision, judgedMeasures, verdict),
      evidence,
      suggestions,
      signals: j.outcomes,
    });
  }


  const ownTable = ownTableOf(sections);
  const before = projection?.page;
  let schema: Report['schema'], authorship: Report['authorship'], access: Report['access'], pagePart: { value: number; detail: string };
  const kept = before?.scoreParts.find((p) => p.id === 'page');
  if (before && kept && options.access?.serverText == null && ownTableOf(before.sections)?.text === ownTable?.text) {
    ({ schema, authorship, access } = before);
    pagePart = { value: kept.value, detail: kept.detail };
  } else {
    const facts = pageFacts(snapshot, { ownDataTable: ownTable ? { caption: ownTable.text } : null });
    schema = schemaReport(snapshot, facts);
    authorship = authorshipReport(snapshot, ctx.urls);
    // The article's text is compared with the server's HTML only when the caller fetched it: not joined otherwise.
    const renderedText = options.access?.serverText != null ? snapshot.sections.map((s) => s.blocks.map((b) => b.text).join(' ')).join(' ') : '';
    access = accessReport(snapshot, options.access ?? {}, renderedText);
    pagePart = pagePartValue(schema, authorship, access, facts.isArticle);
  }
  // The page score is fitted to careful readers' page ratings from its sections' probabilities (scoring/verdict);
  // markup, authorship and machine access add up to PAGE_WEIGHTS.page of it.
  const content = pageScore(pageInputs) / 100;
  const parts: ScorePart[] = [
    part('content', 'What the sections give a writer to cite', 1 - PAGE_WEIGHTS.page, content, `${sections.filter((s) => s.verdict === 'primary').length} primary, ${sections.filter((s) => s.verdict === 'supported').length} supported of ${pageInputs.length} judged sections${bestAssetKind ? `; best evidence: ${bestAssetKind.replace('_', ' ')}` : ''}${firstPartyDetail(firstPartyKinds(pageInputs))}`),
    part('page', 'Markup, authorship and machine access', PAGE_WEIGHTS.page, pagePart.value, pagePart.detail),
  ];
  const penalties: Report['penalties'] = [];
  if (unsourcedCount > 0) {
    penalties.push({ id: 'unsourced-statistic', points: Math.min(UNSOURCED_PENALTY.max, unsourcedCount * UNSOURCED_PENALTY.each), detail: `${unsourcedCount} figure${unsourcedCount === 1 ? '' : 's'} without a source` });
  }
  // The penalty is for a page stuffed as a whole: an article about Mozilla names Mozilla densely in a few sections.
  const totalWords = judgments.reduce((n, j) => n + j.measures.words, 0);
  stuffedSections = [...new Set(stuffedSections)].filter((k) => (pageKeywordCounts.get(k) ?? 0) > STUFFING.pageDensity * totalWords);
  if (stuffedSections.length > 0) {
    penalties.push({ id: 'keyword-stuffing', points: STUFFING.penalty, detail: `repeated keyword${stuffedSections.length === 1 ? '' : 's'}: ${stuffedSections.slice(0, 3).join(', ')}` });
  }
  const raw = parts.reduce((n, p) => n + p.points, 0) - penalties.reduce((n, p) => n + p.points, 0);
  const judged = sections.filter((s) => s.verdict !== 'short');
  const notes: string[] = [];
  if (!snapshot.readerable) notes.push('This page does not look like an article (Readability): the score may not mean much.');
  if (!snapshot.parsed) notes.push(snapshot.problem?.message ?? 'No article text could be extracted from this page.');
  if (!ctx.english && ctx.lang.lang) {
    const skipped = SECTION_SIGNALS.filter((sig) => !readsLanguage(sig, ctx)).map((sig) => sig.title.toLowerCase());
    const name = languageName(ctx.lang.lang);
    notes.push(
      ctx.cueLang
        ? `The page is in ${name}: judged on its ${name} wording (speech, quotations, dates, first person). Not run, as they read English wording only: ${skipped.join(', ')}.`
        : `The page is in ${name}: not fully judged. Not run, as they read English or German wording only: ${skipped.join(', ')}.`,
    );
  }
  const report: Report = {
    version: REPORT_VERSION,
    url: snapshot.url,
    title: snapshot.title,
    lang: ctx.lang.lang,
    langSource: ctx.lang.source,
    // German is judged by its own cues (measured on the German labelled pages); any other language only partly.
    languageSupport: ctx.english || ctx.cueLang === 'de' ? 'full' : 'partial',
    readerable: snapshot.readerable,
    score: judged.length === 0 ? 0 : Math.max(0, Math.min(100, Math.round(raw))),
    scoreParts: parts,
    penalties,
    summary: {
      words: sections.reduce((n, s) => n + s.words, 0),
      primary: sections.filter((s) => s.verdict === 'primary').length,
      supported: sections.filter((s) => s.verdict === 'supported').length,
      synthesis: sections.filter((s) => s.verdict === 'synthesis').length,
      short: sections.filter((s) => s.verdict === 'short').length,
      topMissing: topMissing(sections, bestAsset, unsourcedCount),
      dismissed: sections.reduce((n, s) => n + s.evidence.filter((e) => e.dismissed).length + s.suggestions.filter((x) => x.dismissed).length, 0),
    },
    notes,
    sections,
    schema,
    authorship,
    access,
  };
  // Not re-validated here: building it typed is the guarantee at run time, and the tests validate every report of
  // every corpus page against the schema (a zod pass over a large report costs as much as judging it).
  return report;
}

/** The page's own results table, if a section has one (the markup checks read it). */
function ownTableOf(sections: readonly SectionReport[]): Evidence | undefined {
  return sections.flatMap((s) => s.evidence).find((e) => e.signal === 'results-table' && !e.dismissed);
}

/**
 * A section's judgment with the sentences of dismissed findings taken out: the features are re-measured without
 * them (the cached features are used when nothing in the section is dismissed).
 */
function withoutDismissed(j: SectionJudgment, dismissed: ReadonlySet<string>, ctx: MeasureContext): { features: SectionFeatureBase; measures: SectionMeasures } {
  if (dismissed.size === 0) return { features: j.features, measures: j.measures };
  const gone = j.findings.filter((f) => f.kind && f.target && dismissed.has(`${f.kind}-${hash(f.text)}`)).map((f) => f.target!);
  if (gone.length === 0) return { features: j.features, measures: j.measures };
  const sentences = j.measures.sentences.filter((s) => !gone.some((t) => t.block === s.block && (t.start === undefined || (t.start < s.end && (t.end ?? s.end) > s.start))));
  const quotations = j.measures.quotations.filter((q) => !gone.some((t) => t.block === q.block && (t.start === undefined || (t.start < q.end && (t.end ?? q.end) > q.start))));
  const measures = { ...j.measures, sentences, quotations };
  const live = j.findings.filter((f) => !(f.kind && dismissed.has(`${f.kind}-${hash(f.text)}`)));
  return { features: featuresOf(measures, ctx, evidenceKinds(live)), measures };
}

/** The fitted decision with the section's live evidence as floors (scoring/verdict withFloors). */
function withEvidence(d: SectionDecision, live: readonly Evidence[]): { verdict: 'primary' | 'supported' | 'synthesis'; citable: number; primary: number } {
  return withFloors(d, live.map((e) => floorKind(e.kind, e.signal)));
}

const FIRST_PARTY_WORDS: Readonly<Record<FirstPartyKind, string>> = { original_data: 'own data', named_framework: 'a named framework', expert_quote: 'quotes', on_site: 'a first-hand visit' };

/** The content part's note on the kinds of first-party evidence, which the page score counts. */
function firstPartyDetail(kinds: readonly FirstPartyKind[]): string {
  if (kinds.length === 0) return '';
  return `; ${kinds.length} kind${kinds.length === 1 ? '' : 's'} of first-party evidence (${kinds.map((k) => FIRST_PARTY_WORDS[k]).join(', ')})`;
}

/** How many sentences a section report names as what drove its verdict. */
const DRIVERS = 2;

/** The sentences that pushed the verdict where it went: toward citable for a citable section, else toward synthesis. */
function driversOf(decision: SectionDecision, m: SectionMeasures, verdict: Verdict): SectionReport['drivers'] {
  const sign = verdict === 'synthesis' ? -1 : 1;
  return decision.sentences
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => sign * w > 0.02)
    .sort((a, b) => sign * (b.w - a.w) || a.i - b.i)
    .slice(0, DRIVERS)
    .map(({ w, i }) => {
      const s = m.sentences[i]!;
      return { text: s.text.length > 300 ? `${s.text.slice(0, 299)}…` : s.text, weight: Math.round(w * 100) / 100, target: sentenceTarget(m.index, s) };
    });
}

function topMissing(sections: SectionReport[], bestAsset: number, unsourced: number): string | null {
  const synth = sections.filter((s) => s.verdict === 'synthesis');
  const biggest = [...synth].sort((a, b) => b.words - a.words)[0];
  const where = (s: SectionReport) => (s.heading ? `in “${s.heading}”` : 'in the introduction');
  if (bestAsset < EVIDENCE_STRENGTH.specific_facts && biggest) {
    const sug = biggest.suggestions.find((s) => s.kind === 'original_data' && !s.dismissed);
    if (sug) return `Original data ${where(biggest)}: ${sug.message}`;
  }
  if (unsourced > 0) return `${unsourced} figure${unsourced === 1 ? '' : 's'} without a source: link or name where each comes from.`;
  if (biggest) {
    const sug = biggest.suggestions.find((s) => !s.dismissed);
    if (sug) return `${where(biggest)[0]!.toUpperCase()}${where(biggest).slice(1)}: ${sug.message}`;
  }
  return null;
}

/**
 * Keyword stuffing: a keyword of the page (a content word of its title or of the section's heading) far over its
 * natural density. Returns the words that still count.
 */
function stuffing(m: SectionMeasures, pageKeywords: readonly string[]): { effectiveWords: number; stuffed: string | null; counts: Map<string, number> } {
  const keywords = new Set([...pageKeywords, ...keywordsOf(m.heading)]);
  if (m.words < STUFFING.minCount * 2 || keywords.size === 0) return { effectiveWords: m.words, stuffed: null, counts: new Map() };
  // Whole words only ("wasm" must not count inside "wasmtime" or "add.wasm"): each keyword is found with indexOf in
  // the lower-cased block and kept where no letter or digit touches it. Measured: an alternation regex with Unicode
  // lookarounds cost 20% of the engine's time over Readability; this is about 30 times cheaper.
  const counts = new Map<string, number>();
  for (const b of m.blocks) {
    const text = b.text.toLowerCase();
    for (const k of keywords) {
      let n = 0;
      for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + k.length)) {
        if (!wordCharBefore(text, at) && !wordCharAt(text, at + k.length)) n++;
      }
      if (n > 0) counts.set(k, (counts.get(k) ?? 0) + n);
    }
  }
  let excess = 0;
  let worst: string | null = null;
  let worstExcess = 0;
  for (const [w, n] of counts) {
    if (n < STUFFING.minCount) continue;
    const over = n - STUFFING.maxDensity * m.words;
    if (over > 0) {
      // A stuffed keyword's repeats past a topic word's natural density are padding, not text (the page score reads
      // the article's length); each repeat of "password manager" is two words of it.
      excess += Math.max(0, n - STUFFING.naturalDensity * m.words) * w.split(' ').length;
      if (over > worstExcess) {
        worstExcess = over;
        worst = w;
      }
    }
  }
  return { effectiveWords: Math.max(0, m.words - excess), stuffed: worst, counts };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Is the character (code point) starting at `i` a letter or digit? */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}
/** Is the character (code point) ending just before `i` a letter or digit? */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // A low surrogate: the letter is the pair that ends here.
  const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function dedupeFindings(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.kind ?? f.messageId}|${f.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function part(id: string, label: string, weight: number, value: number, detail: string): ScorePart {
  const v = clamp01(value);
  return { id, label, weight, value: v, points: Math.round(weight * v * 1000) / 10, detail };
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0;
}

/**
 * The only error analyze throws: a bug of Citable's own, worded for the user (the original error is the `cause`, for
 * logs). Signals that throw are already turned into an `error` outcome by the runner; this catches the rest.
 */
export class AnalyzeError extends Error {
  readonly code = 'internal';
  constructor(cause: unknown) {
    super('Citable could not judge this page (an internal error in the analysis).', { cause });
    this.name = 'AnalyzeError';
  }
}

/** createUnguardedAnalyzer, with nothing but an AnalyzeError leaving it. */
export function createAnalyzer(options: { cache?: boolean } = {}): Analyzer {
  const inner = createUnguardedAnalyzer(options);
  return {
    get lastJudged() {
      return inner.lastJudged;
    },
    project(changed, edit, analyzeOptions) {
      try {
        return inner.project!(changed, edit, analyzeOptions);
      } catch (err) {
        throw err instanceof AnalyzeError ? err : new AnalyzeError(err);
      }
    },
    analyze(snapshot, analyzeOptions) {
      try {
        return inner.analyze(snapshot, analyzeOptions);
      } catch (err) {
        throw err instanceof AnalyzeError ? err : new AnalyzeError(err);
      }
    },
  };
}
