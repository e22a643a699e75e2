import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/** Headings of reference and link lists (they make no claims of their own). */
const REFERENCE_HEADING = /^(?:references?|citations?|sources?|notes?|footnotes|bibliography|external links|further reading|see also|related (?:articles|posts|stories|links)|inside this)\b/i;
/** A bibliographic entry: "Retrieved 17 February 2008", an ISBN, a DOI, "pp. 12–14", "(2008)." after an author. */
const BIBLIOGRAPHIC = /\bRetrieved\s+\d|\bISBN\b|\bdoi:|\bPMID\b|\bBibcode\b|\bpp?\.\s*\d|^[\p{Lu}][\p{L}'’-]+,\s+[\p{Lu}][\p{L}.'’ -]{0,40}\s\((?:19|20)\d\d\)/u;
/** A list line that is a quantity and a thing: "2/3 cup (160 g) peanut butter", "1 container (red) chicken". */
const QUANTITY_LINE = /^(?:\d+(?:[./]\d+)?|½|¼|¾|⅓|⅔|one|two|three|a|an)\s*(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|grams?|g|kg|oz|ounces?|lbs?|pounds?|ml|l|liters?|litres?|cloves?|slices?|pinch|cans?|containers?|servings?|pieces?|large|medium|small|x)\b/i;

/** Kitchen and portion quantities: "1 cup", "½ tsp.", "8 oz.", "2 Tbsp". */
// A match starts only where a number starts (the lookbehind): a 10,000-digit run would otherwise be tried from every digit.
const KITCHEN_QUANTITY = /(?:(?<![\d.])\d+(?:[./]\d+)?|[½¼¾⅓⅔])\s*(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|grams?|g|ml|scoops?|slices?|cloves?|pinch)\b\.?/gi;
/** "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow": a label and a list of counted things. */
const COUNTED_LIST = /^[^:]{2,60}:\s*(?:\d+\s+\p{Lu}[\p{L}-]*,?\s*){2,}/u;
/** An ingredient line: two kitchen quantities or more, or a label with a counted list (a meal plan, a recipe card). */
function isRecipeLine(text: string): boolean {
  if (COUNTED_LIST.test(text)) return true;
  let n = 0;
  KITCHEN_QUANTITY.lastIndex = 0;
  while (KITCHEN_QUANTITY.exec(text) && ++n < 2);
  return n >= 2;
}

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
  languages: ['en'],
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
    // A reference list, a recipe card or a shopping list is dense with names and figures and reports nothing
    // (LABELING.md: "recipes' ingredient lists … are synthesis, however many numbers or names they carry").
    if (section.heading && REFERENCE_HEADING.test(section.heading.trim())) return { status: 'fail', score: 0, findings: [] };
    const specific = section.sentences.filter(
      (s) =>
        (s.specifics.kinds >= 2 || (s.specifics.wordNames >= 2 && s.specifics.narrative)) &&
        s.words >= 8 &&
        !s.attributions.some((a) => a.kind === 'link' || a.kind === 'citation') &&
        !BIBLIOGRAPHIC.test(s.text) &&
        !(section.blocks[s.block]?.kind === 'li' && QUANTITY_LINE.test(s.text)) &&
        !isRecipeLine(s.text),
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
    // Read only when nothing else was found and a name is there; a sentence without figures adds none, so its text is
    // not tested.
    const plainFigures = () =>
      section.sentences
        .filter((s) => s.figures.length > 0 && !QUANTITY_LINE.test(s.text) && !isRecipeLine(s.text))
        .flatMap((s) => s.figures.filter((f) => f.kind === 'number' || f.kind === 'count' || f.kind === 'measure')).length;
    const named = findings.length === 0 && section.sentences.some((s) => s.specifics.names > 0);
    const plain = named ? plainFigures() : 0;
    if (named && plain >= options.minPlainFigures && plain / Math.max(1, section.words) >= options.minFigureDensity) {
      const densest = [...section.sentences].sort((a, b) => b.figures.length - a.figures.length)[0]!;
      findings.push({
        messageId: 'dense-results',
        kind: 'specific_facts',
        text: densest.text,
        why: `${plain} figures in ${section.words} words: results reported as data`,
        target: sentenceTarget(section.index, densest),
      });
    }
    // Code blocks alone ("an exact procedure") are no longer evidence: on ../shared/labels/dev they agreed with the
    // readers once in 13 sections (tutorials restating a tool's standard usage are synthesis).
    if (findings.length === 0) return { status: 'fail', score: share, findings };
    return { status: 'pass', score: Math.min(1, share / options.minShare), findings };
  },
});
