/**
 * Where a sentence says its claim comes from (English wording, plus language-independent links and citations).
 * The line between "sourced" and "vague" follows the GEO study's "cite sources" treatment (Aggarwal et al., KDD
 * 2024): a source a reader can look up — a link, a named organisation or person, a bibliographic citation.
 * "Studies show" is not one.
 */
import type { SnapshotLink } from '../snapshot';
import type { Attribution } from './types';
import { findNames } from './names';
import { parsedUrl, type ParsedUrls } from './urls';
import { has, wordClass, wordsOf } from './words';

const REPORT_NOUN = String.raw`(?:study|survey|report|analysis|paper|poll|census|index|audit|review|dataset|data|research|estimate|estimates|figures|statistics|numbers|findings|benchmark)`;
const FINDING_VERB = String.raw`(?:found|finds|reports?|reported|estimates?|estimated|shows?|showed|shown|revealed|reveals|published|publishes|surveyed|polled|analy[sz]ed|measured|counted|projects?|projected|predicts?|predicted|notes?|noted|says|said|states?|stated|calculated|recorded|documented|observed|concluded|concludes|puts|put|tallied|tracks?|tracked)`;

/**
 * A capitalized word of a name: a capital, then at most 60 more letters (or & . -). Unbounded, a pattern that tries
 * every capital as a start re-read the rest of a long capitalized run from each one (quadratic: 20,000 capitals took
 * 1.8 s); bounded, each start costs at most the bound. No real name has a 61-letter word.
 */
const CAP_WORD = String.raw`[\p{Lu}][\p{L}&.\-]{0,60}`;

const ACCORDING_TO = /\baccording to\s+(?:the\s+|a\s+|an\s+)?(.{2,80})/i;
const NOUN_BY = new RegExp(String.raw`\b(?:a|an|the|this|new|recent|latest)?\s*(?:\d{4}\s+)?${REPORT_NOUN}\s+(?:from|by|at|of|conducted by|published by|released by)\s+(?:the\s+)?(.{2,80})`, 'i');
const POSSESSIVE = new RegExp(String.raw`(${CAP_WORD}(?:\s+${CAP_WORD}){0,4})['’]s?\s+(?:\d{4}\s+|latest\s+|annual\s+|new\s+|own\s+)?${REPORT_NOUN}\b`, 'u');
const SUBJECT_VERB = new RegExp(String.raw`(${CAP_WORD}(?:\s+(?:of|for|the|and|&)?\s*${CAP_WORD}){0,5})(?:\s*\([^)]{1,40}\))?\s+(?:has\s+|have\s+|had\s+)?${FINDING_VERB}\b`, 'gu');
const PUBLISHED_IN = new RegExp(String.raw`\b(?:published|reported|appeared)\s+in\s+(?:the\s+)?(${CAP_WORD}(?:\s+(?:of|the|and|&)?\s*${CAP_WORD}){0,5})`, 'u');
/** (Smith, 2020), (Smith et al. 2020), (OECD 2023), (Source: Gartner) — and Wikipedia-style footnote markers [12]. */
const CITATION = /\((?:[\p{Lu}][\p{L}'’\-]+(?:\s+et al\.?|\s+(?:and|&)\s+[\p{Lu}][\p{L}'’\-]+)?|[A-Z]{2,8}),?\s+(?:19|20)\d\d[a-z]?(?:[,:;]\s*(?:p\.?\s*)?\d+)?\)|\((?:source|sources|via|data|quelle|fuente|źródło|fonte)\s*:\s*[^)]{2,60}\)|\[(?:\d{1,3}|[a-z])\]|\[citation needed\]/giu;

