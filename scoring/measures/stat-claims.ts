/**
 * Which figures in a sentence are statistics making a claim that somebody would need a source for, and which
 * sentences already say where their figures come from. Read by the `unsourced-statistic` signal (English wording).
 *
 * A figure is a claim when it is a share, a rate, a multiple or a ratio, an average or a large sum of money (a
 * market, a budget, a valuation). It is not one when it is a price in a listing, a setting in an example, a discount,
 * a fee, a proportion in a recipe, or a spec line ("Over 30% larger display"). A sentence attributes its figure when it
 * reports someone's words or findings ("…, agency officials said", "the report says", "based on 62,000 reviews"), or
 * its paragraph carries a footnote marker after it (Wikipedia-style "[23]").
 */
import type { SnapshotBlock } from '../snapshot';
import type { Figure, Sentence } from './types';

/** Kinds that are statistics wherever they make a claim. */
const SHARE_KINDS = new Set<Figure['kind']>(['percent', 'multiplier', 'ratio']);

/** Statistical phrasing that turns a count, a measure or a sum of money into a statistic. */
const STATISTICAL = /\b(?:average|averages|averaged|median|typical(?:ly)?|on average|mean|per capita|rate|rates|annually|per year|a year|each year|every year)\b/i;

/** Money that is a claim about an economy, a market or a deal, not a price tag. */
const MONEY_CLAIM = /\b(?:million|billion|trillion|bn|mn|valuation|market|revenue|revenues|sales|GDP|budget|spent|spending|spend|raised|funding|profit|profits|losses|cost the|costs the|economy)\b/i;
const BIG_MONEY = /(?:\d\s*(?:m|bn|b|k)\b|million|billion|trillion)/i;

/**
 * Figures that are prices, settings or proportions, not findings: a "25% discount", "fees as high as 0.6%", "fry
 * till 80% done", "a mixture of 50% peat moss", "set the bucket size to 5%", "zoom to 150%".
 */
const NOT_A_FINDING =
  /\b(?:discount(?:s|ed)?|off|coupon|cashback|cash back|promo|deal|sale|fee|fees|charges?|commission|tariffs?|tax(?:es)?|interest rate|apr|apy|vat|tip|done|cooked|charged|charge|battery|zoom(?:ed)?|opacity|brightness|volume|width|height|margin|padding|mixture|mix|blend|solution|dilut\w*|concentration|bucket|sample|sampling|threshold|quota|limit|setting|settings|config\w*|set (?:it |this |the \w+ )?to|scale|resolution|alcohol|abv|cocoa|cotton|polyester|wool|humidity|price|prices|priced|pricing|msrp|retail|usual(?:ly)?|normally|regularly|list price)\b/i;

/** Someone else's words or findings, reported: the sentence names where its figure comes from. */
const REPORTED =
  /\b(?:said|says|say|told|tells|according to|reported|reports|reportedly\s+said|estimated|estimates|estimate|warned|warns|announced|announces|stated|states|wrote|writes|noted|notes|cited|cites|found|finds|showed|shows|revealed|reveals|claimed|claims|projected|projects|predicted|predicts|forecast|forecasts|calculated|confirmed|confirms|disclosed|documented|spoke|speaking|added|argued|argues|explained|testified|insisted|urged|acknowledged|admitted|based on|data from|figures from|per the|the (?:report|study|survey|paper|filing|statement|ministry|agency|department|census)\b)/i;

/** The author's own voice: "we can see that a slotted class will use 50% less memory". */
const OWN_VOICE = /\b(?:[Ww]e|[Ww]e['’](?:ve|re|d)|[Oo]urs?|[Uu]s|I|I['’](?:ve|m|d)|[Mm]y)\b/;

/** Wikipedia-style footnote markers and in-text citation numbers. */
const FOOTNOTE = /\[(?:\d{1,3}|[a-z]|n \d{1,3}|note \d{1,3})\]|\^/g;
/** Where a block's last footnote marker starts (-1: none), found once per block: asking per sentence was quadratic. */
const footnoteAt = new WeakMap<SnapshotBlock, number>();
function lastFootnote(block: SnapshotBlock): number {
  let at = footnoteAt.get(block);
  if (at === undefined) {
    at = -1;
    FOOTNOTE.lastIndex = 0;
    for (let m = FOOTNOTE.exec(block.text); m; m = FOOTNOTE.exec(block.text)) at = m.index;
    footnoteAt.set(block, at);
  }
  return at;
}

/** An instruction: the sentence (or its main clause after "After that,", "Then") opens with a verb. */
const INSTRUCTION =
  /^(?:(?:then|next|now|after that|afterwards|finally|first|second|third|once \w+ \w+)[,\s]+)?(?:add|heat|fry|cook|bake|boil|stir|mix|pour|set|use|take|keep|put|place|cut|chop|apply|water|plant|fill|leave|let|allow|make|turn|increase|reduce|change|adjust|configure|enable|disable|select|choose|click|open|run|install|remove|save|try|aim|give|drink|eat|limit|spend|invest|contribute|pay|buy|sell|charge)\b/i;

