/**
 * What to add, and where, for a section that gives nobody a reason to cite it: one sentence a writer could paste,
 * built from the claim sentence that most needs support (its subject, its verb, its object), never from a heading.
 *
 * Every message names its claim sentence (so two sections never get the same words), keeps the page's own casing,
 * turns inner double quotes into single ones (no doubled marks), and leaves a blank "___ [what goes here]" only where
 * a fact the writer has must go. The kind of evidence follows what the claim sentence does:
 * - a process or a list of steps → name the method (named_framework);
 * - a claim about people or a field → a quote from someone named (expert_quote);
 * - a general claim about results → the writer's own measurement (original_data);
 * - a figure from elsewhere → its source (source).
 */
import { hasCue } from './measures/cues';
import type { SectionMeasures, Sentence } from './measures/types';
import type { Suggestion, SuggestionKind } from './report';
import { sentenceTarget } from './measures/specifics';

export type ClaimRole = 'process' | 'people' | 'results' | 'figure';

/** A sentence whose claim needs support, with what it does and the kind of evidence that fits it. */
export interface Claim {
  sentence: Sentence;
  role: ClaimRole;
  kind: SuggestionKind;
  /** How much the claim needs support (higher first). */
  need: number;
}

const KIND_OF: Record<ClaimRole, SuggestionKind> = { process: 'named_framework', people: 'expert_quote', results: 'original_data', figure: 'source' };

/** Sweeping or evaluative words: the claim asks to be believed. */
const CLAIMY = /\b(?:most|many|always|never|every|all|best|worst|important|essential|crucial|significant(?:ly)?|increase[sd]?|improve[sd]?|boost(?:s|ed)?|better|more|less|faster|slower|proven|key|leading|popular|effective|common(?:ly)?|majority|growing|rising|helps?|reduces?|cuts?|works?|matters?)\b/gi;
/** Claims about people, a profession or a field. */
const PEOPLE =
  /\b(?:people|users|customers|clients|buyers|consumers|readers|visitors|audiences?|experts?|professionals|developers|engineers|designers|marketers|writers|teachers|students|parents|children|kids|doctors|patients|nurses|workers|employees|employers|managers|leaders|teams|companies|businesses|brands|owners|founders|investors|researchers|scientists|the industry|industries|the field|practitioners|beginners|adults|women|men|americans|voters)\b/i;
