/**
 * The contract every signal file meets (see ../shared/ARCHITECTURE.md, "One signal per file").
 * A signal reads shared measures, never the DOM, and returns an outcome; the runner turns a throw into `error`.
 */
import type { EvidenceKind, SignalStatus, Target } from './report';
import type { SectionMeasures } from './measures/types';

/** One thing a signal found, locatable on the page. */
export interface Finding {
  /** Stable message id (what kind of finding), e.g. `first-person-measurement`. */
  messageId: string;
  /** The evidence kind this finding counts as, for section signals. */
  kind?: EvidenceKind;
  /** The text quoted from the page. */
  text: string;
  /** Short reason, shown next to the quote. */
  why: string;
  target: Target | null;
}

export interface Outcome {
  status: Exclude<SignalStatus, 'error'>;
  /** 0–1 strength, where the signal grades. */
  score?: number;
  findings: Finding[];
  reason?: string;
}

export interface SectionInput {
  section: SectionMeasures;
}

export interface SignalContext<O> {
  options: O;
  /** True when the page's language is English, so signals reading English wording may run. */
  english: boolean;
  /** The names the page coins for its own methods (measures/coined.ts), in order. */
  coined?: readonly string[];
}

interface SignalBase<O> {
  /** kebab-case noun naming the subject; equals the file name. */
  id: string;
  /** Title when the signal passes. */
  title: string;
  /** Title when it does not. */
  failureTitle: string;
  /** What it checks and where the rule comes from. */
  description: string;
  /**
   * The languages whose wording the signal reads ('en', 'de'); it is not run on a page in any other. 'any' when it
   * reads only links, numbers and markup.
   */
  languages: 'any' | readonly ('en' | 'de')[];
  defaultOptions: Readonly<O>;
}

export interface SectionSignal<O = Record<string, number>> extends SignalBase<O> {
  scope: 'section';
  /** The kind of evidence its findings count as (weighted in ../weights.ts). */
  evidence: EvidenceKind;
  run(input: SectionInput, ctx: SignalContext<O>): Outcome;
}

/**
 * Typed identity helper: it only gives the object literal its type (and freezes it). Page-level checks (markup,
 * authorship, machine access) are not signals of this kind: they live in ../page, with their own report objects.
 */
export function defineSectionSignal<O>(signal: SectionSignal<O>): SectionSignal<O> {
  return Object.freeze(signal);
}
