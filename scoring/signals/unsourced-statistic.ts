import { sentenceTarget } from '../measures/specifics';
import { attributesItself, claimFigures, continuesSource, DOCUMENT_HEADING, isDataRun, NOTES_HEADING, presentsTable, relaysSources } from '../measures/stat-claims';
import { defineSectionSignal, type Finding } from '../signal';

/**
 * A specific figure with no source and no sign the author produced it: a liability. A reader cannot check it, and
 * a writer cannot cite it; the engine ranks it below sourced and first-party figures (engine issue; GEO study:
 * the lift is for figures with their sources).
 *
 * Only a statistic making a claim counts (a share, a rate, a multiple, an average, a market-sized sum: see
 * measures/stat-claims.ts), never a price in a listing, a setting in an example, a date, a version or a size; and
 * never a figure whose sentence attributes it ("…, officials said", "according to", a link, a footnote). Measured
 * against careful readers' `unsourced_stat` labels on ../shared/labels/dev by `npm run agreement`.
 */
export default defineSectionSignal({
  id: 'unsourced-statistic',
  title: 'Every figure has a source',
  failureTitle: 'Figures without a source',
  description:
    'A statistic making a claim (a share, a rate, a multiple, an average, a market-sized sum) in a sentence that neither names, links nor footnotes its source, in a section with no first-person research of its own. Prices, settings, discounts, dates, versions and sizes are not flagged, nor figures someone is reported as saying. Vague appeals ("studies show") do not count as sources. English only, because "according to …" is read in English.',
  scope: 'section',
  evidence: 'unsourced_stat',
  languages: ['en'],
  defaultOptions: {},
  run({ section }) {
    // In a section where the author reports their own research, or lays out a table of data, its figures are
    // presumed theirs.
    const ownResearch =
      section.sentences.some((s) => s.firstPerson) || presentsTable(section.blocks) ||
      section.sentences.some(isDataRun) ||
      relaysSources(section.sentences) ||
      NOTES_HEADING.test((section.heading ?? '').trim()) ||
      DOCUMENT_HEADING.test(section.heading ?? '');
    const findings: Finding[] = [];
    if (!ownResearch) {
      section.sentences.forEach((s, i) => {
        const claims = claimFigures(s);
        if (claims.length === 0) return;
        // A vague appeal ("studies show") is no source: flagged as such even though it reads like a report.
        if (!s.vague && (attributesItself(s, section.blocks[s.block], section.sentences[i + 1]) || continuesSource(section.sentences[i - 1], s))) return;
        findings.push({
          messageId: s.vague ? 'vague-source' : 'no-source',
          kind: 'unsourced_stat',
          text: s.text,
          why: s.vague ? `“${claims[0]!.text}” rests on a vague source` : `“${claims[0]!.text}” has no source`,
          target: sentenceTarget(section.index, s),
        });
      });
    }
    return findings.length > 0 ? { status: 'warn', score: 0, findings } : { status: 'pass', score: 1, findings };
  },
});
