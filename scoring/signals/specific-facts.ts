import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/**
 * Concrete, checkable specifics the page itself reports — names, dates, places, versions, exact procedures — as news
 * and documentation carry. A section counts when such sentences are dense, not when one name is dropped into
 * generic advice. Thresholds were set by reading real news, documentation and blog pages of ../shared/corpus.
 */
export default defineSectionSignal({
  id: 'specific-facts',
  title: 'Reported specifics',
  failureTitle: 'Few checkable specifics',
  description:
    'Sentences carrying at least two kinds of specifics (a date, a proper name, a figure, a version) or two names in a narrating sentence make up a large share of the section, or the section gives an exact procedure (code blocks with steps). Source: the engine issue ("names, dates, places, versions, exact procedures, as news and documentation carry").',
  scope: 'section',
  evidence: 'specific_facts',
  englishOnly: true,
  defaultOptions: {
    /** Specific sentences needed at least. */
    minSentences: 2,
    /**
     * Share of the section's sentences that must be specific. News paragraphs run at 0.33–0.8, advice at 0–0.2:
     * on the corpus, the English sections between 0.33 and 0.4 (50 of them) were almost all news reports.
     */
    minShare: 0.33,
    /** Results as data: at least this many plain figures (box scores on the corpus carry 20–60 per section)… */
    minPlainFigures: 8,
    /** …at this density per word (prose rarely passes 0.03; a box score runs at 0.15–0.3). */
    minFigureDensity: 0.08,
  },
  run({ section }, { options }) {
    // Specific: two kinds of specifics, or two names in a sentence that narrates (who did what to whom, as reporting
    // reads). Acronyms and CamelCase product names (AVIF, WebP) do not make a sentence reporting.
    // A specific sentence that carries a link or a footnote reports someone else's source (an encyclopedia): it
    // supports the section, it does not make the page the source.
    const specific = section.sentences.filter(
      (s) => (s.specifics.kinds >= 2 || (s.specifics.wordNames >= 2 && s.specifics.narrative)) && s.words >= 8 && !s.attributions.some((a) => a.kind === 'link' || a.kind === 'citation'),
    );
    const findings: Finding[] = [];
    const share = section.sentences.length > 0 ? specific.length / section.sentences.length : 0;
    if (specific.length >= options.minSentences && share >= options.minShare) {
      // Quote the densest sentences, at most three.
      const top = [...specific].sort((a, b) => b.specifics.kinds - a.specifics.kinds || b.figures.length - a.figures.length).slice(0, 3);
      for (const s of top) {
        findings.push({
          messageId: 'dense-specifics',
          kind: 'specific_facts',
          text: s.text,
          why: `${specific.length} of ${section.sentences.length} sentences carry names, dates or figures`,
          target: sentenceTarget(section.index, s),
        });
      }
    }
    // Results written as data, not prose (box scores, standings, specifications): many plain figures beside
    // names. Shares and money stay out of this path, so a list of unsourced statistics never reads as reporting.
    const plain = section.sentences.flatMap((s) => s.figures.filter((f) => f.kind === 'number' || f.kind === 'count' || f.kind === 'measure'));
    const named = section.sentences.some((s) => s.specifics.names > 0);
    if (findings.length === 0 && named && plain.length >= options.minPlainFigures && plain.length / Math.max(1, section.words) >= options.minFigureDensity) {
      const densest = [...section.sentences].sort((a, b) => b.figures.length - a.figures.length)[0]!;
      findings.push({
        messageId: 'dense-results',
        kind: 'specific_facts',
        text: densest.text,
        why: `${plain.length} figures in ${section.words} words: results reported as data`,
        target: sentenceTarget(section.index, densest),
      });
    }
    if (section.codeBlocks > 0 && (section.steps > 0 || section.sentences.length > 0)) {
      const b = section.blocks.findIndex((x) => x.kind === 'pre');
      findings.push({
        messageId: 'exact-procedure',
        kind: 'specific_facts',
        text: section.blocks[b]!.text.slice(0, 200),
        why: 'an exact procedure: code the reader can run',
        target: { section: section.index, block: b },
      });
    }
    if (findings.length === 0) return { status: 'fail', score: share, findings };
    return { status: 'pass', score: Math.min(1, share / options.minShare), findings };
  },
});
