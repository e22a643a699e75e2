/**
 * Does a sentence speak as the author (or their team) about something they did, measured or saw? English only.
 * The verb lists separate research (surveyed, measured, benchmarked: the source of original data) from
 * experience (built, visited, tried: a first-hand account). Modal and generic uses ("we can", "we all know",
 * "let's") are advice, not accounts.
 */

const SUBJECT = String.raw`(?:\bI\b|\b[Ww]e\b|\b(?:[Mm]y|[Oo]ur)\s+(?:team|colleagues|researchers|analysts|editors|engineers|lab|company|testers|reporters|staff|group))`;
const RESEARCH_VERBS = String.raw`(?:surveyed|polled|interviewed|analy[sz]ed|measured|tested|benchmarked|tracked|collected|studied|compared|audited|reviewed|scraped|crawled|sampled|counted|examined|monitored|recorded|logged|asked|gathered|queried|calculated|timed|profiled|evaluated|found|observed|ran|conducted|crunched|looked at|went through|dug into|pulled|coded|tallied|categori[sz]ed|classified|scored|rated|graded|simulated|modeled|modelled|estimate|estimated|forecast|forecasted)`;
const EXPERIENCE_VERBS = String.raw`(?:tried|built|made|wrote|visited|spent|met|saw|watched|used|installed|switched|migrated|deployed|shipped|launched|hired|learned|learnt|noticed|discovered|started|moved|worked|sat|talked|spoke|pushed|cooked|baked|traveled|travelled|hiked|drove|rushed|flew|rode|walked|toured|stopped|ordered|tasted|ate|picked|checked out|bought|paid|lost|won|fixed|broke|opened|closed|went|took|got|had|did|decided|created|designed|developed|helped|taught|grew|planted|rebuilt|replaced|removed|added|set up|sent|received|called|emailed|wrote|published|reported|covered|photographed|filmed|recorded|attended|joined|left|founded|led|managed|ran|implemented|introduced|landed|announced|working on|building|developing|testing|running|shipping|filed|sued|settled|petitioned|represented|acquired)`;
const ADVERBS = String.raw`(?:\s+(?:also|then|first|recently|personally|actually|finally|eventually|later|once|just|even|carefully|manually|independently|originally|initially|previously|last\s+\w+))?`;
const AUX = String.raw`(?:\s*(?:have|had|'ve|’ve|'d|’d))?(?:\s+been)?`;

