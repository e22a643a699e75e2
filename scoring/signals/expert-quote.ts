import { defineSectionSignal, type Finding } from '../signal';

/**
 * A direct quotation attributed to a named person or organisation. The GEO study (Aggarwal et al., KDD 2024,
 * Table 1) measured the largest lift of any method for adding quotations: +41% position-adjusted visibility.
 */
export default defineSectionSignal({
  id: 'expert-quote',
  title: 'Attributed quotation',
  failureTitle: 'No attributed quotation',
  description:
    'A quotation of at least six words with a named speaker in the same paragraph (said, told, wrote, according to…), or a blockquote with a cite or an attribution line; not a story’s dialogue (many quoted exchanges that no date, name, place or figure anchors). Source: GEO study, quotation addition +41%.',
  scope: 'section',
  evidence: 'expert_quote',
  languages: ['en', 'de'],
  defaultOptions: {},
  run({ section }) {
    // A story's characters talking to each other (measures/story.ts) are nobody a writer could quote as a source.
    if (section.story) {
      return { status: 'fail', findings: [], reason: "The quotations are a story's dialogue: no date, full name, place or figure ties them to anyone real." };
    }
    const findings: Finding[] = section.quotations
      .filter((q) => q.speaker)
      .map((q) => ({
        messageId: 'attributed-quotation',
        kind: 'expert_quote' as const,
        text: q.text.length > 300 ? `${q.text.slice(0, 297)}…` : q.text,
        why: `quoted: ${q.speaker}`,
        target: { section: section.index, block: q.block, start: q.start, end: q.end },
      }));
    return findings.length > 0 ? { status: 'pass', score: 1, findings } : { status: 'fail', findings };
  },
});
