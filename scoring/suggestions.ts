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
import { englishShare } from './measures/language';
import { gated, isSpace, type Words } from './measures/words';
import type { SectionMeasures, Sentence } from './measures/types';
import type { Suggestion, SuggestionKind } from './report';
import { sentenceTarget } from './measures/specifics';

/**
 * What a claim sentence does: walks through a process; says something about people or a field; claims a result
 * (an effect, a comparison); judges a thing as someone who used it would; gives a figure from elsewhere.
 */
export type ClaimRole = 'process' | 'people' | 'results' | 'experience' | 'figure';

/** A sentence whose claim needs support, with what it does and the kind of evidence that fits it. */
export interface Claim {
  sentence: Sentence;
  role: ClaimRole;
  kind: SuggestionKind;
  /** How much the claim needs support (higher first). */
  need: number;
  /** For a claim about people or a field: whether it is about someone named (news, a review) or the field at large. */
  about?: 'named' | 'field' | 'general';
}

const KIND_OF: Record<ClaimRole, SuggestionKind> = { process: 'named_framework', people: 'expert_quote', results: 'original_data', experience: 'first_hand', figure: 'source' };

/*
 * The patterns of a claim's role are gated (measures/words.ts): each skips a sentence without any of the whole words
 * every one of its matches holds; the pattern still decides.
 */

/**
 * A result a reader could check by measuring: an effect (improves, cuts, leads to), a comparison (faster, more …
 * than) or a sweeping quantity (most, every, never). The claims an own measurement answers.
 */
const RESULT = gated(
  /\b(?:increase[sd]?|decrease[sd]?|improve[sd]?|reduce[sd]?|boost(?:s|ed)?|cuts?|lowers?|raise[sd]?|double[sd]?|triple[sd]?|halve[sd]?|speeds? up|slows? down|saves?|leads? to|causes?|results? in|outperform(?:s|ed)?|drives?|prevents?|faster|slower|cheaper|quicker|more (?:\w+ )?than|less (?:\w+ )?than|fewer|twice|half|most|majority|every)\b/i,
  'increase increases increased decrease decreases decreased improve improves improved reduce reduces reduced boost boosts boosted cut cuts lower lowers raise raises raised double doubles doubled triple triples tripled halve halves halved speed speeds slow slows save saves lead leads cause causes result results outperform outperforms outperformed drive drives prevent prevents faster slower cheaper quicker than fewer twice half most majority every',
);
/** A month named: the sentence reports when something happens. */
const MONTH = gated(
  /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/,
  'january february march april june july august september october november december',
);
/** A lead-in before an instruction: "To make the coating, simply …", "Now that the jars are filled, put …". */
const LEAD_IN = /^(?:to \w+|now that|once|when|after|before|if)\b[^,]{0,60},\s*(?:simply |just |then |first )?/i;
/** A byline or a bio line. */
const BIO = gated(
  /\b(?:is|was) (?:the|a|an|our) (?:[\w-]+ ){0,2}(?:editor|writer|reporter|author|correspondent|columnist|contributor|journalist|photographer)\b|\bsince joining\b|\bspeciali[sz](?:es|ed|ing) in\b|\bcompensated\b|\baffiliate\b|\bsponsored\b|©|\bcopyright\b|\ball rights reserved\b/i,
  'editor writer reporter author correspondent columnist contributor journalist photographer joining specializes specialises specialized specialised specializing specialising compensated affiliate sponsored copyright reserved',
  (t) => t.includes('©'),
);
/** Placeholder Latin: nothing to back. */
const LOREM = gated(
  /\b(?:lorem ipsum|dolor sit|sit amet|consectetur|adipisicing|adipiscing|eiusmod|reprehenderit|voluptate|accusam|eirmod|nonumy|sadipscing|exercitation|ullamco|quibusdam|reiciendis)\b/i,
  'lorem dolor sit consectetur adipisicing adipiscing eiusmod reprehenderit voluptate accusam eirmod nonumy sadipscing exercitation ullamco quibusdam reiciendis',
);
/** A judgment of a thing as its user would make it: what a first-hand account backs. */
const EXPERIENCE = gated(
  /\b(?:quick|speedy|tasty|delicious|bland|crispy|noisy|quiet|pricey|great|excellent|terrible|awful|superb|impressive|disappointing|annoying|frustrating|comfortable|uncomfortable|reliable|unreliable|sturdy|flimsy|smooth|clunky|easy to|hard to|difficult to|simple to|worth (?:it|the)|not worth|works? (?:well|great|fine|perfectly)|feels?|looks? (?:good|great|cheap)|recommend(?:ed)?|favou?rite|love[sd]?|hate[sd]?)\b/i,
  'quick speedy tasty delicious bland crispy noisy quiet pricey great excellent terrible awful superb impressive disappointing annoying frustrating comfortable uncomfortable reliable unreliable sturdy flimsy smooth clunky easy hard difficult simple worth work works feel feels look looks recommend recommended favorite favourite love loves loved hate hates hated',
);
/** Hedged or generic modality: "can be slow", "may help". A claim this soft is not the one a section rests on. */
const SOFT = gated(
  /\b(?:can|could|may|might)(?: not)? (?:\w+ly )?(?:be|help|make|get|have|cause|lead|become|feel|seem|mean|affect|vary|happen|work|come)\b|\b(?:sometimes|perhaps|possibly|maybe)\b/i,
  'can could may might sometimes perhaps possibly maybe',
);
/** A truism: something is important, key, worth it, with nothing checkable said. */
const TRUISM = gated(
  /\b(?:is|are) one of the (?:most|best|biggest|greatest|key)\b|\b(?:is|are|remains?|becomes?)(?: (?:very|really|so|extremely|also|still|more|increasingly|especially))? (?:important|essential|crucial|key|vital|necessary|critical|helpful|useful|valuable|a must|a good idea|the key)\b/i,
  'one important essential crucial key vital necessary critical helpful useful valuable must idea',
);
/** A claim about what is coming or how a field moves: for someone who works in it to answer. */
const FIELD = gated(
  /\b(?:industry|market|field|sector|profession|community|experts?|the future|trends?|will (?:be|become|change|replace)|is changing|are changing|is shifting|are shifting)\b/i,
  'industry market field sector profession community expert experts future trend trends will changing shifting',
);

