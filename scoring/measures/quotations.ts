/**
 * Direct quotations and who they are attributed to. A quotation counts when it is long enough to be a statement
 * (scare quotes around a term are not) and a named person or organisation is said to have said or written it,
 * in the same paragraph. English and German: „…“, sagte Stefan Marx; Marx ergänzt: „…“; „…“, schrieb die NASA.
 */
import type { SnapshotBlock } from '../snapshot';
import type { Quotation } from './types';
import { readsAsProse } from './prose';
import { speaksAsSelf } from './cues';
import { findNames, looksLikePerson, type NameSpan } from './names';
import { anyMarked, marks } from './marks';

/** Fewer words than this is a term in quotes, not a statement. */
const MIN_QUOTE_WORDS = 6;
/** German „…“ first: its closing “ is English's opening one, and read the other way round it pairs across quotations. */
const PAIRS: [string, string][] = [['„', '“'], ['„', '”'], ['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’']];
const SPEECH = /\b(?:said|says|told|tells|explained|explains|added|adds|noted|notes|wrote|writes|recalled|recalls|argued|argues|insisted|insists|warned|warns|commented|stated|states|tweeted|posted|asked|answered|replied|continued|concluded|admitted|acknowledged|observed|emphasi[sz]ed|stressed|according to|put it|puts it|in a statement|in an interview|in an email|in a blog post)\b/i;
const PRONOUN_SPEECH = /\b(?:he|she|they)\s+(?:said|says|told|added|explained|noted|wrote)\b|\b(?:said|says|added|explained|noted|wrote)\s+(?:he|she|they)\b/i;
const ROLE = /\b(?:spokesperson|spokesman|spokeswoman|representative|CEO|founder|director|professor|researcher|economist|analyst|scientist|president|chair|head|lead|manager|editor|author|expert)\b/i;
/** How far around a quotation to look for its attribution (characters). */
const WINDOW = 120;

export function findQuotations(blocks: SnapshotBlock[], lang: 'en' | 'de' = 'en', heading: string | null = null): Quotation[] {
  const out: Quotation[] = [];
  const speakerOf = lang === 'de' ? germanSpeakerAround : speakerAround;
  const turns = lang === 'de' ? interviewTurns(blocks, heading) : null;
  blocks.forEach((block, b) => {
    if (!readsAsProse(block)) return;
    if (block.kind === 'blockquote') {
      const speaker = lang === 'de' ? germanSpeakerAround(block.text, 0, block.text.length) : blockquoteSpeaker(block);
      if (wordCount(block.text) >= MIN_QUOTE_WORDS) {
        out.push({ text: block.text, block: b, start: 0, end: block.text.length, speaker });
      }
      return;
    }
    const turn = turns?.get(b);
    if (turn) out.push({ ...turn, block: b });
    const spans = quotedSpans(block.text).sort((x, y) => x.start - y.start);
    const long = spans.map((q) => wordCount(q.text) >= MIN_QUOTE_WORDS);
    let previous: string | null = null;
    spans.forEach((q, i) => {
      // A quotation that goes on after its attribution ("„Wir starten mehr als Raketen“, schrieb die NASA. „Kein
      // Abonnement…“") has the speaker of the one just before it: a short one is read for its speaker only then.
      const next = spans[i + 1];
      const continued = next !== undefined && long[i + 1] === true && next.start - q.end <= CONTINUATION;
      const own = long[i] || continued ? speakerOf(block.text, q.start, q.end) : null;
      const close = i > 0 && q.start - spans[i - 1]!.end <= CONTINUATION;
      const speaker = own ?? (close ? previous : null);
      previous = speaker;
      if (!long[i]) return;
      // The target is the quoted words themselves, inside the quotation marks.
      const inner = block.text.indexOf(q.text, q.start);
      const start = inner >= 0 ? inner : q.start;
      out.push({ text: q.text, start, end: start + q.text.length, block: b, speaker });
    });
  });
  return out;
}

/** How far apart (characters) two quotations may be for the second to go on with the first's speaker. */
const CONTINUATION = 40;

/**
 * An interview's answer: "Atim: Ich musste tanzen, was ich noch nie…". A name and a colon open the paragraph and the
 * rest speaks in the first person; labels ("Hinweis:", "Fazit:", "Foto:") are not speakers.
 */
