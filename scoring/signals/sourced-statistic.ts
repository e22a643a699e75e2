import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/** Words of a claim drawn from a source: a study, a survey, data, a report, "according to", "found", "estimates" (and German "laut", "Umfrage", "Studie"…: links are read in any language). */
const SOURCE_CUE = /\b(?:according to|reports?|reported|study|studies|survey|surveys|surveyed|data|dataset|research|researchers|analysis|analy[sz]ed|estimates?|estimated|found|finds|shows?|showed|reveal(?:s|ed)?|census|poll|index|statistics|figures|published|journal|paper|review|calculat(?:ed|es|ion)|projections?|forecasts?|laut|zufolge|Umfrage|Studie|Daten|Bericht|Statistik|Analyse|Erhebung|ergab|ergibt|zeigt|zeigte|Schätzung)\b/i;
/** A price offered, not a statistic: "for $700", "from $139", "$199 at Amazon", "$6.99-a-month". */
const PRICE = /\b(?:for|from|at|only|just|now|costs?|priced at|sells? for|offers?|deal)\s+(?:as little as\s+|about\s+)?[$€£]\s?\d|[$€£]\s?\d[\d,.]*\s*(?:at|on|via)\s+\p{Lu}|[$€£]\d[\d.]*-a-month/u;

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
  languages: 'any',
  defaultOptions: {},
  run({ section }) {
    const findings: Finding[] = [];
    for (const s of section.sentences) {
      if (s.stats.length === 0 || s.attributions.length === 0 || s.firstPerson) continue;
      // A link on a sentence with a figure is a source only when the sentence reads as a claim from one: a retailer
      // link beside a price ("Amazon offers the MacBook for $700") or a recipe's "see notes" link is not.
      const source = s.attributions.find((a) => a.kind !== 'link') ?? (SOURCE_CUE.test(s.text) && !PRICE.test(s.text) ? s.attributions[0]! : null);
      if (!source) continue;
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
