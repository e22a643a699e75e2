import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';
import type { FigureKind } from '../measures/types';

/**
 * Shares, money, multiples and ratios are statistical claims wherever they appear. Counts and measurements are
 * claims only in statistical phrasing (averages, rates): "killing more than 200 people" in a news report is a
 * reported fact, "the average worker is interrupted every 11 minutes" is a statistic.
 */
const STATISTICAL: ReadonlySet<FigureKind> = new Set(['percent', 'money', 'multiplier', 'ratio']);
const RATE = /\b(?:average|averages|median|typical(?:ly)?|on average|per|every|each|a year|a day|a month|annually|daily|weekly|a week|on a typical)\b/i;

/**
 * A specific figure with no source and no sign the author produced it: a liability. A reader cannot check it, and
 * a writer cannot cite it; the engine ranks it below sourced and first-party figures (engine issue; GEO study:
 * the lift is for figures with their sources).
 */
export default defineSectionSignal({
  id: 'unsourced-statistic',
  title: 'Every figure has a source',
  failureTitle: 'Figures without a source',
  description:
    'A statistical figure in a sentence with no link, no named source, no citation, and no first-person research in the section. Vague appeals ("studies show") do not count as sources. English only, because "according to …" is read in English.',
  scope: 'section',
  evidence: 'unsourced_stat',
  englishOnly: true,
  defaultOptions: {},
  run({ section }) {
    // In a section where the author reports their own research, its figures are presumed theirs.
    const ownResearch = section.sentences.some((s) => s.firstPerson);
    const findings: Finding[] = [];
    if (!ownResearch) {
      for (const s of section.sentences) {
        if (s.attributions.length > 0) continue;
        // "100%" and "0%" are figures of speech ("100% WASI", "100% sure") more often than measurements.
        // Whether the sentence is phrased as a rate, read once per sentence (not once per figure: a paragraph of
        // 10,000 numbers made that quadratic).
        let rate: boolean | undefined;
        const claims = s.stats.filter((f) => (STATISTICAL.has(f.kind) || (rate ??= RATE.test(s.text))) && !/^(?:100|0)\s?(?:%|percent)$/i.test(f.text));
        if (claims.length === 0) continue;
        findings.push({
          messageId: s.vague ? 'vague-source' : 'no-source',
          kind: 'unsourced_stat',
          text: s.text,
          why: s.vague ? `“${claims[0]!.text}” rests on a vague source` : `“${claims[0]!.text}” has no source`,
          target: sentenceTarget(section.index, s),
        });
      }
    }
    return findings.length > 0 ? { status: 'warn', score: 0, findings } : { status: 'pass', score: 1, findings };
  },
});