const VAGUE = /\b(?:(?:many|some|several|recent|numerous|most)\s+)?(?:studies|research|experts|scientists|analysts|surveys|reports|statistics|data|researchers)\s+(?:show|shows|suggest|suggests|say|says|indicate|indicates|have shown|has shown|found|agree|claim|estimate)\b|\b(?:it is|it's|it has been)\s+(?:estimated|said|believed|reported|known)\b|\baccording to\s+(?:some|many|recent|several|one|a few|various|most|industry)\s+(?:studies|experts|reports|research|sources|estimates|surveys)\b/i;

/** Cheap gate before the English patterns: no such word, no named source. */
const GATE = /accord|found|finds|report|estimat|show|reveal|publish|survey|poll|analy|measur|count|project|predict|note|says|said|state|calculat|record|document|observ|conclu|put|tall|track|stud|data|research|figures|numbers|index|census|paper|benchmark|review|audit|appeared/i;

/**
 * Exact word gates (./words.ts) for the English patterns below: each pattern needs one of these whole words, so a
 * sentence with none of them cannot match it and skips the scans. A report noun may be glued to its article by
 * NOUN_BY's `\s*` ("thestudy"), so those spellings are words of the gate too.
 */
const REPORT_NOUNS = 'study survey report analysis paper poll census index audit review dataset data research estimate estimates figures statistics numbers findings benchmark'.split(' ');
/** The verbs of finding and saying that SUBJECT_VERB reads. */
const FINDING_VERBS = 'found finds report reports reported estimate estimates estimated show shows showed shown revealed reveals published publishes surveyed polled analysed analyzed measured counted project projects projected predict predicts predicted note notes noted says said state states stated calculated recorded documented observed concluded concludes puts put tallied track tracks tracked';
const SOURCE_WORDS = wordClass(
  [
    'according published reported appeared',
    ...REPORT_NOUNS,
    ...['a', 'an', 'the', 'this', 'new', 'recent', 'latest'].flatMap((a) => REPORT_NOUNS.map((n) => a + n)),
    FINDING_VERBS,
  ].join(' '),
);
/**
 * Each English pattern's own words, for a gate per pattern (SOURCE_WORDS is their union): ACCORDING_TO needs
 * "according"; NOUN_BY a report noun (perhaps glued to its article) and then "from", "by", "at" or "of"; POSSESSIVE a
 * report noun and an apostrophe; SUBJECT_VERB a finding verb; PUBLISHED_IN "published", "reported" or "appeared", then
 * "in". A sentence that names a figure's "data" but no finding verb skips the costly name patterns.
 */
const ACCORDING_WORD = wordClass('according');
const REPORT_NOUN_WORDS = wordClass([...REPORT_NOUNS, ...['a', 'an', 'the', 'this', 'new', 'recent', 'latest'].flatMap((a) => REPORT_NOUNS.map((n) => a + n))].join(' '));
const BY_WORDS = wordClass('from by at of');
const FINDING_WORDS = wordClass(FINDING_VERBS);
const PUBLISHED_WORDS = wordClass('published reported appeared');
const IN_WORD = wordClass('in');
const VAGUE_NOUNS = wordClass('studies research experts scientists analysts surveys reports statistics data researchers according');
const VAGUE_IT = wordClass('it');
const VAGUE_IT_VERBS = wordClass('estimated said believed reported known');

/** Sources that are really the author themselves (handled as first-party, not as a cited source). */
const SELF = /^(?:we|our|my|I|us|the author|this (?:article|post|guide|page))\b/i;

export function isVague(text: string): boolean {
  const words = wordsOf(text);
  if (!has(words, VAGUE_NOUNS) && !(has(words, VAGUE_IT) && has(words, VAGUE_IT_VERBS))) return false;
  return VAGUE.test(text);
}

/** Named sources in a sentence (English wording), links and citations (any language). */
export function findAttributions(text: string, links: SnapshotLink[], pageHost: string | null, english: boolean, urls?: ParsedUrls): Attribution[] {
  const out: Attribution[] = [];
  for (const link of links) {
    const host = hostOf(link.href, urls);
    if (!host) continue;
    const internal = pageHost !== null && sameSite(host, pageHost);
    // An internal link is a source only when its text says it is one ("our 2024 survey", "the full data").
    if (internal && !/\b(?:study|survey|report|data|dataset|research|analysis|source|paper|methodology)\b/i.test(link.text)) continue;
    out.push({ kind: 'link', source: host });
  }
  // Every citation form opens with a bracket: most sentences have none, and skip the pattern.
  if (text.includes('(') || text.includes('[')) {
    CITATION.lastIndex = 0;
    for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
      if (!/citation needed/i.test(m[0])) out.push({ kind: 'citation', source: m[0] });
    }
  }
  const words = wordsOf(text);
  if (!english || !has(words, SOURCE_WORDS) || !GATE.test(text)) return dedupe(out);

  const according = has(words, ACCORDING_WORD) ? ACCORDING_TO.exec(text) : null;
  const accordingName = according && !VAGUE.test(according[0]) ? namedSource(according[1]) ?? nounBy(according[1]) : null;
  if (accordingName) out.push({ kind: 'named', source: accordingName });
  const nb = has(words, REPORT_NOUN_WORDS) && has(words, BY_WORDS) ? NOUN_BY.exec(text) : null;
  const nbName = nb ? namedSource(nb[1]) : null;
  if (nbName) out.push({ kind: 'named', source: nbName });
  const pos = has(words, REPORT_NOUN_WORDS) && (text.includes("'") || text.includes('’')) ? POSSESSIVE.exec(text) : null;
  if (pos?.[1]) {
    const name = namedSource(pos[1]);
    if (name) out.push({ kind: 'named', source: name });
  }
  SUBJECT_VERB.lastIndex = 0;
  for (let m = has(words, FINDING_WORDS) ? SUBJECT_VERB.exec(text) : null; m; m = SUBJECT_VERB.exec(text)) {
    const name = namedSource(m[1]);
    // A bare single word opening the sentence ("Google said") is fine; "This shows" is filtered by NOT_NAMES.
    if (name && !/^(?:We|I|You|They|He|She|It|This|That)$/.test(name)) out.push({ kind: 'named', source: name });
  }
  const pub = has(words, PUBLISHED_WORDS) && has(words, IN_WORD) ? PUBLISHED_IN.exec(text) : null;
  if (pub?.[1]) {
    const name = namedSource(pub[1]);
    if (name) out.push({ kind: 'named', source: name });
  }
  return dedupe(out);
}

