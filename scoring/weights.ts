/**
 * Every weight of the score, in one place, each with where it comes from.
 *
 * The GEO study (Aggarwal et al., "GEO: Generative Engine Optimization", KDD 2024, Table 1) measured
 * position-adjusted visibility in generative answers: quotation addition +41%, statistics addition +31%, cite
 * sources +28%, keyword stuffing −8%. Its additions were invented by a model, so the lift measures the *form* of
 * evidence; which evidence a writer can only get from this page is the engine issue's ordering: first-party data
 * and first-hand findings above attributed quotes and named frameworks, above sourced figures, with unsourced
 * figures a liability and repeated keywords never a gain.
 */
import type { EvidenceKind } from './report';

/** How strongly one piece of each kind makes a page worth citing (0–1). */
export const EVIDENCE_STRENGTH: Readonly<Record<EvidenceKind, number>> = Object.freeze({
  // The engine issue: "one genuine original data point is what turns an uncitable article citable".
  original_data: 1,
  // A first-hand account is citable as the source of what the author saw or did, but is one observation.
  first_hand: 0.8,
  // GEO: quotation addition is the largest measured lift (+41%); an attributed quote is citable as its source.
  expert_quote: 0.75,
  // A coined method is cited by name; it makes the page the origin of the concept.
  named_framework: 0.75,
  // Reported specifics (news, documentation) are citable as the report, weaker than first-party findings.
  specific_facts: 0.65,
  // GEO: statistics +31% and cite sources +28%; but a sourced figure is better cited at its source, so it
  // supports a section without making the page primary.
  sourced_stat: 0.45,
  // A liability, never a gain.
  unsourced_stat: 0,
});

/** Evidence that makes a section primary (the page is the source of it). */
export const PRIMARY_KINDS: ReadonlySet<EvidenceKind> = new Set(['original_data', 'first_hand', 'named_framework', 'expert_quote', 'specific_facts']);

/** Page score parts; weights sum to 1. */
export const PAGE_WEIGHTS = Object.freeze({
  // "Having at least one strong citable asset matters most" (engine issue): the strongest evidence on the page.
  asset: 0.55,
  // "…then the share of the article that is citable": primary sections count 1, supported 0.5.
  share: 0.27,
  // Of the page's figures, the share that is sourced or first-party (GEO: cite sources +28%).
  sourcing: 0.08,
  // Markup, authorship and machine access (issue 4): "weighted so that content evidence still dominates: a page
  // with perfect markup and nothing to cite scores low; a strong page with missing markup loses a little".
  // At 0.10, perfect markup alone is worth 10 points and missing markup costs a strong page at most 10.
  page: 0.1,
});

/** How the page part splits, and what each markup problem costs within it (0–1 of the markup share). */
export const PAGE_PART = Object.freeze({
  // Google documents Article markup, its author and its dates as the way to state who wrote a page and when
  // (Google Search Central, "Article structured data"); markup is most of the page part.
  markupShare: 0.6,
  // Byline, date and author profile: Google's helpful-content guidance asks "Is it self-evident to your visitors
  // who authored your content?"
  trustShare: 0.2,
  // Blocked from AI search or kept out of snippets, a page cannot be cited however good it is.
  reachShare: 0.2,
  missingArticle: 0.5,
  missingAuthor: 0.2,
  missingDates: 0.2,
  contradiction: 0.2,
  brokenJsonLd: 0.2,
  requiredError: 0.1,
  requiredErrorsMax: 0.3,
});

/** Section score bands: the verdict decides the band, the evidence the place within it. */
export const SECTION_BANDS = Object.freeze({
  primary: { min: 60, max: 100 },
  supported: { min: 35, max: 59 },
  synthesis: { min: 0, max: 25 },
});

/** Points off the page score for each unsourced figure, and at most. Small: flagged, not punished into the ground. */
export const UNSOURCED_PENALTY = Object.freeze({ each: 2, max: 10 });

/**
 * Keyword stuffing (GEO: −8% visibility). A token over this share of a section's words, appearing at least
 * `minCount` times, is stuffing: its excess words count for nothing, and the page loses `penalty` points.
 */
export const STUFFING = Object.freeze({
  // Topic words run at 3–8% of a section on real pages (measured on the corpus: v8-blog's "emscripten", Wikipedia's
  // "Mozilla" on the Mozilla article); 10% and ten repeats is past any natural use.
  maxDensity: 0.1,
  minCount: 10,
  // A stuffed keyword's words past this density do not count as the section's text.
  naturalDensity: 0.03,
  // …and the penalty needs the keyword over 6% of the whole page's words.
  pageDensity: 0.06,
  penalty: 5,
});

/** Sections under this many words are `short` and not judged (engine issue). */
export const SHORT_SECTION_WORDS = 25;

/** Signals that produce findings but do not enter the score by weight (they shape verdicts or penalties instead). */
export const UNSCORED_SIGNALS: ReadonlySet<string> = new Set(['unsourced-statistic']);

/**
 * Score bands of the badge and panel, derived from the fitted page score on ../shared/labels (dev/ and dev-de/): the
 * median score of pages readers rated 1 (pure synthesis) is 17, rated 2: 39, rated 3: 57, rated 4: 60. At or above `high` a page
 * gives writers reasons to cite it; below `mid` it is mostly synthesis.
 */
export const SCORE_BANDS = Object.freeze({ high: 55, mid: 35 });

/** The band of a page score (SCORE_BANDS): one function for the badge, the panel and the command line. */
export function scoreBand(score: number): 'high' | 'mid' | 'low' {
  return score >= SCORE_BANDS.high ? 'high' : score >= SCORE_BANDS.mid ? 'mid' : 'low';
}

/** The bands in words, with their ranges, for reports ("55+", "35–54", "under 35"). */
export const BAND_RANGES = Object.freeze({ high: `${SCORE_BANDS.high}+`, mid: `${SCORE_BANDS.mid}–${SCORE_BANDS.high - 1}`, low: `under ${SCORE_BANDS.mid}` });
