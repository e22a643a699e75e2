/**
 * What a careful reader notices in one sentence, in English and German: who speaks (I, we, you), whether it
 * reports (speech verbs, dates, named people, officials) or advises (imperatives, modals, hedges, definitions),
 * and the shape of recipes and how-tos (units, quantities). Each cue is a yes/no per sentence; the fitted verdict
 * (scoring/verdict) reads their rates per section. One pass of a few bounded regular expressions per sentence.
 *
 * The word lists are LABELING.md's distinctions turned into wording: "generic advice in first person" is not an
 * account; reported news names officials, dates and places; German attribution reads "sagt", "sagte", "erklärt",
 * "so X", "laut X".
 */

import { has, hasLower, isSpace, wordClass, wordClassOf, wordsOf, type WordClass, type Words } from './words';

export type CueLang = 'en' | 'de';

/** The cues, in the order of the bits `sentenceCues` sets. */
export const CUES = [
  'firstSingular', // I, my, me / ich, mein, mir
  'firstPlural', // we, our, us / wir, unser, uns
  'secondPerson', // you, your / du, dein, Sie (mid-sentence), euch
  'imperative', // a sentence that opens with a bare instruction verb ("Add", "Use", "Don't")
  'modal', // should, can, need to, it's important / sollte, kann, muss
  'hedge', // often, usually, typically, many people / oft, meist, viele
  'definition', // "X is a", "refers to" / "ist ein", "bezeichnet"
  'speech', // said, told, according to / sagt, sagte, erklärt, laut, zufolge, ", so X"
  'quote', // a quoted span of four words or more
  'date', // a day, a month, a weekday, yesterday / German months and weekdays
  'capPair', // two adjacent capitalized words after the first word: mostly names, in both languages
  'past', // a past-tense or perfect verb form
  'unit', // kitchen and shop units: cups, tbsp, grams, servings / EL, TL, Gramm
  'question', // ends with a question mark
  'official', // officials, police, minister, court, spokesperson / Polizei, Minister, Gericht, Sprecher
  'research', // study, survey, data, report, researchers / Studie, Umfrage, Daten, Forscher
  'ownOrg', // our company, our team, at X we / unser Unternehmen, unser Team
  'discourse', // the text talking about itself: "in this article", "we will look at" / "in diesem Artikel"
  'firstAct', // first person with a past-tense act: "I tested", "we found" / "ich habe … getestet"
  'time', // yesterday, today, this week, on Monday / gestern, heute, am Montag
  'place', // in + capitalized place / in + capitalized word (city, country)
  'speakerTurn', // an interview turn: "Atim: …", "Q: …", "Jane Doe: …" opening the sentence
] as const;
export type Cue = (typeof CUES)[number];

interface Lexicon {
  patterns: Partial<Record<Cue, RegExp>>;
}

const EN_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DE_MONTH = String.raw`(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)`;