/** A figure in a spec sheet or a chart legend: too short to make a claim ("More than 5%", "Over 30% larger display"). */
const MIN_WORDS = 5;

/** A block where figures are data read off a table or code, not claims in prose. */
const PROSE: ReadonlySet<SnapshotBlock['kind']> = new Set(['p', 'li', 'blockquote', 'dd', 'other']);

/** The figures of `s` that are statistics making a claim (empty when none is). */
export function claimFigures(s: Sentence): Figure[] {
  if (s.words < MIN_WORDS) return [];
  // A run of figures with hardly a word between them is a table or a chart flattened into text, not a claim.
  if (isDataRun(s)) return [];
  const statistical = STATISTICAL.test(s.text);
  return s.stats.filter((f) => {
    if (/^(?:100|0)\s?(?:%|percent|per cent)$/i.test(f.text)) return false;
    if (SHARE_KINDS.has(f.kind)) return !NOT_A_FINDING.test(around(s.text, f));
    if (f.kind === 'money') return (statistical || MONEY_CLAIM.test(s.text) || BIG_MONEY.test(f.text)) && !NOT_A_FINDING.test(around(s.text, f));
    if (f.kind === 'count' || f.kind === 'measure') return statistical && !NOT_A_FINDING.test(around(s.text, f));
    return false;
  });
}

/** Does the sentence itself say where its figures come from, or speak as the author? */
export function attributesItself(s: Sentence, block: SnapshotBlock | undefined, next: Sentence | undefined): boolean {
  if (s.attributions.length > 0) return true;
  if (REPORTED.test(s.text)) return true;
  if (OWN_VOICE.test(s.text)) return true;
  if (INSTRUCTION.test(s.text.trim())) return true;
  if (block) {
    if (!PROSE.has(block.kind)) return true;
    // A footnote marker anywhere after the sentence's start in its paragraph sources the paragraph's figures; a
    // marker that the sentence splitter moved to the start of the next sentence ("…European.[n 11] The main …") too.
    if (lastFootnote(block) >= s.start) return true;
    // A link on the sentence to the page's own footnotes (#cite_note-12, #fn3).
    if (s.links.some((l) => /#(?:cite|fn|footnote|ref|note)/i.test(l.href))) return true;
  }
  if (next && next.block === s.block && /^\s*(?:\[[^\]]{1,8}\]|\^)/.test(next.text)) return true;
  return false;
}

/**
 * The sentence goes on with the source the sentence before it named: "A study in NEJM followed 640 infants. Overall,
 * about 3% of kids who ate peanuts got an allergy." Only across one sentence in the same or the next paragraph.
 */
export function continuesSource(prev: Sentence | undefined, s: Sentence): boolean {
  if (!prev || s.block - prev.block > 1) return false;
  return prev.attributions.some((a) => a.kind !== 'link' || prev.links.length > 0) || REPORTED.test(prev.text);
}

/** A run of figures with hardly a word between them: a table or a chart flattened into text. */
export function isDataRun(s: Sentence): boolean {
  return s.figures.length >= 5 && s.figures.length * 3 > s.words;
}

/**
 * A section that relays what others said or found: three in ten or more of its sentences report someone's words or name a
 * source. Its unattributed figures are, as a careful reader takes them, the same sources' figures.
 */
export function relaysSources(sentences: readonly Sentence[]): boolean {
  if (sentences.length < 3) return false;
  const reported = sentences.filter((s) => s.attributions.length > 0 || REPORTED.test(s.text)).length;
  return reported * 10 >= sentences.length * 3;
}

/** A heading that names a document the section relays: "NPHET's letter", "The report", "What the study found". */
export const DOCUMENT_HEADING = /\b(?:letter|report|study|survey|statement|memo|filing|ruling|judgment|indictment|complaint|findings|paper|press release)\b/i;

/** Headings of a page's notes and references: their figures belong to the notes' sources. */
export const NOTES_HEADING = /^(?:notes?|footnotes?|references?|citations?|sources?|bibliography|further reading|works cited|external links)$/i;

/** Sections whose figures are read off their own table: a claim about that table is the author's data. */
export function presentsTable(blocks: readonly SnapshotBlock[]): boolean {
  return blocks.some((b) => b.kind === 'table' && (b.table?.rows.length ?? b.text.split('\n').length) >= 3);
}

/** A few words either side of a figure: "fees as high as 0.6%" reads "fees", a discount reads "discount". */
function around(text: string, f: Figure): string {
  const from = Math.max(0, f.start - 40);
  const to = Math.min(text.length, f.start + f.text.length + 30);
  return text.slice(from, to);
}
