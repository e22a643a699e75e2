/**
 * Computes the shared measures of a snapshot once: sentences (Intl.Segmenter), words, figures, sources,
 * first-person accounts and quotations. Signals only read these.
 */
import type { Snapshot, SnapshotSection } from '../snapshot';
import { findAttributions, hostOf, isVague, refersBack } from './attribution';
import { findFigures, STAT_KINDS } from './figures';
import { firstPersonKind } from './first-person';
import { decideLanguage, type LanguageDecision } from './language';
import { isStoryDialogue } from './story';
import { readsAsProse } from './prose';
import { findQuotations } from './quotations';
import { specificsOf } from './specifics';
import type { PageMeasures, SectionMeasures, Sentence } from './types';
import { hasher } from '../hash';
import { keywordsOf } from './keywords';
import { cueLang, sentenceCues, type CueLang } from './cues';
import { coinedFor, pageCoinages } from './coined';
import { rootRules, sentenceStarts } from './sentence-breaks';
import { countWords, isSpace, wordsOf } from './words';
import type { ParsedUrls } from './urls';

/** Languages written without spaces between words: there only a dictionary-based segmenter can count words. */
const NO_SPACES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

export interface MeasureContext {
  lang: LanguageDecision;
  english: boolean;
  /** Content words of the page title: the keywords a stuffed page repeats. */
  keywords: string[];
  /** A word segmenter for languages written without spaces; null where counting runs of letters is right. */
  wordSegmenter: Intl.Segmenter | null;
  host: string | null;
  sentenceSegmenter: Intl.Segmenter;
  /** The lexicon the reader's cues use (English or German), or null for other languages. */
  cueLang: CueLang | null;
  /** The names the page coins for its own methods (./coined.ts; English only). */
  coined: string[];
  /** The link addresses parsed so far in this analysis (./urls.ts): the sentences' sources and the citations share them. */
  urls: ParsedUrls;
}

export { countWords } from './words';

/** The empty list sentences share (frozen: a measure that wrote to it would throw, not leak into other sentences). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Segmenters are costly to construct and stateless to use: one per language for the life of the module. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity });
    } catch {
      s = new Intl.Segmenter('en', { granularity });
    }
    segmenters.set(key, s);
  }
  return s;
}

/**
 * ICU's sentence breaks (Intl.Segmenter) split after every abbreviation point: "said Mr. | Reeves", "Jan. | 5". V8
 * ignores ICU's abbreviation suppressions (the `ss` locale key), so English segments are re-joined here: after a
 * title always, after other abbreviations when the next segment does not start a sentence.
 */
const TITLE_ABBR = new Set('Mr Mrs Ms Mx Dr Prof Sr Jr St Gen Gov Sen Rep Lt Col Capt Sgt Rev Hon Pres Supt Det Insp Gens Adm Cmdr Maj Fr'.split(' '));
const OTHER_ABBR = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vs etc e.g i.e inc ltd co corp bros u.s u.k u.n a.m p.m approx est fig ca'.split(' '));

/** Words that open a new sentence far more often than they follow an initial ("We chose plan B. It worked."). */
const SENTENCE_START = /^\s*(?:It|Its|The|This|That|These|Those|There|Then|They|Their|We|Our|I|He|His|She|Her|You|Your|A|An|In|On|At|But|And|So|If|When|While|After|Before|As|For|With|To|What|How|Why|No|Yes|Not|All|Some|Many|One)\s/;

const FOOTNOTE_START = /^\[?\d{1,3}\](?:\[\d{1,3}\])*\s*/;

const TRAILING_SPACE = /\s/;

/**
 * The word before a segment's final full stop, or null when it does not end with one. Only the last 80 characters
 * are read: the answer is only looked up among short abbreviations, and reading the whole segment each time made
 * a paragraph of joined abbreviations ("Jan. 5 Jan. 5 …") quadratic.
 */
function abbreviationAtEnd(segment: string): string | null {
  let end = segment.length;
  while (end > 0 && TRAILING_SPACE.test(segment[end - 1]!)) end--;
  if (segment[end - 1] !== '.') return null;
  const t = segment.slice(Math.max(0, end - 80), end);
  const space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('('), t.lastIndexOf('“'));
  return t.slice(space + 1, -1);
}