const EN: Lexicon = {
  patterns: {
    firstSingular: /\b(?:I|I['’](?:m|ve|d|ll)|my|me|mine|myself)\b/,
    firstPlural: /\b(?:[Ww]e|[Ww]e['’](?:ve|re|d|ll)|[Oo]ur|[Uu]s|[Oo]urselves)\b/,
    secondPerson: /\b(?:[Yy]ou|[Yy]our|[Yy]ou['’](?:re|ll|ve|d)|[Yy]ourself)\b/,
    imperative:
      /^(?:["“'‘(]?\s*)(?:Add|Avoid|Ask|Be|Bake|Boil|Bring|Buy|Check|Choose|Chop|Click|Combine|Consider|Cook|Cover|Create|Cut|Do|Don['’]t|Drain|Enter|Find|Follow|Get|Give|Go|Heat|Keep|Let|Look|Make|Mix|Never|Open|Pick|Place|Plan|Pour|Preheat|Prepare|Put|Read|Remember|Remove|Return|Run|Save|Select|Serve|Set|Simmer|Start|Stir|Store|Take|Think|Try|Turn|Type|Use|Visit|Wash|Watch|Whisk|Write|Freeze|Dip|Chill|Melt|Blend|Roll|Fold|Beat|Sprinkle|Drizzle|Season|Slice|Dice|Grill|Fry|Roast|Toss|Spread|Grease|Knead|Refrigerate|Transfer|Divide|Garnish|Cool|Allow|Repeat|Soak|Rinse|Peel|Drop|Press|Shape|Sift|Marinate|Scoop|Layer)\b/,
    modal: /\b(?:should|shouldn['’]t|can|can['’]t|cannot|could|may|might|must|need to|needs to|have to|has to|it['’]s (?:important|best|worth|a good idea)|it is (?:important|best|worth|recommended)|make sure|be sure to|recommended)\b/i,
    hedge: /\b(?:often|usually|typically|generally|commonly|frequently|sometimes|many people|most people|some people|in general|tend to|tends to|can help|a lot of)\b/i,
    definition: /\b(?:is|are) (?:a|an|the) (?:type|kind|form|way|process|term|method|practice|measure|set)\b|\brefers? to\b|\bis defined as\b|\bis known as\b|\bmeans that\b/i,
    speech:
      /\b(?:said|says|told|explained|added|noted|wrote|recalled|argued|insisted|warned|stated|tweeted|announced|testified|confirmed|according to|in a statement|in an interview|spokesperson|spokesman|spokeswoman)\b/i,
    date: new RegExp(
      String.raw`\b${EN_MONTH}\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${EN_MONTH}|\b(?:in|since|by|until|from|during|on|of)\s+(?:early\s+|late\s+|mid-?)?(?:${EN_MONTH}\s+)?(?:1[89]|20)\d\d\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{4}-\d{2}-\d{2}\b`,
    ),
    past: /\b(?:was|were|had|did|said|told|went|came|took|gave|made|found|began|became|met|saw|wrote|[a-z]{3,}ed)\b/,
    unit: /\b\d+(?:[./]\d+)?\s*(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|grams?|g|kg|oz|ounces?|lbs?|pounds?|ml|liters?|litres?|cloves?|slices?|servings?|pinch|°[CF]?|degrees)\b|[$€£]\s?\d/,
    official:
      /\b(?:officials?|police|minister|ministry|government|court|judge|prosecutors?|lawmakers?|senator|congress|parliament|mayor|governor|president|authorities|agency|department|spokesperson|spokesman|spokeswoman|council|commission|investigators?|lawsuit)\b/i,
    research: /\b(?:study|studies|survey|surveyed|data|dataset|report|research|researchers|analysis|experiment|findings|respondents|sample|poll)\b/i,
    ownOrg: /\b(?:[Oo]ur (?:team|company|customers|clients|engineers|staff|users|product|platform|organi[sz]ation|members|lab)|[Aa]t [A-Z][\w&.-]+,? we)\b/,
    discourse:
      /\b(?:in this (?:article|post|guide|section|piece|tutorial)|(?:we|I)['’]ll (?:look|explore|cover|discuss|show|go)|(?:we|I) will (?:look|explore|cover|discuss|show|go)|let['’]s (?:look|take|explore|dive|start)|(?:as )?we all know|below,? (?:we|I)|read on)\b/i,
    firstAct:
      /\b(?:I|[Ww]e|[Oo]ur team)(?:\s+(?:have|had|'ve|’ve))?(?:\s+(?:also|then|first|recently|personally|actually|finally|just))?\s+(?:[a-z]{3,}ed|found|ran|built|made|wrote|spent|met|saw|took|got|went|did|spoke|sat|bought|paid|grew|led|began|drove|learned|learnt)\b/,
    // A clock time ("14:05", "9:30 a.m.") also counts: see CLOCK.
    time: /\b(?:yesterday|today|tonight|this (?:week|month|morning|afternoon|evening|year)|last (?:week|month|night|year)|earlier this|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i,
    place: /\b(?:in|at|from|near) (?:the )?[A-Z][a-z]{2,}(?:,? [A-Z][a-z]+)?\b/,
  },
};

const DE: Lexicon = {
  patterns: {
    firstSingular: /\b(?:[Ii]ch|[Mm]ein(?:e|en|em|er|es)?|[Mm]ir|[Mm]ich)\b/,
    firstPlural: /\b(?:[Ww]ir|[Uu]nser(?:e|en|em|er|es)?|[Uu]ns)\b/,
    secondPerson: /\b(?:[Dd]u|[Dd]ein(?:e|en|em|er|es)?|[Dd]ir|[Dd]ich|[Ee]uch|[Ee]uer|[Ii]hr(?:e|en|em|er)?)\b|\S\s+Sie\b/,
    imperative:
      /^(?:["„“'‚(]?\s*)(?:Achten|Beachten|Geben|Gib|Füge|Fügen|Legen|Lege|Mischen|Nehmen|Nimm|Rühren|Schneiden|Stellen|Vermeiden|Verwenden|Versuchen|Wählen|Kochen|Backen|Lassen|Lass|Klicken|Öffnen|Denken|Probieren|Schauen|Sorgen|Machen|Mach)\b/,
    modal: /\b(?:sollte|sollten|solltest|kann|können|kannst|könnte|könnten|muss|müssen|musst|darf|dürfen|empfiehlt|empfehlen|empfehlenswert|wichtig ist|ist wichtig)\b/,
    hedge: /\b(?:oft|häufig|meist|meistens|in der Regel|normalerweise|viele Menschen|manche|einige|generell|grundsätzlich|typischerweise)\b/,
    definition: /\b(?:ist|sind) (?:ein|eine|einer) (?:Art|Form|Begriff|Methode|Verfahren)\b|\bbezeichnet\b|\bversteht man\b|\bbedeutet,? dass\b/,
    speech:
      /\b(?:sagt|sagte|sagten|sagen|gesagt|erklärt|erklärte|erklärten|betont|betonte|berichtet|berichtete|meint|meinte|fügte|ergänzt|ergänzte|kritisiert|kritisierte|warnt|warnte|teilte|teilt|laut|zufolge|sprach|so der|so die)\b|,\s+so\s+[A-ZÄÖÜ]/,
    date: new RegExp(String.raw`\b\d{1,2}\.\s*${DE_MONTH}\b|\b${DE_MONTH}\s+(?:1[89]|20)\d\d\b|\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?`),
    past: /\b(?:war|waren|wurde|wurden|hatte|hatten|hat|haben|ist|sind)\b[^.]*\b(?:ge[a-zäöüß]{3,}(?:t|en)|worden)\b|\b(?:war|waren|wurde|wurden|hatte|hatten|sagte|ging|kam|nahm|gab|fand)\b/,
    unit: /\b\d+(?:[.,/]\d+)?\s*(?:g|kg|Gramm|ml|l|Liter|EL|TL|Esslöffel|Teelöffel|Prise|Stück|Scheiben?|Portionen?|Grad|°C?)\b|[€$]\s?\d|\d\s?(?:€|Euro)\b/,
    official:
      /\b(?:Polizei|Minister(?:in|ium)?|Regierung|Gericht|Richter(?:in)?|Staatsanwaltschaft|Behörden?|Bürgermeister(?:in)?|Sprecher(?:in)?|Bundestag|Landtag|Kanzler(?:in)?|Präsident(?:in)?|Verband|Ermittler|Amt|Rat|Partei)\b/,
    research: /\b(?:Studie|Studien|Umfrage|Daten|Bericht|Forscher(?:in|innen)?|Untersuchung|Analyse|Experiment|Befragte[n]?|Ergebnisse)\b/,
    ownOrg: /\b(?:[Uu]nser(?:e|em|en)? (?:Team|Unternehmen|Firma|Kunden|Redaktion|Mitarbeiter|Verein|Labor))\b/,
    discourse: /\b(?:in diesem (?:Artikel|Beitrag|Text)|im Folgenden|schauen wir uns|werfen wir einen Blick|wie wir alle wissen)\b/,
    firstAct: /\b(?:[Ii]ch|[Ww]ir)\s+(?:habe|haben|hatte|hatten)\b[^.]{0,80}\bge[a-zäöüß]{3,}(?:t|en)\b|\b(?:[Ii]ch|[Ww]ir)\s+(?:war|waren|fand|fanden|ging|gingen|sprach|sprachen|testete|testeten)\b/,
    time: /\b(?:gestern|heute|vorgestern|diese[rn]? Woche|letzte[rn]? Woche|am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen)?)\b/,
    place: /\b(?:in|aus|nach|bei) (?:der |dem )?[A-ZÄÖÜ][a-zäöüß]{2,}\b/,
  },
};

/**
 * Exact gates in front of the English patterns (./words.ts): each holds wherever its pattern can match, because every
 * branch of the pattern needs one of these whole words (lower-cased) or a digit, so a sentence that fails the gate
 * cannot match and skips the scan. The pattern still decides. Cues without a gate are cheap (anchored) or not words.
 */
const W = {
  firstSingular: wordClass('i my me mine myself'),
  firstPlural: wordClass('we our us ourselves'),
  secondPerson: wordClass('you your yourself'),
  modal: wordClass('should can cannot could may might must recommended'),
  modalPhrase: wordClass('shouldn sure'),
  to: wordClass('to'),
  need: wordClass('need needs have has'),
  it: wordClass('it'),
  worth: wordClass('important best worth idea'),
  hedge: wordClass('often usually typically generally commonly frequently sometimes'),
  hedgePhrase: wordClass('general tend tends lot'),
  people: wordClass('people'),
  many: wordClass('many most some'),
  can: wordClass('can'),
  help: wordClass('help'),
  definition: wordClass('type kind form way process term method practice measure set refer refers defined known means'),
  speech: wordClass('said says told explained added noted wrote recalled argued insisted warned stated tweeted announced testified confirmed spokesperson spokesman spokeswoman'),
  speechPhrase: wordClass('according statement interview'),
  weekday: wordClass('monday tuesday wednesday thursday friday saturday sunday'),
  past: wordClass('was were had did said told went came took gave made found began became met saw wrote'),
  official: wordClass(
    'official officials police minister ministry government court judge prosecutor prosecutors lawmaker lawmakers senator congress parliament mayor governor president authorities agency department spokesperson spokesman spokeswoman council commission investigator investigators lawsuit',
  ),
  research: wordClass('study studies survey surveyed data dataset report research researchers analysis experiment findings respondents sample poll'),
  our: wordClass('our'),
  at: wordClass('at'),
  we: wordClass('we'),
  discourse: wordClass('article post guide section piece tutorial let below read'),
  weI: wordClass('we i'),
  will: wordClass('ll will know'),
  firstAct: wordClass('i we our'),
  time: wordClass('yesterday today tonight'),
  timePhrase: wordClass('earlier monday tuesday wednesday thursday friday saturday sunday'),
  thisLast: wordClass('this last'),
  span: wordClass('week month morning afternoon evening year night'),
  place: wordClass('in at from near'),
};
/** A gate's answer: the pattern cannot match, may match (run it), or matches (a whole word that is one of its branches). */
const NO = 0;
const MAYBE = 1;
const YES = 2;
const maybe = (b: boolean): number => (b ? MAYBE : NO);
/**
 * For a case-insensitive pattern, a whole word that is one of its branches is a match: "YES" without the scan. For the
 * case-sensitive `past`, a word in small letters that is one of its branches is one (and nothing else is).
 */
const EN_GATES: Partial<Record<Cue, (x: Words) => number>> = {
  firstSingular: (x) => maybe(has(x, W.firstSingular)),
  firstPlural: (x) => maybe(has(x, W.firstPlural)),
  secondPerson: (x) => maybe(has(x, W.secondPerson)),
  modal: (x) => (has(x, W.modal) ? YES : maybe(has(x, W.modalPhrase) || (has(x, W.to) && has(x, W.need)) || (has(x, W.it) && has(x, W.worth)))),
  hedge: (x) => (has(x, W.hedge) ? YES : maybe(has(x, W.hedgePhrase) || (has(x, W.people) && has(x, W.many)) || (has(x, W.can) && has(x, W.help)))),
  definition: (x) => maybe(has(x, W.definition)),
  speech: (x) => (has(x, W.speech) ? YES : maybe(has(x, W.speechPhrase))),
  // Every branch but the weekdays holds a digit.
  date: (x) => maybe(x.digit || has(x, W.weekday)),
  past: (x) => (x.ed || hasLower(x, W.past) ? YES : NO),
  unit: (x) => maybe(x.digit),
  official: (x) => (has(x, W.official) ? YES : NO),
  research: (x) => (has(x, W.research) ? YES : NO),
  ownOrg: (x) => maybe(has(x, W.our) || (has(x, W.at) && has(x, W.we))),
  discourse: (x) => maybe(has(x, W.discourse) || (has(x, W.weI) && has(x, W.will))),
  firstAct: (x) => maybe(has(x, W.firstAct)),
  time: (x) => (has(x, W.time) ? YES : maybe(has(x, W.timePhrase) || (has(x, W.thisLast) && has(x, W.span)))),
  place: (x) => maybe(x.capitalized && has(x, W.place)),
};

/**
 * The German patterns' gates, as exact as the English ones: each lists the words (lower-cased) every branch of its
 * pattern needs, or a digit. The German patterns are case-sensitive, so a gate never answers "match": it only skips
 * the scan. `imperative` is anchored and `place` needs words in most sentences: no gate.
 */
const D_WORDS: Partial<Record<Cue, WordClass>> = {
  firstSingular: wordClassOf('ich mein meine meinen meinem meiner meines mir mich'),
  firstPlural: wordClassOf('wir unser unsere unseren unserem unserer unseres uns'),
  secondPerson: wordClassOf('du dein deine deinen deinem deiner deines dir dich euch euer ihr ihre ihren ihrem ihrer sie'),
  modal: wordClassOf('sollte sollten solltest kann können kannst könnte könnten muss müssen musst darf dürfen empfiehlt empfehlen empfehlenswert wichtig'),
  hedge: wordClassOf('oft häufig meist meistens regel normalerweise menschen manche einige generell grundsätzlich typischerweise'),
  definition: wordClassOf('art form begriff methode verfahren bezeichnet versteht bedeutet'),
  speech: wordClassOf(
    'sagt sagte sagten sagen gesagt erklärt erklärte erklärten betont betonte berichtet berichtete meint meinte fügte ergänzt ergänzte kritisiert kritisierte warnt warnte teilte teilt laut zufolge sprach so',
  ),
  past: wordClassOf('war waren wurde wurden hatte hatten hat haben ist sind sagte ging kam nahm gab fand'),
  official: wordClassOf(
    'polizei minister ministerin ministerium regierung gericht richter richterin staatsanwaltschaft behörde behörden bürgermeister bürgermeisterin sprecher sprecherin bundestag landtag kanzler kanzlerin präsident präsidentin verband ermittler amt rat partei',
  ),
  research: wordClassOf('studie studien umfrage daten bericht forscher forscherin forscherinnen untersuchung analyse experiment befragte befragten ergebnisse'),
  ownOrg: wordClassOf('unser unsere unserem unseren'),
  discourse: wordClassOf('diesem folgenden schauen werfen wissen'),
  firstAct: wordClassOf('ich wir'),
  time: wordClassOf('gestern heute vorgestern woche am'),
};
const WEEKDAY_DE = wordClassOf('montag dienstag mittwoch donnerstag freitag samstag sonntag');
const DE_GATES: Partial<Record<Cue, (x: Words) => number>> = {
  ...Object.fromEntries(Object.entries(D_WORDS).map(([cue, cls]) => [cue, (x: Words) => maybe(has(x, cls))])),
  // Every branch but the weekdays holds a digit.
  date: (x) => maybe(x.digit || has(x, WEEKDAY_DE)),
  unit: (x) => maybe(x.digit),
};

/** Each language's cue patterns and gates, in the order of CUES (read by index: no lookup by name per sentence). */
const ROWS: Record<CueLang, { re: RegExp | undefined; gate: ((x: Words) => number) | undefined }[]> = {
  en: CUES.map((c) => ({ re: EN.patterns[c], gate: EN_GATES[c] })),
  de: CUES.map((c) => ({ re: DE.patterns[c], gate: DE_GATES[c] })),
};

/**
 * A clock time stamps a live blog's posts and a report's events ("14:05", "9:30 a.m.", "18.30 Uhr"). Tested only
 * when the sentence has a colon (or "Uhr"): a pattern that may start at any digit would scan every sentence.
 */
const CLOCK_EN = /(?:^|[^\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/;
const CLOCK_DE = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s?Uhr\b/;

/** Quoted spans of four words or more: “…”, "…", „…“, «…», »…«. Bounded: a quote longer than 600 characters is not scanned. */
const QUOTED = /[“"„«»‚]([^“”"„«»]{12,600})[”"“»«‘]/;

/** Two adjacent capitalized words, not counting the sentence's first word. Letters only, so "COVID-19" is not one. */
const CAP_PAIR = /\s[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+/;
/** In German every noun is capitalized, so a pair counts only when neither word is a common function word. */
const DE_CAP_EXCLUDE = /^(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Im|In|Am|Auf|Für|Mit|Bei|Nach|Von|Vom|Zum|Zur|Sie|Es|Er|Wir|Ich|Auch|Aber|Und|Doch|Wenn|Als)$/;

/** A name (one to three capitalized words) and a colon opening the sentence: a turn in an interview transcript. */
const SPEAKER_TURN = /^[A-ZÄÖÜ][\p{L}.'’-]{0,30}(?:\s[A-ZÄÖÜ][\p{L}.'’-]{0,30}){0,2}:\s/u;

/** A question mark closing the sentence (a closing quotation mark and spaces may follow it). */
const QUESTION = /\?["”“»]?\s*$/;

/** Question-and-answer labels of an interview transcript. */
const QA_LABEL = /^(?:Q|A|Question|Answer|Frage|Antwort|F)\s*:/;

/** How long a sentence the cues read: past this, the rest is not read (long tokens and run-on text stay linear). */
const MAX_CHARS = 2000;

export function cueLang(lang: string | null, english: boolean): CueLang | null {
  if (english) return 'en';
  if (lang === 'de') return 'de';
  return null;
}

/**
 * The cues one sentence carries, as a bit set in the order of CUES. `gated` false runs every pattern without its
 * word gate: what the gates must never change (tests/scoring/word-gates.test.ts holds them to it on real sentences).
 */
export function sentenceCues(text: string, lang: CueLang, gated = true): number {
  const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const rows = ROWS[lang];
  // The sentence's words, asked once for every gate (the measures read them just before: ./words.ts keeps them).
  const words = gated ? wordsOf(t) : null;
  let bits = 0;
  for (let i = 0; i < CUES.length; i++) {
    const cue = CUES[i]!;
    let hit = false;
    if (cue === 'quote') {
      const m = QUOTED.exec(t);
      hit = m !== null && m[1]!.trim().split(/\s+/).length >= 4;
    } else if (cue === 'capPair') {
      hit = capPair(t, lang, gated);
    } else if (cue === 'speakerTurn') {
      // "Atim: Ich musste tanzen…", "Rick: I think…", "Q: …": a label and a colon is a turn in an interview when the
      // words after it are someone speaking as themselves (labels such as "Photo:", "Prep Time:", "Note:" are not).
      const turn = t.includes(':') ? SPEAKER_TURN.exec(t) : null;
      if (turn) {
        const rest = t.slice(turn[0].length);
        hit = QA_LABEL.test(turn[0]) || speaksAsSelf(rest, lang);
      }
    } else if (cue === 'question') {
      // A pattern anchored at the end is tried from every character: a sentence without "?" skips it.
      hit = t.includes('?') && QUESTION.test(t);
    } else {
      const { re, gate } = rows[i]!;
      if (re) {
        const open = gate === undefined || words === null ? MAYBE : gate(words);
        hit = open === YES || (open === MAYBE && re.test(t));
      }
      if (!hit && cue === 'time') hit = lang === 'de' ? t.includes('Uhr') && CLOCK_DE.test(t) : t.includes(':') && CLOCK_EN.test(t);
    }
    if (hit) bits |= 1 << i;
  }
  return bits;
}

function capPair(t: string, lang: CueLang, gated = true): boolean {
  // Each of CAP_PAIR's two words opens with a capital after a space.
  if (lang === 'en') return (!gated || wordsOf(t).capStarts >= 2) && CAP_PAIR.test(t);
  return gated ? germanPair(t) : germanPairBySplit(t);
}

/**
 * German: the pairs of words, without those that are function words (a noun after "Die" is no name). The words are
 * `t.split(/\s+/)` from the second to the 200th, each stripped of the quotation marks and brackets before it and the
 * punctuation after it; the first of a pair must not end with a comma. Read in place, with no array or string per
 * word: germanPairBySplit says the same with strings (the word-gates test holds the two to it on real sentences).
 */
function germanPair(t: string): boolean {
  const n = t.length;
  /** The stripped bounds of the previous word when it is a capitalized word not followed by a comma, else -1. */
  let prevStart = -1;
  let prevEnd = -1;
  for (let word = 0, from = 0; word < 200; word++) {
    let to = from;
    while (to < n && !isSpace(t.charCodeAt(to))) to++;
    if (word >= 1) {
      let s = from;
      while (s < to && opensWord(t.charCodeAt(s))) s++;
      let e = to;
      while (e > s && closesWord(t.charCodeAt(e - 1))) e--;
      const cap = capitalizedWord(t, s, e);
      if (cap && prevStart >= 0 && !DE_CAP_EXCLUDE.test(t.slice(prevStart, prevEnd)) && !DE_CAP_EXCLUDE.test(t.slice(s, e))) return true;
      const comma = to > from && t.charCodeAt(to - 1) === 44;
      prevStart = cap && !comma ? s : -1;
      prevEnd = e;
    }
    if (to >= n) break;
    from = to;
    while (from < n && isSpace(t.charCodeAt(from))) from++;
  }
  return false;
}

/** [„"“(]: stripped from a word's start. */
function opensWord(c: number): boolean {
  return c === 0x201e || c === 34 || c === 0x201c || c === 40;
}
/** [,.;:!?)"“”]: stripped from a word's end. */
function closesWord(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
}
/** /^[A-ZÄÖÜ][a-zäöüß]+$/ on t[s, e). */
function capitalizedWord(t: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const c = t.charCodeAt(s);
  if (!((c >= 65 && c <= 90) || c === 0xc4 || c === 0xd6 || c === 0xdc)) return false;
  for (let i = s + 1; i < e; i++) {
    const d = t.charCodeAt(i);
    if (!((d >= 97 && d <= 122) || d === 0xe4 || d === 0xf6 || d === 0xfc || d === 0xdf)) return false;
  }
  return true;
}

/** germanPair with strings: split, strip and test each word. */
function germanPairBySplit(t: string): boolean {
  const words = t.split(/\s+/).slice(1, 200);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!.replace(/^[„"“(]+|[,.;:!?)"“”]+$/g, '');
    const b = words[i + 1]!.replace(/^[„"“(]+|[,.;:!?)"“”]+$/g, '');
    if (/^[A-ZÄÖÜ][a-zäöüß]+$/.test(a) && /^[A-ZÄÖÜ][a-zäöüß]+$/.test(b) && !DE_CAP_EXCLUDE.test(a) && !DE_CAP_EXCLUDE.test(b) && words[i]!.slice(-1) !== ',') return true;
  }
  return false;
}

/** Does the text speak in the first person (I, we / ich, wir and their forms)? */
export function speaksAsSelf(text: string, lang: CueLang): boolean {
  const { firstSingular, firstPlural } = (lang === 'de' ? DE : EN).patterns;
  return firstSingular!.test(text) || firstPlural!.test(text);
}

export function hasCue(bits: number, cue: Cue): boolean {
  return (bits & (1 << CUES.indexOf(cue))) !== 0;
}
