/**
 * Proper names (people, organisations, publications) found with capitalization rules and a stop-list. The signals
 * only ask "is a named source or speaker written here?"; see README ("NLP library") for how this compares with
 * compromise on real pages.
 */

/** Capitalized words that start sentences or clauses and are not names. */
const NOT_NAMES = new Set(
  (
    'A An The This That These Those It Its In On At For From By With As If When While Since After Before But And Or So ' +
    'Yet Also However Moreover Meanwhile Still Then There Here What Which Who Whom Whose Why How Where We I You He She ' +
    'They Our My Your His Her Their One Some Many Most More Few Each Every All Any Both Such No Not Now Today Yesterday ' +
    'Research Studies Study Experts Scientists Data Statistics Survey Surveys Report Reports Analysis Source Sources ' +
    'According Figure Table Chart Step Tip Note Update Image Photo Credit Read See Click Learn Sign Subscribe Share ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Mr Mrs Ms Dr Prof'
  ).split(' '),
);

const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof']);

/** Small words allowed inside organisation names ("Bureau of Labor Statistics", "University of the Arts"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'van', 'von', 'da', 'del', 'la', 'le', 'du', 'on']);

/**
 * The tokens findNames reads, /[\p{Lu}][\p{L}\p{M}'’.\-]*|[\p{Ll}&]+|\S+/gu, by a scan: a capitalized word, a run of
 * small letters (and "&"), or any other run of non-spaces. ASCII is decided by character code; other characters by
 * the same classes as sticky patterns.
 */
const CAPITALIZED = 1;
const SMALL = 2;
const OTHER = 3;
const LU = /\p{Lu}/uy;
const LL_AMP = /[\p{Ll}&]/uy;
const L_M = /[\p{L}\p{M}'’.\-]/uy;
const SPACE_AT = /\s/uy;
const CONNECTOR_LIST = [...CONNECTORS];
const CONNECTOR_LENGTH = Math.max(...CONNECTOR_LIST.map((c) => c.length));

/**
 * Is text[start, end) one of CONNECTORS, as `CONNECTORS.has(token.toLowerCase())` says of a token that is not
 * capitalized? Such a token opens with no capital, and none that does not lower-cases to "a"–"z" or "&", so its
 * letters are compared as written, in place (no string per small word of a name's run).
 */
function isConnector(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > CONNECTOR_LENGTH) return false;
  for (const c of CONNECTOR_LIST) if (c.length === len && text.startsWith(c, start)) return true;
  return false;
}

/** Where the token tokenAt read last ends. */
let tokenEnd = 0;

function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function isSpaceAt(text: string, at: number): boolean {
  return matchesAt(SPACE_AT, text, at);
}

/** The width (1 or 2 code units) of the code point at `at`. */
function width(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Reads the token at `at` (not a space): returns its branch and sets tokenEnd. */
function tokenAt(text: string, at: number): number {
  const n = text.length;
  const c = text.charCodeAt(at);
  if (c < 128 ? c >= 65 && c <= 90 : matchesAt(LU, text, at)) {
    let i = at + width(text, at);
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128 ? (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 39 || d === 46 || d === 45 : matchesAt(L_M, text, i)) i += d < 128 ? 1 : width(text, i);
      else break;
    }
    tokenEnd = i;
    return CAPITALIZED;
  }
  if (c < 128 ? (c >= 97 && c <= 122) || c === 38 : matchesAt(LL_AMP, text, at)) {
    let i = at + width(text, at);
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128 ? (d >= 97 && d <= 122) || d === 38 : matchesAt(LL_AMP, text, i)) i += d < 128 ? 1 : width(text, i);
      else break;
    }
    tokenEnd = i;
    return SMALL;
  }
  let i = at + width(text, at);
  while (i < n) {
    const d = text.charCodeAt(i);
    if (d < 128 ? !(d === 32 || (d >= 9 && d <= 13)) : !isSpaceAt(text, i)) i += d < 128 ? 1 : width(text, i);
    else break;
  }
  tokenEnd = i;
  return OTHER;
}

const SPACE = /\s/;

/**
 * Does `text` up to `end` close a sentence or a clause: a full stop, "!", "?" or ":", then any spaces, then at most
 * one opening quote? (What `/[.!?:]\s*["“']?$/` says of the prefix, read backwards from its end instead of searched
 * for from its start: the regex made each test cost the length of the prefix.)
 */