/** The name that opens a candidate source (a leading article allowed), or null: "the author" and "we" are no source. */
function namedSource(candidate: string | undefined): string | null {
  if (!candidate) return null;
  const c = candidate.trim();
  if (SELF.test(c)) return null;
  const names = findNames(` ${c}`);
  const first = names[0];
  // The name must open the candidate (allowing a leading article), not appear somewhere later in the clause.
  if (!first || first.start > 5) return null;
  return first.text;
}

/** "according to a 2023 survey by Gartner" -> "Gartner". */
function nounBy(rest: string | undefined): string | null {
  if (!rest) return null;
  const m = NOUN_BY.exec(rest);
  if (!m?.[1]) return null;
  const names = findNames(` ${m[1]}`);
  return names[0] && names[0].start <= 5 ? names[0].text : null;
}

/** A sentence that continues the previous one's source ("The same survey found …"). */
const REFERS_BACK = new RegExp(String.raw`\b(?:the same|this|that|the|their|its)\s+(?:\d{4}\s+)?${REPORT_NOUN}\b|^(?:It|They)\s+(?:also\s+)?${FINDING_VERB}\b`, 'i');

export function refersBack(text: string): boolean {
  return REFERS_BACK.test(text);
}

export function hostOf(href: string, urls?: ParsedUrls): string | null {
  const u = parsedUrl(href, urls);
  return u && /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '').toLowerCase() : null;
}

/** Same registrable-ish site: equal hosts, or one a subdomain of the other. */
export function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function dedupe(list: Attribution[]): Attribution[] {
  // Most sentences name no source, or one: nothing to drop (and no set to build for each).
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${a.kind}:${a.source.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