/** Sentences that do not claim anything of their own: questions, reported words, the author's own acts. */
const NOT_A_CLAIM = /^(?:q:|a:|note:|tip:|update:|edit:|source:|image:|photo:|credit:|read more|click|subscribe|sign up|share)|^[\w ’']{1,24}:\s|^(?:table|figure|fig\.|chart|listing|example)\s+[\d-]|[•|]|^(?:in )?(?:this|the|our|my) (?:chapter|article|post|guide|section|page|book|series|video|episode|tutorial|review)\b/i;

/** Words that open a sentence and are not names: safe to lower-case when the sentence is embedded mid-sentence. */
const COMMON_OPENERS = new Set(
  'a an the this these that those it its they their there some most many more much all both either neither every each few several any no one two three your our my his her people users customers companies teams businesses experts research studies data'.split(' '),
);
/** Openers that make a sentence a subordinate clause or a question: not embeddable as "whether …". */
const NOT_EMBEDDABLE = /^(?:if|when|whenever|because|although|though|while|since|as|to|for|with|without|by|in|on|at|after|before|unless|once|whether|how|what|why|which|who|where|here|let['’]s|do|does|did|is|are|was|were|can|could|should|would|will|so|and|but|or|yet|then|also|even|just|only|like|unlike|instead)\b/i;
const LEADING_ADVERBIAL =
  /^(?:however|in fact|indeed|overall|also|and|but|so|still|moreover|furthermore|of course|in short|in general|generally|today|now|actually|basically|essentially|ultimately|in other words|as a result|for (?:example|instance)|in (?:many|most|some) cases|that said|simply put|put simply|in practice|in reality|at the end of the day)\s*,\s*/i;

/** A finite verb: a clause without one is a fragment. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|can|cannot|could|will|would|should|may|might|must|does|do|did|isn['’]t|aren['’]t|doesn['’]t|don['’]t|won['’]t|makes?|helps?|takes?|gives?|leads?|causes?|needs?|means?|works?|uses?|offers?|provides?|requires?|allows?|improves?|increases?|reduces?|affects?|depends?|tends?|remains?|becomes?|seems?|comes?|goes|gets?|keeps?|lets?|shows?|contains?|includes?|supports?|runs?|costs?|saves?|adds?|creates?|builds?|protects?|prevents?|matters?|lasts?|grows?|drives?|boosts?|lowers?|raises?|[a-z]{3,}ed)\b/;

/** The claims of a section that most need support, best first (at most one per sentence). */
export function claimsOf(section: SectionMeasures, unsourced: readonly Sentence[] = []): Claim[] {
  const flagged = new Set(unsourced.map((s) => `${s.block}:${s.start}`));
  const processSection = section.steps > 0 || section.blocks.some((b) => b.kind === 'li' && b.ordered);
  const out: Claim[] = [];
  for (const s of section.sentences) {
    const block = section.blocks[s.block];
    if (!block || (block.kind !== 'p' && block.kind !== 'li' && block.kind !== 'other' && block.kind !== 'dd')) continue;
    if (flagged.has(`${s.block}:${s.start}`)) {
      out.push({ sentence: s, role: 'figure', kind: 'source', need: 10 + Math.min(3, s.words / 20) });
      continue;
    }
    if (s.words < 6 || s.words > 70) continue;
    if (s.attributions.length > 0 || s.firstPerson || NOT_A_CLAIM.test(s.text.replace(/^[^\p{L}\p{N}]+/u, '')) || /[?]\s*$/.test(s.text)) continue;
    // A line of ingredients or specs ("Asian Chicken Zoodles [1 cup zucchini noodles, 4 oz. …]") claims nothing.
    if (/\[[^\]]{12,}|\([^)]*\d[^)]{12,}/.test(s.text) || (s.cues && hasCue(s.cues, 'unit'))) continue;
    if (s.cues && (hasCue(s.cues, 'speech') || hasCue(s.cues, 'quote') || hasCue(s.cues, 'speakerTurn') || hasCue(s.cues, 'discourse'))) continue;
    const imperative = s.cues ? hasCue(s.cues, 'imperative') : false;
    const claimy = Math.min(2, (s.text.match(CLAIMY) ?? []).length * 0.5);
    const hedge = s.cues && hasCue(s.cues, 'hedge') ? 1 : 0;
    // A general claim is in the present and names nobody; a narrated event, a bio line or the author's own plans is not.
    const cue = (c: Parameters<typeof hasCue>[1]) => (s.cues ? hasCue(s.cues, c) : false);
    const narrative = cue('past') || cue('date') || cue('time') || cue('capPair') || s.specifics.wordNames > 0;
    const ownTalk = cue('firstPlural') || cue('firstSingular');
    if (ownTalk) continue;
    let need = claimy + hedge + (s.vague ? 2 : 0) + Math.min(1, s.words / 40) + (block.kind === 'p' ? 0.5 : 0) - (narrative ? 2 : 0) - (cue('secondPerson') ? 0.5 : 0);
    const role: ClaimRole = imperative || (processSection && block.kind === 'li') ? 'process' : PEOPLE.test(s.text) ? 'people' : 'results';
    if (role === 'process') need -= 0.5;
    // A claim that reads as a statement of its own (subject, verb, object) is what a writer can back; a fragment or a
    // sentence leaning on the one before ("Here’s the other thing …") is not.
    else if (clauseOf(s.text) !== null) need += 1.5;
    if (s.words < 8) need -= 1;
    // Advice to the reader ("If you do, be sure to …") is guidance, not a claim that needs support.
    if (cue('modal') && cue('secondPerson')) need -= 1;
    // A sentence that leans on the one before ("It also does more", "This means …") is not a claim to back alone.
    if (/^(?:it|they|this|that|these|those|he|she|here|there)\b/i.test(s.text.trim())) need -= 1.5;
    out.push({ sentence: s, role, kind: KIND_OF[role], need });
  }
  // Where the section walks through steps, its best claim is the method it describes.
  if (processSection && !out.some((c) => c.role === 'process')) {
    const first = section.sentences.find((s) => section.blocks[s.block]?.kind === 'li' && s.words >= 2);
    if (first) out.push({ sentence: first, role: 'process', kind: 'named_framework', need: 0.5 });
  }
  return out.sort((a, b) => b.need - a.need || a.sentence.block - b.sentence.block || a.sentence.start - b.sentence.start);
}

/**
 * Suggestions for a section: the source of its first unsourced figure, then the evidence that fits its neediest claim,
 * then a second kind on another claim — at most three, each naming its own sentence.
 */
export function suggestionsFor(section: SectionMeasures, _pageTitle: string | null, unsourced: Sentence[], english: boolean): Omit<Suggestion, 'id' | 'dismissed'>[] {
  const claims = claimsOf(section, unsourced);
  const out: Omit<Suggestion, 'id' | 'dismissed'>[] = [];
  const usedSentences = new Set<Sentence>();
  const usedKinds = new Set<SuggestionKind>();
  const source = claims.find((c) => c.kind === 'source');
  if (source) {
    out.push(suggestionOf(source, section, english));
    usedSentences.add(source.sentence);
    usedKinds.add('source');
  }
  for (const c of claims) {
    if (out.length >= (source ? 3 : 2)) break;
    if (c.kind === 'source' || usedSentences.has(c.sentence) || usedKinds.has(c.kind)) continue;
    out.push(suggestionOf(c, section, english));
    usedSentences.add(c.sentence);
    usedKinds.add(c.kind);
  }
  // A section with claims of one kind only gets a second way to back its best claim: a quote or a measurement.
  const best = claims.find((c) => c.kind !== 'source');
  if (best && out.length < (source ? 3 : 2)) {
    const alt: SuggestionKind = best.kind === 'expert_quote' ? 'original_data' : 'expert_quote';
    const other = claims.find((c) => c.kind !== 'source' && !usedSentences.has(c.sentence)) ?? best;
    if (!usedKinds.has(alt)) out.push(suggestionOf({ ...other, kind: alt }, section, english));
  }
  if (!english) {
    // The suggestions are written in English; say so rather than pretend they fit the page's language.
    for (const s of out) s.message = `${s.message} (written in English: adapt to the page's language)`;
  }
  return out;
}

/** One suggestion for one claim. */
export function suggestionOf(claim: Claim, section: SectionMeasures, english = true): Omit<Suggestion, 'id' | 'dismissed'> {
  const s = claim.sentence;
  const after = `after “${excerpt(s.text)}”`;
  // Only a paragraph's sentence is embedded: a list item is often a fragment ("Feel a deep desire to …").
  const clause = english && section.blocks[s.block]?.kind === 'p' ? clauseOf(s.text, section) : null;
  let message: string;
  switch (claim.kind) {
    case 'source': {
      const fig = s.stats[0]?.text ?? s.figures[0]?.text ?? 'this figure';
      const whole = english && s.words <= 30 ? embeddable(s.text) : null;
      message = whole
        ? `Say where ${single(fig)} comes from: “${whole}, according to ___ [who measured it] (___ [year]).” Link the study if it is online.`
        : `Say where ${single(fig)} comes from, ${after}: name who measured it and when, “according to ___ [who measured it] (___ [year])”, and link the study.`;
      break;
    }
    case 'named_framework': {
      const steps = stepsOf(section);
      message = `Give the method this section walks through a name others can cite, ${after}: “We call this the ___ [name] method: ${steps}.”`;
      break;
    }
    case 'expert_quote':
      message = clause
        ? `Ask someone who does this work whether ${clause}, and quote them by name ${after}: “___ [their answer, in their words],” says ___ [full name], ___ [role] at ___ [organisation].`
        : `Quote someone who has done this work, by name, ${after}: “___ [their words],” says ___ [full name], ___ [role] at ___ [organisation].`;
      break;
    case 'first_hand':
      message = `Say what happened when you did it yourself, ${after}: “When we ___ [what you did] in ___ [month, year], ___ [what happened].”`;
      break;
    default:
      message = clause
        ? `Test it on your own work and give the result ${after}: “In ___ [month, year] we tested, on ___ [how many] of our own ___ [pages, customers, projects], whether ${clause}: ___ [the result, with its figure].”`
        : `Measure it on your own work and give the result ${after}: “We measured this on ___ [how many] of our own ___ [pages, customers, projects] in ___ [month, year]: ___ [the result, with its figure].”`;
  }
  return { kind: claim.kind, message, quote: clip(s.text), target: sentenceTarget(section.index, s) };
}

/**
 * A sentence of each kind, filled in, for projecting what adding it would change (scoring/plan.ts): representative,
 * not a suggestion to paste.
 */
export function representativeSentence(kind: SuggestionKind): string {
  switch (kind) {
    case 'original_data':
      return 'We tested this on 212 of our own projects in March 2024, and 38% of them improved by more than a fifth.';
    case 'first_hand':
      return 'When we tried this on our own site in March 2024, page views rose from 3,100 to 4,050 in six weeks.';
    case 'expert_quote':
      return '“We saw the difference within the first month,” says Maria Lopez, head of research at Northwind Labs.';
    case 'named_framework':
      return 'We call this the Northwind Loop: measure first, change one thing, then measure again.';
    case 'source':
      return 'The figure comes from the Pew Research Center’s 2023 survey of 10,000 adults.';
  }
}

/**
 * The claim sentence as a clause that reads inside another sentence ("whether …"): leading adverbials dropped, the
 * first word lower-cased only when it is a common word (the section writes it in lower case elsewhere, or it is an
 * article or a pronoun), cut at its first clause boundary, and null when it cannot be embedded cleanly (a question,
 * an instruction, a subordinate clause, a quotation, or too long).
 */
export function clauseOf(text: string, section?: SectionMeasures): string | null {
  let t = text.trim().replace(/\s+/g, ' ');
  for (let i = 0; i < 3 && LEADING_ADVERBIAL.test(t); i++) t = t.replace(LEADING_ADVERBIAL, '');
  if (/[?!:]/.test(t) || /["“”„]/.test(t) || /^(?:you|your|you['’](?:re|ll|ve|d))\b/i.test(t) || /^['‘’(\[]/.test(t) || /^\W/.test(t)) return null;
  if (NOT_EMBEDDABLE.test(t)) return null;
  // An introductory phrase ("Honestly,", "Over at Amazon,") does not read after "whether".
  const intro = /^((?:\S+\s+){0,3}\S+),/.exec(t);
  if (intro && !FINITE_VERB.test(intro[1]!) && !/^(?:\S+\s+){0,3}\S+,\s+(?:\S+\s+){0,2}(?:and|or)\b/.test(t)) return null;
  // Cut at the first clause boundary once the clause has a subject and a verb (five words or more).
  const words = t.split(' ');
  let cut = words.length;
  for (let i = 3; i < words.length; i++) {
    const w = words[i]!;
    if (/[;:—–]$/.test(w) || w === '—' || w === '–') {
      cut = i + (w.length > 1 ? 1 : 0);
      break;
    }
    if (/^(?:such|including|like|especially|e\.g\.)$/i.test(w) && i >= 4) {
      cut = i;
      break;
    }
    if (/,$/.test(w) && /^(?:which|and|but|so|while|because|although|as|since|though|whereas|meaning|making|leading|so that)$/i.test(words[i + 1] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  let clause = words.slice(0, cut).join(' ').replace(/[\s,;:—–.…]+$/, '');
  const n = clause.split(' ').length;
  if (n < 4 || n > 20) return null;
  // A sentence with an instruction verb first is a step, not a claim.
  if (/^(?:add|avoid|ask|be|bring|buy|check|choose|click|consider|create|do|don['’]t|find|follow|get|give|go|keep|let|look|make|never|pick|place|plan|put|read|remember|remove|run|save|select|set|start|stop|take|think|try|turn|use|write)\b/i.test(clause)) return null;
  // A clause needs a verb of its own and a subject a reader can place: no fragments ("Great as a side"), no bare
  // pronouns ("it also does more"), no lists in brackets.
  if (/[([]/.test(clause) || /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b/.test(clause) || /^(?:it|they|this|that|these|those|he|she|its|their|his|her)\b/i.test(clause)) return null;
  if (!FINITE_VERB.test(clause.split(' ').slice(1).join(' '))) return null;
  clause = lowerFirst(clause, section);
  // Balanced single quotes only.
  if ((clause.match(/‘/g) ?? []).length !== (clause.match(/’(?!\w)/g) ?? []).length && /‘/.test(clause)) return null;
  return clause;
}

/** The whole sentence, ready to be continued (", according to …"): its final stop dropped, inner double quotes single. */
function embeddable(text: string): string | null {
  const t = single(text.trim().replace(/\s+/g, ' ')).replace(/[.…]+$/, '');
  // A headline or a label ("BREAKING NEWS: …") is not a sentence to continue.
  if (/[?!:;]/.test(t) || /[‘’]$/.test(t)) return null;
  return t;
}

/** Lower-case the first word when it is a common word, never a name or an acronym. */
function lowerFirst(clause: string, section?: SectionMeasures): string {
  const m = /^([A-Z][a-z]*)\b/.exec(clause);
  if (!m) return clause;
  const word = m[1]!;
  const lower = word.toLowerCase();
  let common = COMMON_OPENERS.has(lower);
  if (!common && section) {
    // A name is written with its capital mid-sentence too; a common word is written in lower case there
    // ("Email marketing" → "email"). A word the section uses nowhere else is common when it reads like one.
    // As a word of the prose, not inside an address ("trevor@…", "/trevor-daugherty/").
    const lowerRe = new RegExp(String.raw`(?:^|[\s(“‘"])${lower}(?:[\s,;:!?)”’"]|\.(?:\s|$)|$)`, 'u');
    const capRe = new RegExp(String.raw`[\p{L},;]\s+${word}(?:[^\p{L}]|$)`, 'u');
    if (section.blocks.some((b) => lowerRe.test(b.text))) common = true;
    else if (!section.blocks.some((b) => capRe.test(b.text))) common = /(?:[^s]s|ing|ed|ly|tion|ment|ness|ity)$/.test(lower);
  }
  return common ? lower + clause.slice(word.length) : clause;
}

/** "the first three steps" of the section's list, or blanks for them. */
function stepsOf(section: SectionMeasures): string {
  // The first sentence of each list item that is an instruction ("Compress the images"): a list of ingredients or
  // facts is no method.
  const seen = new Set<number>();
  const items: string[] = [];
  for (const s of section.sentences) {
    const b = section.blocks[s.block];
    if (!b || b.kind !== 'li' || seen.has(s.block)) continue;
    seen.add(s.block);
    if (!s.cues || !hasCue(s.cues, 'imperative')) continue;
    const t = single(s.text.replace(/^\s*(?:step\s*)?\d+[.):\-–]?\s*/i, '').trim()).replace(/[.:;!?,]+$/, '');
    if (t.split(/\s+/).length <= 6 && !/[‘’:;]/.test(t)) items.push(t);
  }
  // An instruction opens with its verb, a common word: lower-cased mid-sentence ("Don’t" too).
  const verb = (t: string) => t.replace(/^([A-Z])(?=[a-z’']*\b)/, (c) => c.toLowerCase());
  if (items.length >= 3) return `${verb(items[0]!)}, then ${verb(items[1]!)}, then ${verb(items[2]!)}`;
  return '___ [first step], ___ [second step], then ___ [third step]';
}

/** At most twelve words of a sentence, to say which sentence a suggestion is about. */
function excerpt(text: string): string {
  const words = single(text.trim().replace(/\s+/g, ' ')).split(' ');
  const short = words.length > 12 ? `${words.slice(0, 12).join(' ').replace(/[,;:.—–-]+$/, '')}…` : words.join(' ').replace(/[.]+$/, '');
  return short;
}

/** Inner double quotes become single ones, so a message never doubles its quotation marks. */
function single(text: string): string {
  let open = true;
  return text.replace(/[“”"]/g, (q) => {
    if (q === '“') return '‘';
    if (q === '”') return '’';
    const r = open ? '‘' : '’';
    open = !open;
    return r;
  });
}

function clip(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
