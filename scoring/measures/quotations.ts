/**
 * Direct quotations and who they are attributed to. A quotation counts when it is long enough to be a statement
 * (scare quotes around a term are not) and a named person or organisation is said to have said or written it,
 * in the same paragraph.
 */
import type { SnapshotBlock } from '../snapshot';
import type { Quotation } from './types';
import { findNames, looksLikePerson, type NameSpan } from './names';

/** Fewer words than this is a term in quotes, not a statement. */
const MIN_QUOTE_WORDS = 6;
const PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['„', '”'], ['‘', '’']];
const SPEECH = /\b(?:said|says|told|tells|explained|explains|added|adds|noted|notes|wrote|writes|recalled|recalls|argued|argues|insisted|insists|warned|warns|commented|stated|states|tweeted|posted|asked|answered|replied|continued|concluded|admitted|acknowledged|observed|emphasi[sz]ed|stressed|according to|put it|puts it|in a statement|in an interview|in an email|in a blog post)\b/i;
const PRONOUN_SPEECH = /\b(?:he|she|they)\s+(?:said|says|told|added|explained|noted|wrote)\b|\b(?:said|says|added|explained|noted|wrote)\s+(?:he|she|they)\b/i;
const ROLE = /\b(?:spokesperson|spokesman|spokeswoman|representative|CEO|founder|director|professor|researcher|economist|analyst|scientist|president|chair|head|lead|manager|editor|author|expert)\b/i;
/** How far around a quotation to look for its attribution (characters). */
const WINDOW = 120;

export function findQuotations(blocks: SnapshotBlock[]): Quotation[] {
  const out: Quotation[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'pre' || block.kind === 'table') return;
    if (block.kind === 'blockquote') {
      const speaker = blockquoteSpeaker(block);
      if (wordCount(block.text) >= MIN_QUOTE_WORDS) {
        out.push({ text: block.text, block: b, start: 0, end: block.text.length, speaker });
      }
      return;
    }
    for (const q of quotedSpans(block.text)) {
      if (wordCount(q.text) < MIN_QUOTE_WORDS) continue;
      // The target is the quoted words themselves, inside the quotation marks.
      const inner = block.text.indexOf(q.text, q.start);
      const start = inner >= 0 ? inner : q.start;
      out.push({ text: q.text, start, end: start + q.text.length, block: b, speaker: speakerAround(block.text, q.start, q.end) });
    }
  });
  return out;
}

function quotedSpans(text: string): { text: string; start: number; end: number }[] {
  const spans: { text: string; start: number; end: number }[] = [];
  // The characters earlier spans cover: a new span is tested against these (its length), not against every earlier
  // span (their number: quadratic on a paragraph of thousands of quotation marks).
  const covered = new Uint8Array(text.length + 1);
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      // ‘…’ doubles as the apostrophe: only take it when it opens after a space and closes before one.
      if (open === '‘' && !(s === 0 || /\s/.test(text[s - 1] ?? ''))) {
        from = s + 1;
        continue;
      }
      const inner = text.slice(s + 1, e).trim();
      if (!covers(covered, s, e)) {
        spans.push({ text: inner, start: s, end: e + 1 });
        covered.fill(1, s, e + 1);
      }
      from = e + 1;
    }
  }
  return spans;
}

/** Whether any character in [from, to) is covered. */
function covers(covered: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered[i]) return true;
  return false;
}

/** "Mr. Reeves", "Dr. Ortiz": a title makes a single surname a person's name. */
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Gov|Rep|Gen|President|Judge|Justice|Senator|Governor|Minister|Chancellor|Mayor)\.?\s+([\p{Lu}][\p{L}'’\-]+)/u;

/**
 * A name right next to a speech verb: "…,” Kaplan says", "…,” said Ana Ruiz", "Emery tweeted, “…”", "de Miranda
 * writes", "Kaplan, a collector of games, says". Found by reading the disagreements with compromise in
 * bench/nlp.ts: single-surname attributions were the regular expressions' main miss.
 */
const VERB = String.raw`(?:said|says|writes|wrote|tweeted|added|adds|told|tells|explains|explained|notes|noted|argues|argued|recalls|recalled|asked|continued|insisted|warned|stated|states|replied|answered)`;
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|(?:de|van|von|da|del|le|la)\s+)?[\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){0,2})`;
const AFTER_VERB_NAME = new RegExp(String.raw`^[\s,.;:!?”"’]*${VERB}\s+${NAME}`, 'u');
const AFTER_NAME_VERB = new RegExp(String.raw`^[\s,.;:!?”"’]*${NAME}(?:,[^,“”"]{1,80},)?\s+(?:also\s+|then\s+)?${VERB}\b`, 'u');
const BEFORE_NAME_VERB = new RegExp(String.raw`${NAME}(?:,[^,“”"]{1,80},)?\s+${VERB}(?:\s+\w+){0,3}\s*[:,]?\s*$`, 'u');
const PRONOUNS = /^(?:He|She|They|It|We|I|You|This|That|These|Those|There|The|A|An|His|Her|Their|Its|One|Some|Many|Officials|Analysts|Experts|Critics|Researchers|Sources)$/;

function adjacentSpeaker(before: string, after: string): string | null {
  for (const m of [AFTER_VERB_NAME.exec(after), AFTER_NAME_VERB.exec(after), BEFORE_NAME_VERB.exec(before)]) {
    const name = m?.[1]?.trim();
    if (name && !PRONOUNS.test(name.split(/\s+/)[0]!)) return name;
  }
  return null;
}

function speakerAround(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  const adjacent = adjacentSpeaker(before, after);
  if (adjacent) return adjacent;
  for (const side of [after, before]) {
    if (!SPEECH.test(side)) continue;
    const titled = HONORIFIC.exec(side);
    if (titled) return titled[0];
    const name = bestName(findNames(side), side);
    if (name) return name;
  }
  // "…," he said — the name was given earlier in the paragraph.
  if (PRONOUN_SPEECH.test(after) || PRONOUN_SPEECH.test(before)) {
    const earlier = findNames(text.slice(0, start)).filter(looksLikePerson);
    const last = earlier[earlier.length - 1];
    if (last) return last.text;
  }
  return null;
}

function bestName(names: NameSpan[], context: string): string | null {
  const person = names.find(looksLikePerson);
  if (person) return person.text;
  // An organisation speaking ("a spokesperson for Acme", "the CDC said").
  const org = names.find((n) => n.tokens >= 2 || n.acronym || ROLE.test(context));
  return org ? org.text : null;
}

function blockquoteSpeaker(block: SnapshotBlock): string | null {
  if (block.cite && !/^https?:/i.test(block.cite)) {
    const name = findNames(` ${block.cite}`)[0];
    if (name) return name.text;
  }
  // A trailing attribution line: "— Jane Doe, CEO of Acme".
  const tail = /[—–―-]\s*([^—–―]{3,80})$/.exec(block.text);
  if (tail?.[1]) {
    const name = findNames(` ${tail[1]}`)[0];
    if (name) return name.text;
  }
  return speakerAround(block.text, 0, block.text.length);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