/** Claims about people, a profession or a field. */
const PEOPLE = gated(
  /\b(?:people|users|customers|clients|buyers|consumers|readers|visitors|audiences?|experts?|professionals|developers|engineers|designers|marketers|writers|teachers|students|parents|children|kids|doctors|patients|nurses|workers|employees|employers|managers|leaders|teams|companies|businesses|brands|owners|founders|investors|researchers|scientists|the industry|industries|the field|practitioners|beginners|adults|women|men|americans|voters)\b/i,
  'people users customers clients buyers consumers readers visitors audience audiences expert experts professionals developers engineers designers marketers writers teachers students parents children kids doctors patients nurses workers employees employers managers leaders teams companies businesses brands owners founders investors researchers scientists industry industries field practitioners beginners adults women men americans voters',
);
/** A claim about people, a profession or a field, or about where a field is going. */
function aboutPeople(text: string, words: Words): boolean {
  return PEOPLE.test(text, words) || FIELD.test(text, words);
}
/** Sentences that do not claim anything of their own: questions, reported words, the author's own acts. */
const NOT_A_CLAIM = /^(?:q:|a:|note:|tip:|update:|edit:|source:|image:|photo:|credit:|read more|click|subscribe|sign up|share)|^[\w ’']{1,24}:\s|^(?:table|figure|fig\.|chart|listing|example)\s+[\d-]|[•|]|^(?:in )?(?:this|the|our|my) (?:chapter|article|post|guide|section|page|book|series|video|episode|tutorial|review)\b/i;

/** Words that open a sentence and are not names: safe to lower-case when the sentence is embedded mid-sentence. */
const COMMON_OPENERS = new Set(
  'a an the this these that those it its they their there some most many more much all both either neither every each few several any no one two three your our my his her people users customers companies teams businesses experts research studies data'.split(' '),
);
/** Openers that make a sentence a subordinate clause or a question: not embeddable as "whether …". */
const NOT_EMBEDDABLE = /^(?:not|being|having|one of the|now that|now|if|when|whenever|because|although|though|while|since|as|to|for|with|without|by|in|on|at|after|before|unless|once|whether|how|what|why|which|who|where|here|let['’]s|do|does|did|is|are|was|were|can|could|should|would|will|so|and|but|or|yet|then|also|even|just|only|like|unlike|instead)\b/i;
const LEADING_ADVERBIAL =
  /^(?:however|in fact|indeed|overall|also|and|but|so|still|moreover|furthermore|of course|in short|in general|generally|today|now|actually|basically|essentially|ultimately|in other words|as a result|for (?:example|instance)|in (?:many|most|some) cases|that said|simply put|put simply|in practice|in reality|at the end of the day)\s*,\s*/i;

/** A finite verb: a clause without one is a fragment. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|can|cannot|could|will|would|should|may|might|must|does|do|did|isn['’]t|aren['’]t|doesn['’]t|don['’]t|won['’]t|makes?|helps?|takes?|gives?|leads?|causes?|needs?|means?|works?|uses?|offers?|provides?|requires?|allows?|improves?|increases?|reduces?|affects?|depends?|tends?|remains?|becomes?|seems?|comes?|goes|gets?|keeps?|lets?|shows?|contains?|includes?|supports?|runs?|costs?|saves?|adds?|creates?|builds?|protects?|prevents?|matters?|lasts?|grows?|drives?|boosts?|lowers?|raises?|[a-z]{3,}ed)\b/;

/**
 * Does the text end with a final stop, perhaps then a closing quotation mark or bracket (`/[.!…]["”’)]?$/`)? Read
 * off its last two characters: the pattern, anchored at the end only, was tried from every character.
 */
function endsWithStop(text: string): boolean {
  const last = text[text.length - 1];
  return isStop(last) || ((last === '"' || last === '”' || last === '’' || last === ')') && isStop(text[text.length - 2]));
}
function isStop(c: string | undefined): boolean {
  return c === '.' || c === '!' || c === '…';
}

/** Does the sentence carry the cue? (A sentence without cues, in a language without a lexicon, carries none.) */
function cueIn(s: Sentence, c: Parameters<typeof hasCue>[1]): boolean {
  return s.cues ? hasCue(s.cues, c) : false;
}

/** The claims of a section that most need support, best first (at most one per sentence). */
export function claimsOf(section: SectionMeasures, unsourced: readonly Sentence[] = [], english = true): Claim[] {
  const flagged = new Set(unsourced.map((s) => `${s.block}:${s.start}`));
  // A section that walks through steps (a list of them, or "first … then …"): its method is its claim. Its steps are
  // read only where it has a list or numbered steps (nothing else reads them here).
  const listed = section.steps > 0 || section.blocks.some((b) => b.kind === 'li');
  const steps = listed ? stepsOf(section) : [];
  const processSection = listed && steps.length >= 2;
  const out: Claim[] = [];
  for (const s of section.sentences) {
    const block = section.blocks[s.block];
    if (!block || (block.kind !== 'p' && block.kind !== 'li' && block.kind !== 'other' && block.kind !== 'dd')) continue;
    if (flagged.has(`${s.block}:${s.start}`)) {
      out.push({ sentence: s, role: 'figure', kind: 'source', need: 10 + Math.min(3, s.words / 20) });
      continue;
    }
    if (s.words < 6 || s.words > 70) continue;
    // The tests that skip a sentence, the cheap ones first (the sentence's cue bits, then its text).
    // Reported words, quotations, an interview turn, the text about itself, or the author's own voice.
    if (s.cues && (hasCue(s.cues, 'speech') || hasCue(s.cues, 'quote') || hasCue(s.cues, 'speakerTurn') || hasCue(s.cues, 'discourse'))) continue;
    if (cueIn(s, 'firstPlural') || cueIn(s, 'firstSingular')) continue;
    if (s.attributions.length > 0 || s.firstPerson || NOT_A_CLAIM.test(s.text.replace(/^[^\p{L}\p{N}]+/u, '')) || (s.text.includes('?') && /[?]\s*$/.test(s.text))) continue;
    // A line of ingredients or specs ("Asian Chicken Zoodles [1 cup zucchini noodles, 4 oz. …]") claims nothing.
    if (cueIn(s, 'unit') || /\[[^\]]{12,}|\([^)]*\d[^)]{12,}/.test(s.text)) continue;
    // Placeholder Latin ("Lorem ipsum dolor sit amet …") or another language in an English page: nothing to back.
    if (LOREM.test(s.text, s.reading) || (english && englishShare(s.text) < 0.08)) continue;
    const text = s.text;
    const words = s.reading;
    const imperative = cueIn(s, 'imperative');
    // A general claim is in the present and names nobody; a narrated event, a bio line or the author's own plans is not.
    const narrative = cueIn(s, 'past') || cueIn(s, 'date') || cueIn(s, 'time') || cueIn(s, 'place') || cueIn(s, 'capPair') || s.specifics.wordNames > 0 || MONTH.test(text, words);
    // A sentence about a named company, product or person (news, a review): someone named answers it, not a test.
    const named = narrative || s.specifics.names > 0;
    // Someone involved answers for a named person's or company's acts; a product or an acronym named is the field's.
    const involved = s.specifics.wordNames > 0 || cueIn(s, 'capPair') || cueIn(s, 'official');
    const result = RESULT.test(text, words);
    const soft = SOFT.test(text, words) || cueIn(s, 'hedge');
    const truism = TRUISM.test(text, words);
    // An instruction, also after "To make the coating, simply …".
    const instruction =
      imperative ||
      isInstruction(text.replace(/^(?:simply|just|always|never|please|now|then|next|finally|also)\s+/i, '')) ||
      (LEAD_IN.test(text) && isInstruction(text.replace(LEAD_IN, '')));
    // A byline, a bio line ("X is the senior editor of Y"), a disclosure or an address claims nothing about the subject.
    if (BIO.test(text, words) || /https?:|www\.|\.com\b/i.test(text)) continue;
    // A fragment with no verb of its own ("Jordan Spira and Megan Cook 4 total") is a label, not a claim.
    if (english && !instruction && !FINITE_VERB.test(text)) continue;
    // Asked on several branches below: each pattern is read at most once per sentence, and only where a branch asks
    // (whether the sentence embeds as a clause is not asked of a step of a walk-through).
    let embeddable: boolean | undefined;
    let peopleOrField: boolean | undefined;
    let experience: boolean | undefined;
    let role: ClaimRole;
    let about: Claim['about'] = 'general';
    if (instruction || (processSection && block.kind === 'li')) role = 'process';
    // A judgment of a thing (a review's "looks great", "feels sturdy") is backed by using it, even when it names it.
    else if ((experience ??= EXPERIENCE.test(text, words)) && !result && !narrative) role = 'experience';
    // What a named person, company or event did: someone involved answers. What a named product does ("Node.js
    // provides a way to …"): a writer who used it answers.
    else if (narrative || involved) [role, about] = ['people', involved ? 'named' : 'field'];
    else if (named && (peopleOrField ??= aboutPeople(text, words))) [role, about] = ['people', 'field'];
    else if (named && !result && !/\b(?:was|were|had|did|will)\b/i.test(text)) role = 'experience';
    else if (named && !result) [role, about] = ['people', 'named'];
    // A hedged result ("can be incredibly rewarding", "may help") is no result to test: who does the work, or who
    // tried it, answers it.
    else if (result && !truism && soft) role = (peopleOrField ??= aboutPeople(text, words)) ? 'people' : 'experience';
    else if (result && !truism) role = 'results';
    else if (peopleOrField ??= aboutPeople(text, words)) [role, about] = ['people', 'field'];
    else if ((experience ??= EXPERIENCE.test(text, words))) role = 'experience';
    // A statement that is none of these (a description, a definition) is backed, if at all, by someone who knows the
    // field saying so; only a whole statement is worth offering.
    else if ((embeddable ??= clauseOf(text) !== null)) [role, about] = ['people', 'field'];
    else continue;
    // How much the section rests on this claim and how checkable it is: a result or a vague appeal to authority
    // first; a hedge ("can be slow"), a truism ("is important"), a narrated event or a sentence leaning on the one
    // before last.
    let need = Math.min(1, s.words / 40) + (block.kind === 'p' ? 0.5 : 0) + (s.vague ? 2 : 0);
    if (role === 'results') need += 1.5;
    if (role === 'experience') need += 1;
    if (role === 'people' && about === 'field' && !(peopleOrField ??= aboutPeople(text, words))) need -= 1;
    if (soft) need -= 1.5;
    if (truism) need -= 1.5;
    if (narrative) need -= 2;
    if (cueIn(s, 'secondPerson')) need -= 0.5;
    if (cueIn(s, 'modal') && cueIn(s, 'secondPerson')) need -= 1;
    if (s.words < 8) need -= 1;
    // A line without a final stop is a caption, a label or a heading run into the text.
    if (!endsWithStop(text)) need -= 1;
    if (/^(?:it|they|this|that|these|those|he|she|here|there|if|when|why|how|what)\b/i.test(text.trim())) need -= 1.5;
    // A sentence that continues another ("Because …", "And …") or an aside in brackets does not stand alone.
    if (/^(?:because|so|and|but|or|nor|yet)\b|^[(\[]/i.test(text.trim())) need -= 1;
    // An instruction outside a walk-through is advice, not a claim the section rests on.
    // In a walk-through of three steps or more, the method is what the section is: naming it comes first.
    if (role === 'process') need = processSection ? (steps.length >= 3 ? 4 : 2.5) : need - 1.5;
    // A claim that reads as a statement of its own (subject, verb, object) is what a writer can back; a fragment is not.
    else if ((embeddable ??= clauseOf(text) !== null)) need += 1;
    out.push({ sentence: s, role, kind: KIND_OF[role], need, about });
  }
  // Where the section walks through steps, its best claim is the method it describes, anchored on its first step.
  if (processSection && !out.some((c) => c.role === 'process')) {
    const first = section.sentences.find((s) => section.blocks[s.block]?.kind === 'li' && s.words >= 2) ?? section.sentences.find((s) => /^(?:first|firstly|to start|start by)\b/i.test(s.text));
    if (first) out.push({ sentence: first, role: 'process', kind: 'named_framework', need: 2.5 });
  }
  return out.sort((a, b) => b.need - a.need || a.sentence.block - b.sentence.block || a.sentence.start - b.sentence.start);
}

/**
 * Suggestions for a section: the source of its first unsourced figure, then the evidence that fits its neediest claim,
 * then a second kind on another claim — at most three, each naming its own sentence.
 */
export function suggestionsFor(section: SectionMeasures, _pageTitle: string | null, unsourced: Sentence[], english: boolean): Omit<Suggestion, 'id' | 'dismissed'>[] {
  const claims = claimsOf(section, unsourced, english);
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
  // A section with claims of one kind only gets a second way to back a claim, where one fits: a result or a judgment
  // can also be put to someone who does the work. (A claim about what people think is not "tested on our own
  // projects", and a method is not quoted.)
  if (out.length < (source ? 3 : 2) && !usedKinds.has('expert_quote')) {
    const fits = (c: Claim) => c.kind !== 'source' && (c.role === 'results' || c.role === 'experience');
    const other = claims.find((c) => fits(c) && !usedSentences.has(c.sentence)) ?? claims.find(fits);
    if (other) out.push(suggestionOf({ ...other, kind: 'expert_quote', about: 'field' }, section, english));
  }
  if (!english) {
    // The suggestions are written in English; say so rather than pretend they fit the page's language.
    for (const s of out) s.message = `${s.message} (written in English: adapt to the page's language)`;
  }
  return out;
}

/**
 * One suggestion for one claim. `steps`, for a method, are the steps to name when they are not the section's own
 * (a walk-through told in the sub-sections that follow it: scoring/plan.ts).
 */
export function suggestionOf(claim: Claim, section: SectionMeasures, english = true, steps?: readonly string[]): Omit<Suggestion, 'id' | 'dismissed'> {
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
      // The section's own steps are read only for a method: no other suggestion names them.
      const named = steps ?? stepsOf(section);
      message =
        named.length >= 2
          ? `Give the method this section walks through a name others can cite, ${after}: “We call ${stepsPhrase(named)} the ___ [name] method: ___ [what it achieves, in one sentence].”`
          : `Give the method this section walks through a name others can cite, ${after}: “We call this the ___ [name] method: ___ [its steps, in order], so that ___ [what it achieves].”`;
      break;
    }
    case 'expert_quote':
      // Someone involved answers a claim about what a named company or person did; someone who works in the field
      // answers a claim about the field.
      message =
        claim.about === 'named'
          ? clause
            ? `Ask someone involved whether ${clause}, and quote them by name ${after}: “___ [their answer, in their words],” says ___ [full name], ___ [role] at ___ [organisation].`
            : `Quote someone involved, by name, ${after}: “___ [what they saw or decided, in their words],” says ___ [full name], ___ [role] at ___ [organisation].`
          : clause
            ? `Ask someone who does this work whether ${clause}, and quote them by name ${after}: “___ [their answer, in their words],” says ___ [full name], ___ [role] at ___ [organisation].`
            : `Quote someone who has done this work, by name, ${after}: “___ [their words],” says ___ [full name], ___ [role] at ___ [organisation].`;
      break;
    case 'first_hand':
      message = clause
        ? `Say from your own use whether ${clause}, ${after}: “When we ___ [what you did, and for how long] in ___ [month, year], ___ [what happened, with one detail a reader could check].”`
        : `Say what happened when you tried it yourself, ${after}: “When we ___ [what you did, and for how long] in ___ [month, year], ___ [what happened, with one detail a reader could check].”`;
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
  // A question mark, a colon or a double quote: tested once, here, since collapsing spaces and dropping a leading
  // adverbial ("However, ") leave those characters where they are.
  if (/[?!:"“”„]/.test(text)) return null;
  let t = collapseSpaces(text.trim());
  for (let i = 0; i < 3 && LEADING_ADVERBIAL.test(t); i++) t = t.replace(LEADING_ADVERBIAL, '');
  if (/\bwhether\b/i.test(t) || /^(?:you|your|you['’](?:re|ll|ve|d))\b/i.test(t) || /^['‘’(\[]/.test(t) || /^\W/.test(t)) return null;
  if (NOT_EMBEDDABLE.test(t)) return null;
  // An introductory phrase ("Honestly,", "Over at Amazon,") does not read after "whether".
  const intro = /^((?:\S+\s+){0,3}\S+),/.exec(t);
  if (intro && !FINITE_VERB.test(intro[1]!) && !/^(?:\S+\s+){0,3}\S+,\s+(?:\S+\s+){0,2}(?:and|or)\b/.test(t)) return null;
  // Cut at the first clause boundary once the clause has a subject and a verb (five words or more).
  const words = t.split(' ');
  let cut = words.length;
  for (let i = 3; i < words.length; i++) {
    const w = words[i]!;
    // The ends of words read by character, not by a pattern per word.
    const last = w[w.length - 1];
    const comma = last === ',';
    if (last === ';' || last === ':' || last === '—' || last === '–' || w === '--' || w === '-') {
      cut = i + (w.length > 1 ? 1 : 0);
      break;
    }
    // A comma splice into an instruction ("…, keep stirring") or a gloss (", that is, …") ends the claim.
    // (isInstruction reads the first two words and the character after them: three words answer as the whole rest does.)
    if (comma && (isInstruction(words.slice(i + 1, i + 4).join(' ')) || /^(?:that is|i\.e\.)/i.test(words.slice(i + 1, i + 3).join(' ')))) {
      cut = i + 1;
      break;
    }
    if (i >= 4 && /^(?:such|including|like|especially|e\.g\.)$/i.test(w)) {
      cut = i;
      break;
    }
    if (comma && /^(?:which|and|but|so|while|because|although|as|since|though|whereas|meaning|making|leading|so that)$/i.test(words[i + 1] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  // The clause keeps at most its `cut` words (the trimming below only drops some): fewer than four is no clause.
  if (cut < 4) return null;
  // A trailing aside (", though", ", too") belongs to the sentence around it, not to the claim.
  let clause = words.slice(0, cut).join(' ').replace(/[\s,;:—–.…-]+$/, '').replace(/,\s*(?:though|however|too|as well|of course|then)$/i, '');
  const n = countOf(clause, ' ') + 1;
  if (n < 4 || n > 20) return null;
  // A sentence with an instruction verb first is a step, not a claim.
  if (/^(?:(?:always|never|just|simply|now|please|so|make sure)\s+)?(?:add|avoid|ask|be|bring|buy|check|choose|click|consider|create|do|don['’]t|find|follow|get|give|go|keep|let|look|make|never|pick|place|plan|put|read|remember|remove|run|save|select|set|start|stop|take|think|try|turn|use|write)\b/i.test(clause)) return null;
  // A clause needs a verb of its own and a subject a reader can place: no fragments ("Great as a side"), no bare
  // pronouns ("it also does more"), no lists in brackets.
  // A verb cut from its complement by a comma ("the plan is, that next week …") does not read.
  if (/\b(?:is|are|was|were|be),/.test(clause)) return null;
  if (/[([]/.test(clause) || /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b/.test(clause) || /^(?:it|they|this|that|these|those|he|she|its|their|his|her)\b/i.test(clause)) return null;
  // The clause after its first word.
  if (!FINITE_VERB.test(clause.slice(clause.indexOf(' ') + 1))) return null;
  // A clause cut before its object ("… doing the things you") does not read.
  if (/\b(?:you|the|a|an|to|of|and|or|with|for|in|on|at|by|from|your|their|its|our|as|than|that|which|this|is|are)$/i.test(clause)) return null;
  const lowered = lowerFirst(clause, section);
  if (lowered === null) return null;
  clause = lowered;
  // Balanced single quotes only.
  if ((clause.match(/‘/g) ?? []).length !== (clause.match(/’(?!\w)/g) ?? []).length && /‘/.test(clause)) return null;
  return clause;
}

/** `text.replace(/\s+/g, ' ')`, without the pattern's scan and copy where every space is already a single ' '. */
function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))))) return text.replace(/\s+/g, ' ');
  }
  return text;
}

/** How many times `ch` (one character) occurs in `text`: `text.split(ch).length - 1`, without the array. */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** The whole sentence, ready to be continued (", according to …"): its final stop dropped, inner double quotes single. */
function embeddable(text: string): string | null {
  const t = single(text.trim().replace(/\s+/g, ' ')).replace(/[.…]+$/, '');
  // A headline or a label ("BREAKING NEWS: …") is not a sentence to continue.
  if (/[?!:;]/.test(t) || /[‘’]$/.test(t)) return null;
  return t;
}

/**
 * Lower-case the first word when it is a common word, never a name or an acronym; null when the page does not say
 * which it is ("Brunch and lunch fare …": a writer would not write "whether Brunch").
 */
function lowerFirst(clause: string, section?: SectionMeasures): string | null {
  const m = /^([A-Z][a-z]*)\b/.exec(clause);
  if (!m) return clause;
  // A dotted or hyphenated name ("Node.js", "T-Mobile") keeps its capital.
  if (/^[A-Z][a-z]*[.\-_/][\p{L}\d]/u.test(clause)) return clause;
  const word = m[1]!;
  const lower = word.toLowerCase();
  let common = COMMON_OPENERS.has(lower);
  if (!common && section) {
    // A name is written with its capital mid-sentence too; a common word is written in lower case there
    // ("Email marketing" → "email"). A word the section uses nowhere else is common when it reads like one.
    // As a word of the prose, not inside an address ("trevor@…", "/trevor-daugherty/").
    // Each is read where the word occurs in a block, not scanned for from every character of it.
    if (writtenIn(section, lower, writtenAsProse)) common = true;
    else if (!writtenIn(section, word, writtenMidSentence)) {
      common = /(?:[^s]s|ing|ed|ly|tion|ment|ness|ity)$/.test(lower);
      if (!common) return null;
    }
  }
  return common ? lower + clause.slice(word.length) : clause;
}

/** Is `word` written so in a block of the section? */
function writtenIn(section: SectionMeasures, word: string, written: (text: string, word: string) => boolean): boolean {
  return section.blocks.some((b) => written(b.text, word));
}

/**
 * Is `word` (ASCII letters) written in `text` as a word of the prose: at the start or after a space or an opening
 * mark, and before a space, a closing mark, a full stop that ends a sentence, or the end? What
 * /(?:^|[\s(“‘"])word(?:[\s,;:!?)”’"]|\.(?:\s|$)|$)/u finds, read at each place the word occurs.
 */
export function writtenAsProse(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? -1 : text.charCodeAt(at - 1);
    if (before !== -1 && !isSpace(before) && before !== 0x28 && before !== 0x201c && before !== 0x2018 && before !== 0x22) continue;
    const end = at + word.length;
    if (end === text.length) return true;
    const after = text.charCodeAt(end);
    if (isSpace(after) || CLOSING.includes(text[end]!)) return true;
    if (after === 0x2e && (end + 1 === text.length || isSpace(text.charCodeAt(end + 1)))) return true;
  }
  return false;
}
const CLOSING = ',;:!?)”’"';

/**
 * Is `word` (ASCII letters) written in `text` after white space that follows a letter, "," or ";", and before a
 * character that is no letter (or the end)? What /[\p{L},;]\s+word(?:[^\p{L}]|$)/u finds, read at each place the
 * word occurs (code points, as the `u` flag reads them).
 */
export function writtenMidSentence(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let space = at;
    while (space > 0 && isSpace(text.charCodeAt(space - 1))) space--;
    if (space === at || space === 0) continue;
    const c = text.charCodeAt(space - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && space >= 2 && (text.charCodeAt(space - 2) & 0xfc00) === 0xd800;
    const before = pair ? text.codePointAt(space - 2)! : c;
    if (before !== 0x2c && before !== 0x3b && !isLetter(before)) continue;
    const end = at + word.length;
    if (end === text.length || !isLetter(text.codePointAt(end)!)) return true;
  }
  return false;
}
const LETTER = /^\p{L}$/u;
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The steps a walk-through told in sub-sections names by their headings ("1. Define early retirement", "Use
 * Median"): each heading an instruction (half of them, when numbered), at most six words, in the page's words. Empty
 * when fewer than three read as steps.
 */
export function stepsOfHeadings(all: readonly (string | null)[]): string[] {
  // Where some headings are numbered, the numbered ones are the steps ("Related coverage" after them is not).
  const isNumbered = (h: string | null) => h !== null && /^\s*(?:step\s*)?\d+[.):]\s/i.test(h);
  const numbered = all.filter(isNumbered).length;
  const headings = numbered >= 3 ? all.filter(isNumbered) : all;
  if (headings.length < 3 || headings.length > 12) return [];
  const labels: string[] = [];
  let instructions = 0;
  let framing = 0;
  for (const h of headings) {
    const text = (h ?? '').trim().replace(/^(?:step\s*)?\d+[.):]\s*/i, '').replace(/[:.]+$/, '');
    // A long heading is named by its opening words ("Put Plan A into action — but enjoy …" → "Put Plan A into action").
    const label = clean(text, 6) ?? leadOf(text.split(/\s[—–-]\s/)[0]!);
    // A heading that frames the list ("Why it matters", "Conclusion") is no step of it.
    if (label && (/^(?:if|when|because|although|while|why|how|what|which|who)\b/i.test(label) || STRUCTURAL.test(label))) {
      framing++;
      continue;
    }
    if (!label) continue;
    if (isInstruction(label)) instructions++;
    labels.push(label);
  }
  if (labels.length < 3 || labels.length < 0.75 * (headings.length - framing)) return [];
  // Numbered headings say their order themselves; unnumbered ones are steps only when every one is an instruction.
  return instructions >= (numbered >= 3 ? 0.5 : 1) * labels.length ? dedupe(labels) : [];
}
const STRUCTURAL = /^(?:conclusions?|introduction|intro|summary|overview|faqs?|frequently asked questions|related\b|final thoughts|wrapping up|wrap-up|the bottom line|bottom line|takeaways?|key takeaways|references|sources|further reading|resources|about the author|comments)\b/i;

/** How many steps a method suggestion lists by name (the rest are counted). */
const MAX_STEPS_NAMED = 5;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Markers of a step in running prose: "First, …", "Then …", "Finally, …". */
const STEP_MARKER = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|after that|afterwards|finally|lastly|to start|start by|begin by)\b,?\s+/i;

/**
 * The steps a section walks through, named in the page's own words and casing (each is a span of the section's text):
 * the lead label of each item of its list ("Audit: …" → "Audit"), or the item itself when it is short, or the opening
 * words of an instruction; else the parts of one instruction sentence that lists three or more; else the clauses its
 * prose opens with "First, … Then, … Finally, …". Empty when fewer than two read as steps.
 */
export function stepsOf(section: SectionMeasures): string[] {
  // Asked for by claimsOf and again by each suggestion of the same section: read once per section's measures.
  let steps = stepsRead.get(section);
  if (!steps) {
    steps = readSteps(section);
    stepsRead.set(section, steps);
  }
  return steps.slice();
}
const stepsRead = new WeakMap<SectionMeasures, string[]>();

function readSteps(section: SectionMeasures): string[] {
  // The first run of list items (two or more), each read once.
  const runs: number[][] = [];
  let run: number[] = [];
  section.blocks.forEach((b, i) => {
    if (b.kind === 'li') run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  for (const r of runs) {
    if (r.length < 2 || r.length > 12) continue;
    const ordered = section.blocks[r[0]!]!.ordered === true;
    const labels = r.map((i) => stepLabel(section, i, ordered));
    const good = labels.filter((l): l is { label: string; instruction: boolean } => l !== null);
    // A list most of whose items read as instructions is a process; a list of facts, links or ingredients is not.
    // A numbered list says its order itself: half of it reading as instructions is enough.
    const instructions = good.filter((l) => l.instruction).length;
    if (good.length >= 2 && good.length >= 0.75 * r.length && instructions >= (ordered ? 0.5 : 0.75) * r.length) return dedupe(good.map((l) => l.label));
  }
  // One instruction sentence that lists three or more ("Turn off notifications, close unnecessary tabs and put
  // your phone in another room").
  for (const s of section.sentences) {
    if (!(s.cues && hasCue(s.cues, 'imperative')) && !isInstruction(s.text)) continue;
    const parts = s.text.replace(/[.!…]+$/, '').split(/,\s*(?:and |or |then )?|\s+(?:and|then)\s+/);
    if (parts.length < 3 || parts.length > 8) continue;
    const labels = parts.map((p) => (isInstruction(p.trim()) ? clean(p.trim(), 6) : null));
    if (labels.every((l) => l !== null)) return dedupe(labels as string[]);
  }
  const marked: string[] = [];
  for (const s of section.sentences) {
    const m = STEP_MARKER.exec(s.text);
    if (!m) continue;
    const rest = s.text.slice(m[0].length);
    if (!/^(?:you\b|we\b|I\b)/i.test(rest) && !(s.cues && hasCue(s.cues, 'imperative')) && !isInstruction(rest)) continue;
    const label = leadOf(rest.replace(/^(?:you|we) (?:should |need to |must |can )?/i, ''));
    if (label) marked.push(label);
  }
  return marked.length >= 2 ? dedupe(marked) : [];
}

/** Words a step opens with that are not part of its name ("Now add …", "Then …"). */
const STEP_FILLER = /^(?:again|now|then|next|finally|also|meanwhile|afterwards|after that|lastly|first|firstly|second|third|once done|when done),?\s+/i;

/**
 * The step one list item names, with whether it reads as an instruction, or null when it reads as no step (a fact, a
 * link, an ingredient, a figure).
 */
function stepLabel(section: SectionMeasures, block: number, ordered: boolean): { label: string; instruction: boolean } | null {
  const raw = section.blocks[block]!.text.trim().replace(/\s+/g, ' ');
  let text = raw.replace(/^(?:step\s*)?(?:\d+|[a-z])[.):\-–]\s*/i, '').replace(/^[•·▪◦*-]\s*/, '');
  for (let i = 0; i < 2; i++) text = text.replace(STEP_FILLER, '');
  // A link, an address or a price is a listing, not a step ("Get Pokemon Sword on Amazon for $58.99").
  if (!text || /https?:|www\.|@|[$£€¥]\s?\d|\d\s?(?:USD|EUR)\b/.test(text)) return null;
  // An ingredient or a figure opens with its quantity.
  if (/^\W*\d/.test(text) || (!ordered && /\d/.test(text.split(' ').slice(0, 3).join(' ')))) return null;
  const first = section.sentences.find((s) => s.block === block);
  const imperative = first?.cues ? hasCue(first.cues, 'imperative') : false;
  // "Audit: check every page" / "Audit — check every page": the label is the step's name.
  const labelled = /^([^.:;—–!?]{2,60}?)\s*(?::|\s[—–]\s|\s-\s)\s*\S/.exec(text);
  if (labelled) {
    // A label names a step when it is an instruction ("Audit", "Prune the pages"), not a topic ("Security").
    const label = clean(labelled[1]!.trim(), 6);
    return label && (isInstruction(label) || /^step\b/i.test(raw)) ? { label, instruction: true } : null;
  }
  const sentence = (/^[^.!?]*[.!?]/.exec(text)?.[0] ?? text).trim();
  const instruction = imperative || isInstruction(sentence);
  const short = clean(sentence.replace(/[.!?…]+$/, ''), 6);
  if (short && (instruction || ordered)) return { label: short, instruction };
  // A longer instruction: its opening words, up to where its clause turns ("so that", "to", ", and").
  if (instruction || ordered) {
    const lead = leadOf(sentence);
    return lead ? { label: lead, instruction } : null;
  }
  return null;
}

/**
 * The opening words of an instruction: up to the first turn of its clause (a comma, "so", "because", "which") when
 * that leaves at most six words, else up to its last preposition or "and" within six words ("Resize the photo | to
 * the largest size …"); null when neither reads as a step's name.
 */
function leadOf(text: string): string | null {
  const words = text.replace(/[.!?…]+$/, '').split(' ');
  let strong = words.length;
  for (let i = 1; i < words.length; i++) {
    if (/[,;:]$/.test(words[i - 1]!)) {
      strong = i;
      break;
    }
    if (/^(?:so|because|before|after|until|while|which|that|when|if|unless|then|once|since)$/i.test(words[i]!)) {
      strong = i;
      break;
    }
  }
  if (strong <= 6) return clean(words.slice(0, strong).join(' '), 6);
  let weak = 0;
  for (let i = 2; i <= Math.min(6, words.length - 1); i++) {
    if (/^(?:to|and|or|with|for|from|by|in|into|on|onto|at|over|under|below|above|using|through|across|without|till)$/i.test(words[i]!)) weak = i;
  }
  return weak >= 2 ? clean(words.slice(0, weak).join(' '), 6) : null;
}

/**
 * Does the text open with an instruction? A known instruction verb, or a bare verb form followed by its object
 * ("Resize the photo", "Export it", "Lazy-load every image"): a capitalised word that is no article, pronoun,
 * preposition or auxiliary, and not inflected (-s, -ed, -ing, -ly), before a determiner or a pronoun.
 */
function isInstruction(text: string): boolean {
  if (INSTRUCTION.test(text)) return true;
  const m = /^([A-Z][a-z]+(?:-[a-z]+)?)\s+(?:the|a|an|your|it|every|each|all|this|that|these|those|them|its|their|our|up|out|down|off|some|any|one|two|three|more|less)\b/.exec(text);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return !NOT_A_VERB.has(w) && !/(?:[^s]s|ed|ing|ly)$/.test(w);
}
const NOT_A_VERB = new Set(
  'this that the a an it its your our their there these those most many some all each every any one no if when for in on at with by from to as and but or so then what why how who which he she they we i you is are was were be been have has had do does did can will should would could may might must not once after before while since until because though although also only just even here now today yesterday tomorrow both either neither such'.split(' '),
);
const INSTRUCTION =
  /^(?:close|shut|silence|mute|block|disable|switch|print|allow|attach|bake|beat|blend|boil|book|bring|chop|contact|cool|core|cover|dice|drag|drain|drill|dry|feed|fold|freeze|fry|garnish|glue|grate|grease|grill|heat|hold|insert|knead|line|log in|mark|melt|navigate|pack|paint|paste|peel|plant|plug|pour|preheat|press|register|rename|rinse|roast|roll|sand|scroll|season|serve|sign in|simmer|slice|soak|spoon|spread|sprinkle|stir|strain|swipe|tap|tighten|toss|transfer|trim|unplug|visit|water|whisk|add|adjust|analy[sz]e|apply|ask|assess|audit|avoid|back up|build|buy|calculate|call|check|choose|clean|clear|click|collect|combine|compare|compress|configure|connect|consider|cook|copy|create|cut|decide|define|delete|deploy|describe|design|determine|do|document|download|draft|edit|enable|enter|establish|estimate|evaluate|fill|find|fix|follow|gather|get|give|go|identify|implement|import|improve|install|keep|launch|let|limit|list|load|log|look|make|map|measure|merge|mix|monitor|move|open|optimi[sz]e|organi[sz]e|outline|pick|place|plan|prepare|press|prioriti[sz]e|prune|publish|pull|push|put|read|record|redirect|reduce|refine|remove|repeat|replace|report|research|restart|review|rewrite|run|save|schedule|select|send|set|share|sign|sort|start|stop|store|take|talk|test|track|try|turn|type|update|upload|use|validate|verify|wait|wash|watch|write)\b/i;

/** A label cut to at most `max` words, with its marks checked: null when it would not read cleanly in a list. */
function clean(label: string, max: number): string | null {
  const t = single(label.trim()).replace(/^[‘’'(]+|[‘’'),.;:]+$/g, '').trim();
  if (!t || t.split(' ').length > max || t.length < 2) return null;
  // No marks that a list inside a sentence would break on, no half a bracket or quotation.
  if (/[,;:“”"‘’()[\]{}|<>\\]|\/\/|^\/|\/$/.test(t) || /^\W/.test(t) || !/\p{L}/u.test(t)) return null;
  return t;
}


function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * "these four steps — Audit, Prune, Merge and Redirect —" (the first five named, the rest counted). Each step reads
 * as a name in a list: a first word the page wrote in lower case mid-sentence ("… then add the salt") gets its
 * capital, the rest of its casing stays the page's ("iPhone", "DNS" untouched).
 */
export function stepsPhrase(input: readonly string[]): string {
  const steps = input.map((t) => t.replace(/^[a-z]+\b(?![.\-_]\w)/, (w) => w[0]!.toUpperCase() + w.slice(1)));
  const n = steps.length;
  const count = n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n);
  const named = steps.slice(0, MAX_STEPS_NAMED);
  const list = n > MAX_STEPS_NAMED ? `${named.join(', ')} and the rest` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
  return `these ${count} steps — ${list} —`;
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