const RESEARCH = new RegExp(`${SUBJECT}${AUX}${ADVERBS}\\s+${RESEARCH_VERBS}\\b`);
/** "We re-encoded 1,184 photos and measured …": a research verb coordinated with the first-person subject's verb. */
const SUBJECT_ONLY = new RegExp(`${SUBJECT}${AUX}${ADVERBS}\\s+[\\w-]+ed\\b`);
const COORDINATED = new RegExp(`\\band\\s+(?:then\\s+|also\\s+)?${RESEARCH_VERBS}\\b`);
const EXPERIENCE = new RegExp(`${SUBJECT}${AUX}${ADVERBS}\\s+${EXPERIENCE_VERBS}\\b`);
const OWN_DATA = /\b(?:[Oo]ur|[Mm]y)\s+(?:own\s+|latest\s+|new\s+|annual\s+|internal\s+|recent\s+|\d{4}\s+)?(?:survey|surveys|study|studies|data|dataset|analysis|research|tests?|testing|experiments?|benchmarks?|findings|results|measurements?|sample|poll|audit|questioning|questionnaire|interviews|tracking|logs|investigation|review of|report|numbers|figures|census|crawl|best guess|estimates?|forecasts?|projections?)\b|\b[Oo]ur\s+(?:[\w-]+\s+){1,3}(?:review|tests|testing|benchmarks)\b/;
const IN_OUR = /\b(?:[Ii]n|[Ff]rom|[Aa]cross|[Oo]f)\s+(?:our|my)\s+(?:\w+\s+)?(?:tests?|testing|experience|analysis|sample|survey|data|dataset|study|research|experiments?|trials?|lab|clients|customers|portfolio)\b/;
/** Discourse, not experience: "as we saw above", "we've seen", "we saw that X does Y". */
const DISCOURSE = /\b(?:(?:as|which)\s+(?:we|I)\s+(?:saw|said|mentioned|noted|discussed|explained)|(?:we|I)\s+(?:saw|mentioned|noted|discussed|explained)\s+(?:that|earlier|above|before|previously|in)|(?:we|I)['’]ve\s+seen)\b/i;
/**
 * The author steering the text or generalising, not reporting: "before we start", "I just want to return to the
 * point we started with", "here are some trends I've noticed", "I saw so many people…", "this year we saw Samsung…".
 */
const STEERING = /\b(?:before we (?:start|begin|dive)|(?:I|we) (?:just )?want(?:ed)? to (?:return|say|point|note|mention|remind|warn|start|share)|the point (?:we|I)\b|(?:I|we)['’]ve got to|here (?:are|is) (?:some|a few)|(?:I|we) (?:saw|see|noticed|notice) (?:so many|many|a lot of|lots of|plenty of|people|folks)|(?:this|last) (?:year|month|week|season),? we saw|(?:I|we)(?:['’]ve| have)? asked (?:\S+\s+){1,4}to (?:share|sum|tell|answer|explain|give|weigh)\b)/i;
/** An embedded post ("… pic.twitter.com/… — Name (@handle) November 1"): someone else's words. */
const EMBEDDED_POST = /pic\.twitter\.com\/|\(@\w{1,30}\)/;
/** A hypothetical is never an account: "if we switched…". */
const CONDITIONAL = /\b(?:if|unless|suppose|imagine|when)\s+(?:we|I)\b/i;
const NOT_ACCOUNT = /\b(?:[Ww]e|I)\s+(?:can|could|should|shall|need|must|will|would|might|may|all|often|usually|tend|know|think|believe|feel|recommend|suggest|hope|want|like|love|see that|'ll|’ll)\b|\b[Ll]et['’]?s\b|\bif (?:we|I|you)\b/;

import type { FirstPersonKind } from './types';
import { has, wordClass, wordsOf } from './words';

/** Cheap gate: no first-person word, no account. */
const GATE = /\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b/;

/**
 * An organisation's own act, announced by it: "we filed a settlement", "we launched…". The page is the primary
 * record of such an act even without further specifics.
 */
export const OWN_ACT = /\b(?:[Ww]e|[Oo]ur\s+(?:team|company|organi[sz]ation|lawyers|attorneys))(?:\s*(?:have|'ve|’ve))?\s+(?:just\s+|today\s+|recently\s+)?(?:filed|sued|settled|launched|released|published|announced|shipped|founded|acquired|opened|petitioned|won)\b/;

/**
 * Words inside quotation marks are someone else's (“I took the kids to Walmart,” Forte said): the author's own
 * account is what is left outside them. Bounded: a quote is at most 1,000 characters.
 */
const QUOTED = /[“"][^“”"]{0,1000}[”"]|‘[^‘’]{0,1000}’(?=\s|[,.;:!?]|$)/g;
/** A sentence that hands the words to a third person ("…, Mayer said", "he told the BBC") is not the author speaking. */
const REPORTED = /\b(?:said|says|told|added|explained|recalled|wrote|writes|tweeted|according to)\b/;
/** An opening or closing quotation mark left unpaired: the sentence is part of a quotation split across sentences. */
const QUOTE_MARK = /[“”"]/;

/** GATE's words (./words.ts), read once per sentence: most sentences have none and skip the pattern. */
const GATE_WORDS = wordClass('i we our my');

export function firstPersonKind(text: string): FirstPersonKind | null {
  if (!has(wordsOf(text), GATE_WORDS) || !GATE.test(text)) return null;
  const own = text.replace(QUOTED, ' ');
  if (own !== text || QUOTE_MARK.test(own)) {
    if (REPORTED.test(own) || QUOTE_MARK.test(own) || !GATE.test(own)) return null;
    return accountKind(own);
  }
  return accountKind(text);
}

function accountKind(text: string): FirstPersonKind | null {
  if (STEERING.test(text) || EMBEDDED_POST.test(text)) return null;
  if (RESEARCH.test(text) || OWN_DATA.test(text) || IN_OUR.test(text)) return 'research';
  if (SUBJECT_ONLY.test(text) && COORDINATED.test(text)) return 'research';
  if (DISCOURSE.test(text) || CONDITIONAL.test(text)) return null;
  if (EXPERIENCE.test(text) && !(NOT_ACCOUNT.test(text) && !/\b(?:I|[Ww]e)\s+\w+ed\b/.test(text))) return 'experience';
  return null;
}