const TURN = /^((?:(?:Dr|Prof)\.\s+)?[\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,2}):\s+(\S[\s\S]*)$/u;
const TURN_LABEL = /^(?:Hinweis|Tipp|Fazit|Update|Anmerkung|Achtung|Frage|Antwort|Foto|Fotos|Bild|Quelle|Quellen|Zutaten|Zubereitung|Info|Infos|Wichtig|Beispiel|Ergebnis|Kommentar|Zusammenfassung|Lesen|Siehe|Mehr|Preis|Termin|Ort|Datum|Zeit|Dauer|Kosten|Kontakt|Anzeige|Werbung|Disclaimer|PS|Q|A|F)$/;

/**
 * The interview answers among the blocks, by block index. A section is an interview's when its heading is the
 * interviewer's question, or when one speaker answers in two of its paragraphs; a lone "Parabene: …" or "Sport: …"
 * in a glossary is a label, not a speaker.
 */
function interviewTurns(blocks: SnapshotBlock[], heading: string | null): Map<number, Omit<Quotation, 'block'>> | null {
  const found = new Map<number, Omit<Quotation, 'block'>>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'p' && block.kind !== 'li') continue;
    const turn = interviewTurn(block.text);
    if (turn) found.set(b, turn);
  }
  if (found.size === 0) return null;
  const speakers = new Map<string, number>();
  for (const t of found.values()) speakers.set(t.speaker!, (speakers.get(t.speaker!) ?? 0) + 1);
  const question = heading?.trim().endsWith('?') ?? false;
  for (const [b, t] of found) if (!question && speakers.get(t.speaker!)! < 2) found.delete(b);
  return found;
}

function interviewTurn(text: string): Omit<Quotation, 'block'> | null {
  const m = TURN.exec(text.length > 4000 ? text.slice(0, 4000) : text);
  if (!m || m[1]!.split(/\s+/).some((w) => TURN_LABEL.test(w) || DE_NOT_NAME.test(w))) return null;
  const rest = m[2]!;
  if (wordCount(rest) < MIN_QUOTE_WORDS || !speaksAsSelf(rest, 'de')) return null;
  const start = text.length - rest.length;
  return { text: text.slice(start), start, end: text.length, speaker: m[1]! };
}

function quotedSpans(text: string): { text: string; start: number; end: number }[] {
  const spans: { text: string; start: number; end: number }[] = [];
  // The characters earlier spans cover: a new span is tested against these (its length), not against every earlier
  // span (their number: quadratic on a paragraph of thousands of quotation marks).
  const covered = coveredMarks.cleared(text.length + 1);
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
      if (!anyMarked(covered, s, e)) {
        spans.push({ text: inner, start: s, end: e + 1 });
        covered.fill(1, s, e + 1);
      }
      from = e + 1;
    }
  }
  return spans;
}

/** The characters inside a quotation already found, per text. */
const coveredMarks = marks(2048);

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
/** First words that make no name: pronouns, articles, and the question words and auxiliaries that open a quoted question ("Would I not be justified…?", "Am I not right?"). */
const PRONOUNS = /^(?:He|She|They|It|We|I|You|This|That|These|Those|There|The|A|An|His|Her|Their|Its|One|Some|Many|Officials|Analysts|Experts|Critics|Researchers|Sources|Am|Is|Are|Was|Were|Do|Does|Did|Would|Could|Should|Will|Can|Shall|What|Why|How|When|Where|Who|Which)$/;

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

