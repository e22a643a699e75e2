import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/**
 * Figures the author or their organisation produced. The engine issue names it the strongest asset: one genuine
 * original data point is what turns an uncitable article citable (GEO study, Aggarwal et al. 2024: statistics
 * addition +31% visibility; first-party figures are the ones only this page can be cited for).
 */
export default defineSectionSignal({
  id: 'original-data',
  title: 'Original data',
  failureTitle: 'No original data',
  description:
    'A figure the author or their team measured (first person + research verb or "our survey/data/tests" + a number), or a table of results in a section that says it reports the author\'s own research. Source: the GEO study (KDD 2024) and the engine issue\'s definition of original data.',
  scope: 'section',
  evidence: 'original_data',
  languages: ['en'],
  defaultOptions: {},
  run({ section }, { coined = [] }) {
    const findings: Finding[] = [];
    let research = false;
    for (const s of section.sentences) {
      // A figure about the method the page itself introduces ("File-by-File patching … 65% smaller") is its own result.
      const own = coined.find((name) => s.text.includes(name));
      if (own && s.firstPerson !== 'research') {
        const figure = s.stats.find((f) => f.kind !== 'money');
        if (figure) findings.push({ messageId: 'own-method-figure', kind: 'original_data', text: s.text, why: `a figure about the page's own “${own}”: “${figure.text}”`, target: sentenceTarget(section.index, s) });
        continue;
      }
      if (s.firstPerson !== 'research') continue;
      research = true;
      // A statistic (share, money, multiple, ratio, count, measure): a version number or a bare number in an account
      // ("I found RPMs for Red Hat 7.2") is not a measured result.
      // A price is what something costs, not what the author measured ("the $29 charger I've tested").
      const figure = s.stats.find((f) => f.kind !== 'money');
      if (!figure) continue;
      findings.push({
        messageId: 'first-party-figure',
        kind: 'original_data',
        text: s.text,
        why: `the author's own figure: “${figure.text}”`,
        target: sentenceTarget(section.index, s),
      });
    }
    section.blocks.forEach((block, b) => {
      if (block.kind !== 'table' || !block.table) return;
      const caption = block.table.caption ?? '';
      const numeric = block.table.rows.slice(1).some((row) => row.some((cell) => /\d/.test(cell)));
      if (!numeric || !(research || /\b(?:our|we|my)\b/i.test(caption))) return;
      findings.push({
        messageId: 'results-table',
        kind: 'original_data',
        text: caption || block.text.split('\n')[0]!.slice(0, 160),
        why: 'a table of results the section presents as its own',
        target: { section: section.index, block: b },
      });
    });
    return findings.length > 0 ? { status: 'pass', score: 1, findings } : { status: 'fail', findings };
  },
});
