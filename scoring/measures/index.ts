/**
 * Computes the shared measures of a snapshot once: sentences (Intl.Segmenter), words, figures, sources,
 * first-person accounts and quotations. Signals only read these.
 */
import type { Snapshot, SnapshotSection } from '../snapshot';
import { findAttributions, hostOf, isVague, refersBack } from './attribution';
import { findFigures, STAT_KINDS } from './figures';
import { firstPersonKind } from './first-person';
import { decideLanguage, type LanguageDecision } from './language';
import { findQuotations } from './quotations';
import type { PageMeasures, SectionMeasures, Sentence } from './types';

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
/** Scripts written without spaces between words: there only a dictionary-based segmenter can count words. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export interface MeasureContext {
  lang: LanguageDecision;
  english: boolean;
  host: string | null;
  sentenceSegmenter: Intl.Segmenter;
}

/** Counts words with a regular expression (Intl.Segmenter's word mode is ~60× slower on Latin text; see README). */
export function countWords(text: string, segmenterLang?: string | null): number {
  if (NO_SPACES.test(text)) {
    let n = 0;
    for (const s of new Intl.Segmenter(segmenterLang ?? undefined, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
    return n;
  }
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export function pageContext(snapshot: Snapshot): MeasureContext {
  const sample = snapshot.sections
    .flatMap((s) => s.blocks.filter((b) => b.kind !== 'pre' && b.kind !== 'table').map((b) => b.text))
    .join(' ')
    .slice(0, 4000);
  const lang = decideLanguage(snapshot.declaredLang, sample);
  const english = lang.lang === 'en' || (lang.lang === null && /\b(?:the|and|of|to)\b/.test(sample));
  return {
    lang,
    english,
    host: snapshot.url ? hostOf(snapshot.url) : null,
    sentenceSegmenter: new Intl.Segmenter(lang.lang ?? 'en', { granularity: 'sentence' }),
  };
}

export function measureSection(section: SnapshotSection, index: number, ctx: MeasureContext): SectionMeasures {
  const sentences: Sentence[] = [];
  let words = 0;
  let steps = 0;
  let codeBlocks = 0;
  section.blocks.forEach((block, b) => {
    words += countWords(block.text, ctx.lang.lang);
    if (block.kind === 'pre') {
      codeBlocks++;
      return;
    }
    if (block.kind === 'li' && block.ordered) steps++;
    if (block.kind === 'table') return;
    let previous: Sentence | null = null;
    for (const seg of ctx.sentenceSegmenter.segment(block.text)) {
      const raw = seg.segment;
      const text = raw.trim();
      if (!text) continue;
      const start = seg.index + (raw.length - raw.trimStart().length);
      const end = start + text.length;
      const links = block.links.filter((l) => l.start < end && l.end > start);
      const figures = findFigures(text);
      let attributions = findAttributions(text, links, ctx.host, ctx.english);
      if (attributions.length === 0 && previous && previous.attributions.length > 0 && ctx.english && refersBack(text)) {
        attributions = [{ kind: 'previous', source: previous.attributions[0]!.source }];
      }
      const sentence: Sentence = {
        text,
        block: b,
        start,
        end,
        words: countWords(text, ctx.lang.lang),
        figures,
        stats: figures.filter((f) => STAT_KINDS.has(f.kind)),
        attributions,
        vague: ctx.english && isVague(text),
        links,
        firstPerson: ctx.english && firstPersonKind(text) !== null,
      };
      sentences.push(sentence);
      previous = sentence;
    }
  });
  if (section.heading && /^(?:step\s*\d+|\d+[.)]\s)/i.test(section.heading)) steps++;
  return {
    index,
    heading: section.heading,
    level: section.level,
    blocks: section.blocks,
    words,
    sentences,
    quotations: ctx.english ? findQuotations(section.blocks) : [],
    steps,
    codeBlocks,
    key: sectionKey(section, ctx),
  };
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
export function sectionKey(section: SnapshotSection, ctx: Pick<MeasureContext, 'english' | 'host'>): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  };
  feed(`${ctx.english}|${ctx.host ?? ''}|${section.level}|${section.heading ?? ''}`);
  for (const b of section.blocks) {
    feed(`${b.kind}|${b.ordered ? 1 : 0}|${b.cite ?? ''}|${b.text}`);
    for (const l of b.links) feed(`${l.href}|${l.start}|${l.end}`);
  }
  return (h >>> 0).toString(36) + ':' + section.blocks.length;
}