function bestName(found: NameSpan[], context: string): string | null {
  const names = found.filter((n) => !PRONOUNS.test(n.text.split(/\s+/)[0]!));
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

/**
 * German attribution: a speech verb beside the quotation and the name next to it ("sagt Stefan Marx", "so Marx",
 * "schrieb die NASA", "Marx ergänzt:", "laut Polizei"), or a pronoun ("sagte er", "Ihre Aussage lautet") whose name
 * came earlier in the paragraph. German capitalizes every noun, so a name is a capitalized word that is no function
 * word or pronoun right beside the verb, two capitalized words in a row, an acronym, or a title and a name.
 */
const DE_VERB = String.raw`(?:sagt|sagte|sagten|sagen|erklärt|erklärte|erklärten|ergänzt|ergänzte|betont|betonte|meint|meinte|schreibt|schrieb|schrieben|berichtet|berichtete|kritisiert|kritisierte|warnt|warnte|fordert|forderte|erzählt|erzählte|erläutert|erläuterte|bestätigt|bestätigte|antwortet|antwortete|fügt|fügte|so|laut|lautet|lautete|zufolge|heißt es|teilt|teilte|resümiert|resümierte|verspricht|versprach|stellt|stellte|sprach|twitterte|zitiert)`;
const DE_SPEECH = new RegExp(String.raw`(?:^|[^\p{L}])${DE_VERB}(?![\p{L}])`, 'u');
const DE_NAME = String.raw`((?:(?:Herr|Frau|Dr\.|Prof\.)\s+)*(?:(?:von|van|de)\s+)?[\p{Lu}][\p{L}'’]*(?:-[\p{L}'’]+)*(?:\s+[\p{Lu}][\p{L}'’]*(?:-[\p{L}'’]+)*){0,2})`;
const DE_ARTICLE = String.raw`(?:(?:der|die|das|des|dem|den)\s+)?`;
/** "…“, sagt Stefan Marx" / "…“, so Marx" / "…“, schrieb die NASA" */
const DE_AFTER_VERB_NAME = new RegExp(String.raw`^[\s,.;:!?“”"‘’»«]*${DE_VERB}\s+${DE_ARTICLE}${DE_NAME}`, 'u');
/** "…“, Stefan Marx sagt" is rare; "Stefan Marx, Geschäftsführer der DGB-Region, ergänzt: „…“" is common. */
const DE_BEFORE_NAME_VERB = new RegExp(String.raw`${DE_ARTICLE}${DE_NAME}(?:(?:,[^,„“"]{1,160}){1,3},)?\s+(?:\p{Ll}+\s+){0,2}${DE_VERB}(?:\s+\p{Ll}+){0,3}\s*[:,]?\s*$`, 'u');
/** Words that open a clause or stand for a name already given: no name of their own. */
const DE_NOT_NAME = /^(?:Er|Sie|Es|Wir|Ich|Man|Du|Ihr|Ihre|Ihren|Sein|Seine|Seinen|Die|Der|Das|Den|Dem|Des|Dies|Diese|Dieser|Dieses|Ein|Eine|Einer|Und|Aber|Doch|Auch|So|Dann|Da|Dort|Hier|Jetzt|Nun|Noch|Nach|Vor|Mit|Bei|Im|In|Am|Auf|Für|Von|Zum|Zur|Wie|Was|Wer|Wenn|Als|Daher|Deshalb|Trotzdem|Außerdem|Zudem|Laut|Aussage|Erklärung|Mitteilung|Darum|Also|Übrigens|Kurz|Extra|Neu|Achtung|Mein|Meine|Unser|Unsere|Person)$/;
const DE_PRONOUN_SPEECH = new RegExp(String.raw`(?:^|[\s,])(?:${DE_VERB})\s+(?:er|sie)(?![\p{L}])|(?:^|[\s,])(?:Er|Sie|Ihre|Seine|Ihr|Sein)(?:\s+\p{Ll}+){0,2}\s+(?:Aussage\s+)?${DE_VERB}(?![\p{L}])`, 'u');
/** A title and a name, two capitalized words in a row, or an acronym: somebody named, earlier in the paragraph. */
const DE_WORD = String.raw`[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)*(?![\p{L}-])`;
const DE_NAMED = new RegExp(String.raw`(?:Herr|Frau|Dr\.|Prof\.)\s+${DE_WORD}|(?<![\p{L}-])${DE_WORD}\s+${DE_WORD}|\b[A-ZÄÖÜ]{2,6}\b`, 'gu');

function germanName(m: RegExpExecArray | null): string | null {
  const name = m?.[1]?.trim();
  if (!name) return null;
  const words = name.split(/\s+/);
  // Drop function words the pattern swept in at either end ("Die NASA", "Marx Der").
  while (words.length > 0 && DE_NOT_NAME.test(words[0]!)) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

function germanSpeakerAround(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 2 * WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  const named = germanName(DE_AFTER_VERB_NAME.exec(after)) ?? germanName(DE_BEFORE_NAME_VERB.exec(before));
  if (named) return named;
  // "…“, sagte er." / "Ihre gemeinsame Aussage lautet: „…“": the person was named earlier in the paragraph.
  if (DE_PRONOUN_SPEECH.test(after.slice(0, 40)) || (DE_SPEECH.test(before.slice(-60)) && DE_PRONOUN_SPEECH.test(before.slice(-80)))) {
    const earlier = [...text.slice(0, start).matchAll(DE_NAMED)].map((m) => m[0]).filter((n) => !n.split(/\s+/).some((w) => DE_NOT_NAME.test(w)));
    const last = earlier[earlier.length - 1];
    if (last) return last;
  }
  return null;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