export function sentencesOf(text: string, segmenter: Intl.Segmenter, english: boolean): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  // The segments a sentence was joined from, for the few sentences that were (by their place in `out`), joined once at
  // the end: appending to a string and then reading its last characters flattened the whole string every time
  // (quadratic on "Mr. A Mr. A …", one joined sentence).
  const joined = new Map<number, string[]>();
  for (const seg of segmentsOf(text, segmenter)) {
    const last = out.length - 1;
    // A footnote marker after the full stop ("…browsers.[42] As of…") belongs to the sentence it closes.
    const marker = last >= 0 ? FOOTNOTE_START.exec(seg.segment) : null;
    if (marker) {
      joinTo(out, joined, last, marker[0]);
      const rest = seg.segment.slice(marker[0].length);
      if (rest.trim()) out.push({ segment: rest, index: seg.index + marker[0].length });
      continue;
    }
    if (english && last >= 0) {
      const parts = joined.get(last);
      const abbr = abbreviationAtEnd(parts ? tailOf(parts) : out[last]!.segment);
      // An initial ("K. Hupfer", "J. R. R. Tolkien"): one capital letter, then a capitalized name.
      const initial = abbr !== null && /^\p{Lu}$/u.test(abbr) && /^\s*\p{Lu}(?:[\p{Ll}'’-]|\.\s)/u.test(seg.segment) && !SENTENCE_START.test(seg.segment);
      if (abbr && (initial || TITLE_ABBR.has(abbr) || (OTHER_ABBR.has(abbr.toLowerCase()) && /^[\s"“'‘(]*[\p{Ll}\d]/u.test(seg.segment)))) {
        joinTo(out, joined, last, seg.segment);
        continue;
      }
    }
    out.push({ segment: seg.segment, index: seg.index });
  }
  for (const [at, parts] of joined) out[at]!.segment = parts.join('');
  return out;
}

/** Adds `part` to the sentence at `at` of `out` (its parts are kept in `joined` until all are read). */
function joinTo(out: { segment: string }[], joined: Map<number, string[]>, at: number, part: string): void {
  let parts = joined.get(at);
  if (!parts) joined.set(at, (parts = [out[at]!.segment]));
  parts.push(part);
}

/**
 * Above this length a text is segmented a window at a time. V8's sentence iterator costs more per segment the longer
 * the text (measured: "A. " repeated, 10,000 characters 14 ms, 40,000 characters 315 ms), so a long paragraph of
 * short sentences was quadratic. Windowed and whole, the corpus's long paragraphs (up to 21,727 characters) give the
 * same sentences: the same reports on all 660 corpus pages.
 */
const SEGMENT_WINDOW = 4000;

/**
 * The sentence segments of `text` with their offsets. A long text is read a window at a time: each window's
 * segments but its last are kept (the last may have been cut by the window's end, so the next window starts at it);
 * a window without a break inside is doubled until it has one. An array, not a generator: the caller reads every
 * segment, and resuming a generator per segment cost about a fifth of sentence splitting.
 */
function segmentsOf(text: string, segmenter: Intl.Segmenter): { segment: string; index: number }[] {
  if (text.length <= SEGMENT_WINDOW) return allSegments(text, segmenter);
  const out: { segment: string; index: number }[] = [];
  let from = 0;
  let size = SEGMENT_WINDOW;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const segs = allSegments(text.slice(from, end), segmenter);
    if (end === text.length) {
      for (const s of segs) out.push({ segment: s.segment, index: from + s.index });
      break;
    }
    if (segs.length < 2) {
      size *= 2;
      continue;
    }
    for (let i = 0; i < segs.length - 1; i++) out.push({ segment: segs[i]!.segment, index: from + segs[i]!.index });
    from += segs[segs.length - 1]!.index;
    size = SEGMENT_WINDOW;
  }
  return out;
}

/**
 * Every segment of `text`, in order: what iterating `segmenter.segment(text)` gives. Text in the alphabet of
 * ./sentence-breaks.ts is broken there, in a language whose sentence rules are ICU's root rules; the rest is read with
 * `containing` from each segment's end (measured: V8's segment iterator cost about a quarter more than the
 * segmentation itself).
 */
function allSegments(text: string, segmenter: Intl.Segmenter): { segment: string; index: number }[] {
  const starts = rootRules(segmenter) ? sentenceStarts(text) : null;
  if (starts) {
    const segs: { segment: string; index: number }[] = [];
    let from = 0;
    for (const to of starts) {
      segs.push({ segment: text.slice(from, to), index: from });
      from = to;
    }
    if (from < text.length) segs.push({ segment: text.slice(from), index: from });
    return segs;
  }
  const out: Intl.SegmentData[] = [];
  const segments = segmenter.segment(text);
  for (let i = 0; i < text.length; ) {
    const s = segments.containing(i)!;
    out.push(s);
    i = s.index + Math.max(1, s.segment.length);
  }
  return out;
}

/** Enough of the end of a sentence (more than 80 characters before its trailing spaces) for abbreviationAtEnd. */
function tailOf(parts: string[]): string {
  let tail = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    let end = part.length;
    while (end > 0 && TRAILING_SPACE.test(part[end - 1]!)) end--;
    tail = part.slice(Math.max(0, end - 81)) + tail;
    if (end > 81 || tail.trimEnd().length > 80) break;
  }
  return tail;
}

/** The text the page's language is decided from: its first prose blocks, about 2,500 characters. */
export function languageSample(snapshot: Snapshot): string {
  let sample = '';
  outer: for (const s of snapshot.sections) {
    for (const b of s.blocks) {
      if (!readsAsProse(b)) continue;
      sample += `${b.text} `;
      if (sample.length >= 2500) break outer;
    }
  }
  return sample;
}

export function pageContext(snapshot: Snapshot): MeasureContext {
  const sample = languageSample(snapshot);
  const lang = decideLanguage(snapshot.declaredLang, sample);
  const english = lang.lang === 'en' || (lang.lang === null && /\b(?:the|and|of|to)\b/.test(sample));
  return {
    lang,
    english,
    keywords: keywordsOf(snapshot.title),
    wordSegmenter: lang.lang && NO_SPACES.has(lang.lang) ? segmenter(lang.lang, 'word') : null,
    host: snapshot.url ? hostOf(snapshot.url) : null,
    sentenceSegmenter: segmenter(lang.lang ?? 'en', 'sentence'),
    cueLang: cueLang(lang.lang, english),
    coined: english ? pageCoinages(snapshot) : [],
    urls: new Map(),
  };
}

export function measureSection(section: SnapshotSection, index: number, ctx: MeasureContext, key = sectionKey(section, ctx)): SectionMeasures {
  const sentences: Sentence[] = [];
  let words = 0;
  let steps = 0;
  let codeBlocks = 0;
  section.blocks.forEach((block, b) => {
    if (!readsAsProse(block)) {
      words += countWords(block.text, ctx.wordSegmenter);
      if (block.kind === 'pre') codeBlocks++;
      return;
    }
    if (block.kind === 'li' && block.ordered) steps++;
    let previous: Sentence | null = null;
    for (const seg of sentencesOf(block.text, ctx.sentenceSegmenter, ctx.english)) {
      const raw = seg.segment;
      const text = raw.trim();
      if (!text) continue;
      // What trimStart would cut (the same white space as trim), counted: no second copy of the sentence.
      let lead = 0;
      while (isSpace(raw.charCodeAt(lead))) lead++;
      const start = seg.index + lead;
      const end = start + text.length;
      // Most blocks have no link and most sentences no figure: those share one empty list (nothing adds to them).
      const links = block.links.length === 0 ? NONE : block.links.filter((l) => l.start < end && l.end > start);
      // The sentence's words, read once: the measures below ask for them again (./words.ts keeps the last text's), and
      // the sentence keeps them for the signals and suggestions that read it later.
      const reading = wordsOf(text);
      const figures = findFigures(text);
      let attributions = findAttributions(text, links, ctx.host, ctx.english, ctx.urls);
      if (attributions.length === 0 && previous && previous.attributions.length > 0 && ctx.english && refersBack(text)) {
        attributions = [{ kind: 'previous', source: previous.attributions[0]!.source }];
      }
      const sentenceWords = countWords(text, ctx.wordSegmenter);
      words += sentenceWords;
      const sentence: Sentence = {
        text,
        reading,
        block: b,
        start,
        end,
        words: sentenceWords,
        figures,
        stats: figures.length === 0 ? NONE : figures.filter((f) => STAT_KINDS.has(f.kind)),
        attributions,
        vague: ctx.english && isVague(text),
        links,
        firstPerson: ctx.english ? firstPersonKind(text) : null,
        specifics: ctx.english ? specificsOf(text, figures) : { date: false, names: 0, numbers: 0, version: false, wordNames: 0, narrative: false, kinds: 0 },
        cues: ctx.cueLang ? sentenceCues(text, ctx.cueLang) : 0,
      };
      sentences.push(sentence);
      previous = sentence;
    }
  });
  if (section.heading && /^(?:step\s*\d+|\d+[.)]\s)/i.test(section.heading)) steps++;
  const measured: SectionMeasures = {
    index,
    heading: section.heading,
    level: section.level,
    blocks: section.blocks,
    words,
    sentences,
    quotations: ctx.cueLang ? findQuotations(section.blocks, ctx.cueLang, section.heading) : [],
    story: false,
    steps,
    codeBlocks,
    key,
  };
  measured.story = isStoryDialogue(measured);
  return measured;
}

/**
 * The measures of `section`, which differs from the section `before` was measured from in the text of block `block`
 * only (the page plan's projections add one sentence there): that block is measured again and spliced in. Sentences
 * and quotations are measured block by block (a sentence reads back only to the one before it in its block), so this
 * is what measureSection would return, at the cost of one block.
 */
export function remeasureBlock(before: SectionMeasures, section: SnapshotSection, block: number, ctx: MeasureContext): SectionMeasures {
  const changed = section.blocks[block];
  const old = before.blocks[block];
  if (!changed || !old || changed.kind !== old.kind || changed.kind === 'pre' || changed.kind === 'table' || section.blocks.length !== before.blocks.length) {
    return measureSection(section, before.index, ctx, '');
  }
  const one = measureSection({ ...section, heading: null, blocks: [changed] }, before.index, ctx, '');
  const at = (b: number) => (b === block ? 0 : b < block ? -1 : 1);
  const sentences = [...before.sentences.filter((s) => at(s.block) < 0), ...one.sentences.map((s) => ({ ...s, block })), ...before.sentences.filter((s) => at(s.block) > 0)];
  const quotations = [...before.quotations.filter((q) => at(q.block) < 0), ...one.quotations.map((q) => ({ ...q, block })), ...before.quotations.filter((q) => at(q.block) > 0)];
  const oldWords = before.sentences.reduce((n, s) => n + (s.block === block ? s.words : 0), 0);
  const spliced = { ...before, blocks: section.blocks, words: before.words - oldWords + one.words, sentences, quotations, key: '' };
  spliced.story = isStoryDialogue(spliced);
  return spliced;
}

export function measurePage(snapshot: Snapshot, ctx = pageContext(snapshot)): PageMeasures {
  const sections = snapshot.sections.map((s, i) => measureSection(s, i, ctx));
  return {
    snapshot,
    lang: ctx.lang.lang,
    english: ctx.english,
    host: ctx.host,
    words: sections.reduce((n, s) => n + s.words, 0),
    sections,
  };
}

/** A content key (FNV-1a over heading, level, block texts and links, and the page context that judging reads). */
export function sectionKey(section: SnapshotSection, ctx: Pick<MeasureContext, 'english' | 'host' | 'cueLang' | 'coined'>): string {
  const h = hasher().feed(`${ctx.english}|${ctx.cueLang}|${ctx.host ?? ''}|${coinedFor(section, ctx.coined).join('|')}|${section.level}|${section.heading ?? ''}`);
  for (const b of section.blocks) {
    h.feed(`${b.kind}|${b.ordered ? 1 : 0}|${b.cite ?? ''}|${b.text}`);
    for (const l of b.links) h.feed(`${l.href}|${l.start}|${l.end}`);
  }
  return `${h.digest()}:${section.blocks.length}`;
}
