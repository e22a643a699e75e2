import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/**
 * A specific figure attributed to a named source or linked to one. GEO study (KDD 2024, Table 1): statistics
 * addition +31%, cite sources +28%; a figure with its source is what lets a writer cite the page for it.
 */
export default defineSectionSignal({
  id: 'sourced-statistic',
  title: 'Sourced statistic',
  failureTitle: 'No sourced statistic',
  description:
    'A statistical figure (share, money, multiple, ratio, large count, measurement) in a sentence that links to or names its source, or continues the previous sentence\'s source ("the same survey found"). Links and citations are read in any language. Source: GEO study, statistics addition +31%, cite sources +28%.',
  scope: 'section',
  evidence: 'sourced_stat',
  englishOnly: false,
  defaultOptions: {},
  run({ section }) {
    const findings: Finding[] = [];
    for (const s of section.sentences) {
      if (s.stats.length === 0 || s.attributions.length === 0 || s.firstPerson) continue;
      const source = s.attributions[0]!;
      findings.push({
        messageId: `stat-${source.kind}`,
        kind: 'sourced_stat',
        text: s.text,
        why: `“${s.stats[0]!.text}”, source: ${source.source}`,
        target: sentenceTarget(section.index, s),
      });
    }
    return findings.length > 0 ? { status: 'pass', score: Math.min(1, findings.length / 2), findings } : { status: 'fail', findings };
  },
});
