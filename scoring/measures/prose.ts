/**
 * Which blocks are read as prose. Tables and code are not: their words count toward the section's length, but no
 * sentence, quotation or coinage is read in them. A preformatted block is code unless it reads as prose — a plain-text
 * document set in <pre>, as an IETF draft or a mailing-list post is published: mostly plain words, and sentences that
 * end and begin again. A wire example or a listing inside such a document stays code.
 */
import type { SnapshotBlock } from '../snapshot';

/** How much of a preformatted block is looked at: a plain-text document shows what it is within its first page. */
const SAMPLE = 3000;
const MIN_TOKENS = 40;
/** Share of whitespace-separated tokens that are plain words: 0.76–0.89 on an IETF draft's prose, 0.2–0.6 on code, commands and wire examples. */
const MIN_PLAIN = 0.6;
/** Sentence ends followed by a new sentence ("… folder. The server …") in the sample. */
const MIN_ENDS = 3;

/** A plain word, perhaps capitalized, with its quotes, brackets and punctuation: "example,", "(the", "folder's". */
const PLAIN_WORD = /^[("'“‘]?\p{L}[\p{Ll}\p{M}'’-]*[)"'”’]?[.,;:!?]?[)"'”’]?$/u;
const SENTENCE_END = /\p{Ll}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu;

export function isProsePre(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const tokens = sample.split(/\s+/).filter(Boolean);
  if (tokens.length < MIN_TOKENS) return false;
  let plain = 0;
  for (const t of tokens) if (PLAIN_WORD.test(t)) plain++;
  if (plain / tokens.length < MIN_PLAIN) return false;
  return (sample.match(SENTENCE_END)?.length ?? 0) >= MIN_ENDS;
}

/** A preformatted block's answer, per block: the page context, the sections, quotations and coinages all ask. */
const preAnswers = new WeakMap<object, boolean>();

/** Whether the block's sentences are read: every block but tables and code. */
export function readsAsProse(block: Pick<SnapshotBlock, 'kind' | 'text'>): boolean {
  if (block.kind === 'table') return false;
  if (block.kind !== 'pre') return true;
  let prose = preAnswers.get(block);
  if (prose === undefined) preAnswers.set(block, (prose = isProsePre(block.text)));
  return prose;
}
