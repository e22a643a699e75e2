/**
 * The Report: what `analyze` decides about a Snapshot. Versioned and validated; the extension, the CLI's `--json`
 * and the exports all print this object (the CLI fields named in the engine issue are a subset of it).
 */
import { z } from 'zod';
import { AccessReport, AuthorshipReport, SchemaReport } from './page';

export const REPORT_VERSION = 1;

/** The seven kinds of evidence the engine looks for (names fixed by the CLI's JSON contract). */
export const EvidenceKind = z.enum([
  'original_data',
  'first_hand',
  'named_framework',
  'expert_quote',
  'sourced_stat',
  'unsourced_stat',
  'specific_facts',
]);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const Verdict = z.enum(['primary', 'supported', 'synthesis', 'short']);
export type Verdict = z.infer<typeof Verdict>;

export { Target } from './target';
import { Target } from './target';

export const Evidence = z.object({
  /** Stable across re-analyses of the same text: used to dismiss a finding. */
  id: z.string(),
  kind: EvidenceKind,
  /** The text quoted from the page (a sentence, a quotation, a table caption). */
  text: z.string(),
  /** Why this counts, in a few words ("first person + measured figure", "linked source: pewresearch.org"). */
  why: z.string(),
  /** The signal that found it. */
  signal: z.string(),
  target: Target,
  /** True when the user dismissed this finding: shown, but not counted. */
  dismissed: z.boolean().default(false),
});
export type Evidence = z.infer<typeof Evidence>;

export const SuggestionKind = z.enum(['original_data', 'named_framework', 'expert_quote', 'source', 'first_hand']);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

export const Suggestion = z.object({
  id: z.string(),
  kind: SuggestionKind,
  /** A fill-in-the-blanks sentence built from the section's own topic. */
  message: z.string(),
  /** The paragraph (or figure) the suggestion is about, quoted; null when it is about the section as a whole. */
  quote: z.string().nullable(),
  target: Target.nullable(),
  dismissed: z.boolean().default(false),
});
export type Suggestion = z.infer<typeof Suggestion>;

/**
 * One place of the page plan (scoring/plan.ts): the sentence whose claim most needs support, the evidence that fits
 * it, and what adding it would change, measured by re-judging the page with a representative sentence added there.
 */
export const PlanItem = z.object({
  /** The suggestion's id: dismissing it replaces the item with the next best. */
  id: z.string(),
  section: z.number().int().nonnegative(),
  heading: z.string().nullable(),
  /** The claim sentence, as the page has it. */
  sentence: z.string(),
  kind: SuggestionKind,
  /** What to add, as a sentence a writer could paste. */
  message: z.string(),
  target: Target,
  projected: z.object({
    sectionVerdictBefore: Verdict,
    sectionVerdict: Verdict,
    sectionScoreBefore: z.number().int().min(0).max(100),
    sectionScoreAfter: z.number().int().min(0).max(100),
    pageScoreBefore: z.number().int().min(0).max(100),
    pageScoreAfter: z.number().int().min(0).max(100),
  }),
  /** The projected effect in words: "This section becomes primary; page 34 → 61." */
  effect: z.string(),
  dismissed: z.boolean().default(false),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const SignalStatus = z.enum(['pass', 'warn', 'fail', 'notApplicable', 'needsReview', 'error']);
export type SignalStatus = z.infer<typeof SignalStatus>;

/** One signal's outcome on one section or on the page. */
export const SignalOutcome = z.object({
  id: z.string(),
  status: SignalStatus,
  /** 0–1 strength where the signal grades; absent otherwise. */
  score: z.number().min(0).max(1).optional(),
  /** Why the status, for `notApplicable`, `needsReview` and `error`. */
  reason: z.string().optional(),
});
export type SignalOutcome = z.infer<typeof SignalOutcome>;

export const SectionReport = z.object({
  index: z.number().int().nonnegative(),
  heading: z.string().nullable(),
  level: z.number().int().min(0).max(6),
  words: z.number().int().nonnegative(),
  verdict: Verdict,
  score: z.number().int().min(0).max(100),
  /**
   * The sentences that moved the fitted verdict most (scoring/verdict): toward citable (positive weight) for a
   * citable section, toward synthesis (negative) for a synthesis one. Empty for short sections.
   */
  drivers: z
    .array(z.object({ text: z.string(), weight: z.number(), target: Target }))
    .default([]),
  evidence: z.array(Evidence),
  suggestions: z.array(Suggestion),
  signals: z.array(SignalOutcome),
});
export type SectionReport = z.infer<typeof SectionReport>;

/** One term of the page score, so the panel can say what drives it. */
export const ScorePart = z.object({
  id: z.string(),
  label: z.string(),
  /** The weight of this part in the page score (parts' weights sum to 1). */
  weight: z.number(),
  /** 0–1 value of this part. */
  value: z.number().min(0).max(1),
  /** Points it contributes (weight × value × 100, before penalties). */
  points: z.number(),
  detail: z.string(),
});
export type ScorePart = z.infer<typeof ScorePart>;

export const Report = z.object({
  version: z.literal(REPORT_VERSION),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The language the analysis used (ISO 639-1), declared by the page or detected from its text. */
  lang: z.string().nullable(),
  /** How `lang` was decided. */
  langSource: z.enum(['declared', 'detected', 'declared+detected', 'unknown']),
  /** `full` for English and German (judged by its own cues); `partial` for any other language, whose verdict reads links and figures only. */
  languageSupport: z.enum(['full', 'partial']),
  readerable: z.boolean(),
  score: z.number().int().min(0).max(100),
  scoreParts: z.array(ScorePart),
  /** Points taken off (unsourced figures), with the reason. */
  penalties: z.array(z.object({ id: z.string(), points: z.number(), detail: z.string() })),
  summary: z.object({
    words: z.number().int().nonnegative(),
    primary: z.number().int().nonnegative(),
    supported: z.number().int().nonnegative(),
    synthesis: z.number().int().nonnegative(),
    short: z.number().int().nonnegative(),
    /** The single most useful thing to add, in one sentence, or null when nothing is missing. */
    topMissing: z.string().nullable(),
    /** How many findings the user dismissed (not counted in the score). */
    dismissed: z.number().int().nonnegative(),
  }),
  /** Plain-language notes on the analysis itself (language limits, non-article pages). */
  notes: z.array(z.string()),
  sections: z.array(SectionReport),
  /** Structured data found, its problems, what is missing, and the JSON-LD that fixes it. */
  schema: SchemaReport,
  /** Who wrote it and when, and what it cites. */
  authorship: AuthorshipReport,
  /** Whether AI crawlers may read it, per crawler and purpose. */
  access: AccessReport,
  /**
   * The page plan, best projected effect first (at most three): present when the report was made with its plan
   * (scoring/plan.ts: the extension and the CLI), absent from a bare `analyze`.
   */
  plan: z.array(PlanItem).optional(),
});
export type Report = z.infer<typeof Report>;