export function afterSentenceEnd(text: string, end: number): boolean {
  let i = end - 1;
  const q = text[i];
  if (q === '"' || q === '“' || q === "'") i--;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  const p = text[i];
  return p === '.' || p === '!' || p === '?' || p === ':';
}

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** Number of capitalized tokens in the span. */
  tokens: number;
  /** True when the span is an acronym such as CDC, OECD, NASA. */
  acronym: boolean;
}

/**
 * Spans of capitalized words that can be names. A single capitalized word counts only when it is not at the start
 * of the text and not a stop word; acronyms of 2–6 capitals count anywhere.
 */
export function findNames(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  // The run of capitalized words being read (curStart < 0: none), and its first word (without trailing punctuation).
  // Plain variables, not an object and a closure per call: this runs on every sentence.
  let curStart = -1;
  let curEnd = 0;
  let curTokens = 0;
  let curFirst = '';
  /** Small words met since the run's last capitalized word ("of", "the"): at most two may join the next one. */
  let pendingConnectors = 0;
  /** Where a title ("Mr.", "Dr.") that may open a name started: "Mr. Clinton" is a person's name. */
  let titleStart: number | null = null;
  // The tokens, read by a scan (tokenAt) rather than a pattern: no match object, and no string for a small word
  // that cannot be a connector.
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpaceAt(text, at))) {
      at += 1;
      continue;
    }
    const index = at;
    const kind = tokenAt(text, at);
    at = tokenEnd;
    // The first branch takes every token that opens with a capital, so a capital first letter says it all.
    if (kind === CAPITALIZED) {
      // What word.replace(/[.,;:!?'’]+$/, '') leaves: this branch's tokens hold none of ",;:!?".
      let bareEnd = at;
      for (let q = text.charCodeAt(bareEnd - 1); q === 46 || q === 39 || q === 0x2019; q = text.charCodeAt(bareEnd - 1)) bareEnd--;
      const bare = text.slice(index, bareEnd);
      // A stop word at the start of a run is skipped rather than merged ("The Pew Research Center" -> name
      // "Pew Research Center"); a title is remembered, as it opens a person's name.
      if (curStart < 0 && NOT_NAMES.has(bare)) {
        titleStart = TITLES.has(bare) ? index : null;
        continue;
      }
      pendingConnectors = 0;
      if (curStart < 0) {
        if (titleStart !== null) {
          curStart = titleStart;
          curTokens = 1;
          curFirst = 'Title';
        } else {
          curStart = index;
          curTokens = 0;
          curFirst = bare;
        }
        titleStart = null;
      }
      curEnd = bareEnd;
      curTokens++;
      // Punctuation after a word ends the name ("Smith, who …").
      if (bareEnd !== at && text.charCodeAt(at - 1) !== 46) {
        pushName(spans, text, curStart, curEnd, curTokens, curFirst);
        curStart = -1;
        pendingConnectors = 0;
      }
    } else if (curStart >= 0 && pendingConnectors < 2 && at - index <= CONNECTOR_LENGTH && isConnector(text, index, at)) {
      pendingConnectors++;
    } else {
      titleStart = null;
      if (curStart >= 0) pushName(spans, text, curStart, curEnd, curTokens, curFirst);
      curStart = -1;
      pendingConnectors = 0;
    }
  }
  if (curStart >= 0) pushName(spans, text, curStart, curEnd, curTokens, curFirst);
  return spans;
}

/**
 * Ends a run of capitalized words: kept as a name when it is an acronym, or more than one word, or a single word
 * that neither opens the text (or a sentence in it) nor is a stop word.
 */
function pushName(spans: NameSpan[], text: string, start: number, end: number, tokens: number, first: string): void {
  const span = text.slice(start, end);
  const acronym = tokens === 1 && /^[A-Z]{2,6}s?$/.test(span);
  const atStart = start === 0 || afterSentenceEnd(text, start);
  const single = tokens === 1;
  if (acronym || !single || (!atStart && !NOT_NAMES.has(first.replace(/[.'’]+$/, '')))) {
    spans.push({ text: span.replace(/[.,]+$/, ''), start, end, tokens, acronym });
  }
}

/** True when the span reads like a person's name: two or three capitalized words, not an organisation. */
export function looksLikePerson(span: NameSpan): boolean {
  return span.tokens >= 2 && span.tokens <= 4 && !/\b(?:of|for|Inc|Ltd|LLC|Group|University|Institute|Center|Centre|Association|Bureau|Department|Agency|Council|Foundation|Company|Corporation|Times|Post|News|Journal|Review)\b/.test(span.text);
}
