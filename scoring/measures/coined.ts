/**
 * Names a page coins for its own method or concept: "we call this the X", "what I'll call rewind design", "our X
 * Framework", "we're excited to share a new approach — File-by-File patching", "I developed this approach … It's
 * called Plan & Grow BIG." English only. The named-framework signal reads them per sentence; the page context keeps
 * the page's coined names, so a section defining one of the method's stages ("The Plan Stage") is read as part of it.
 */
import type { Snapshot, SnapshotSection } from '../snapshot';
import { readsAsProse } from './prose';
import { gated, type Words } from './words';

/** Nouns that make a name a method or concept ("the Skyscraper Technique", "the 3C Framework"). */
const METHOD = String.raw`(?:Framework|Method|Methodology|Model|Matrix|Loop|Funnel|Flywheel|Pyramid|Canvas|Scorecard|Index|Rule|Principle|Test|Playbook|Formula|Protocol|Cycle|Ladder|Stack|Blueprint|Technique|Approach|Strategy|System|Process|Score|Quadrant|Map|Checklist|Spectrum|Curve|Effect|Paradox|Law|Gap|Theory)`;
export const NAME = String.raw`(?:[\p{Lu}\d][\p{L}\d'’\-]*|[\p{Lu}]{2,8})(?:\s+(?:[\p{Lu}\d][\p{L}\d'’\-]*|of|the|and|&)){0,4}`;
/**
 * "we call this the X", "what I call X", "what I'll call X", "we coined the term X", "we named it X". The object
 * (this, it…) is required for "call": "I called as soon as I got home" and "we call for an end to…" name nothing.
 */
const COINED = new RegExp(
  String.raw`\b(?:[Ww]e|I)\s+(?:call|called|named|dubbed|term|termed|refer to)\s+(?:this|it|them|these|that)\s+(?:the\s+|an?\s+)?(?:term\s+)?[“"‘']?(${NAME}|[\p{Ll}][\p{L}\-]+(?:\s+[\p{Ll}][\p{L}\-]+){0,3})[”"’']?` +
    String.raw`|\b(?:[Ww]e|I)\s+(?:coined|dubbed)\s+(?:the\s+)?(?:term\s+|phrase\s+)?[“"‘']?(${NAME}|[“"‘'][^”"’']{3,60}[”"’'])` +
    String.raw`|\b[Ww]hat\s+(?:we|I)(?:['’]ll|['’]d|\s+will|\s+would|\s+like\s+to)?\s+call\s+(?:the\s+|an?\s+)?[“"‘']?([^”"’'.,;:]{3,60})[”"’']?`,
  'u',
);
const INTRODUCED = new RegExp(
  String.raw`\b(?:[Oo]ur|[Mm]y|[Ww]e\s+(?:developed|created|built|designed|use|devised|came up with)|I\s+(?:developed|created|built|designed|use|devised|came up with)|[Ii]ntroducing|[Ii]ntroduce|[Mm]eet)\s+(?:own\s+|a\s+|the\s+|this\s+)?(?:(?:simple|new|proprietary|four-step|three-step|\d+-step)\s+)?(?:framework|method|model|process|system|formula|approach|playbook|technique)?\s*(?:,?\s*(?:called|named|dubbed)\s+)?(?:the\s+)?[“"‘']?(${NAME}\s+${METHOD})\b`,
  'u',
);
/** "we're excited to share a new approach that goes further — File-by-File patching": an announced method with its name. */
const ANNOUNCED = new RegExp(
  String.raw`\b(?:[Ww]e(?:['’]re| are)\s+(?:\w+\s+){0,3}(?:share|sharing|introduce|introducing|present|presenting|announce|announcing|unveil|unveiling)|[Ww]e\s+(?:share|introduce|present|announce|unveil))\s+(?:a|our)\s+new\s+(?:approach|method|technique|framework|protocol|standard|model|algorithm|format)\b[^.—–:]{0,40}(?:—|–|:|,?\s+called|,?\s+named)\s+(?:the\s+)?[“"‘']?(${NAME})`,
  'u',
);
/** "I developed this approach … It's called Plan & Grow BIG.": the name, a sentence after the author made the method. */
const MADE_METHOD = /\b(?:I|[Ww]e)\s+(?:developed|created|built|designed|devised|came up with|invented)\s+(?:this|a|my|our|the)\s+(?:own\s+)?(?:\w+\s+)?(?:approach|method|framework|system|process|model|formula|technique|program|programme)\b/;
const ITS_CALLED = new RegExp(String.raw`^(?:It|This|The (?:approach|method|framework|system|process|model))(?:['’]s| is)\s+called\s+(?:the\s+)?[“"‘']?(${NAME})[”"’']?[.!]?$`, 'u');

/**
 * A backronym the page spells out: "L.E.A.N. stands for Light, Encrypted, Ad choice supported, Non-invasive ads." The
 * letters are written with points, as a coined name's are (an organisation's initials, "NASA stands for…", are not),
 * and the words after "stands for" begin with them, in order (small words such as "and" between them allowed).
 */
const STANDS_FOR = /(?:^|[^\p{L}.])((?:\p{Lu}\.){3,8})\s*(?:[\p{L}-]+\s+)?(?:stands|stand)\s+for\s+([^.;:!?]{5,200})/u;

/** Backronyms every writer knows (a page spelling out S.M.A.R.T. goals did not coin them). */
const KNOWN_BACKRONYMS = /^(?:SMART|FAST|SWOT|AIDA|KISS|DRY|YAGNI|SOLID|ACID|CRUD|GRASP|INVEST|SPIN|STAR|RICE|SMARTER|PERMA|HALT|RACE|PAUSE|STOP|THINK|CARE)$/;

function spelledOut(letters: string, expansion: string): boolean {
  const initials = letters.replace(/\./g, '');
  const words = expansion.split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:and|or|of|the|for|to|in|a|an|&)$/i.test(w));
  let i = 0;
  for (const w of words) {
    if (i === initials.length) break;
    if (w[0]!.toUpperCase() === initials[i]) i++;
    else if (/^\p{Lu}/u.test(w)) return false;
  }
  return i === initials.length;
}

/** Established concepts a page may mention but cannot be cited as the source of. */
export const WELL_KNOWN = /\b(?:Pareto|Eisenhower|Agile|Scrum|Kanban|SWOT|PEST|PESTLE|OKR|SMART|AIDA|Lean|Six Sigma|Turing|Occam|Moore|Parkinson|Peter|Dunning|Kruger|Pomodoro|Feynman|Socratic|Scientific|Waterfall|Porter|Ansoff|BCG|Maslow|Bloom|Keynesian|Hawthorne|Streisand|Matthew|Lindy|Conway|Murphy|Hofstadter|Goodhart|Campbell|Metcalfe|Gartner Hype|Magic Quadrant|Net Promoter|Golden Circle|Jobs to Be Done|Design Thinking|Double Diamond|Pythagorean|Bayes|Bayesian|Monte Carlo|Markov|Gaussian|Newton|Ohm|Boyle|Hooke|Kepler|Fibonacci|Big Bang|Big Five|Myers|Turing Test|Page ?Rank|E-?E-?A-?T|Core Web Vitals)\b/i;

export interface Coinage {
  name: string;
  how: 'coined' | 'introduced';
}

/**
 * Cheap gate: the words every pattern needs, behind an exact word gate (./words.ts): its whole words, and the stems
 * its words may run on from ("introducing", "presented").
 */
const GATE = gated(
  /\b(?:call|called|named|dubbed|term|termed|refer|coined|[Oo]ur|[Mm]y|developed|created|built|designed|use|devised|came up|[Ii]ntroduc\w*|[Mm]eet|share|sharing|present\w*|announc\w*|unveil\w*)\b/,
  'call called named dubbed term termed refer coined our my developed created built designed use devised came meet share sharing',
  (text) => text.includes('ntroduc') || text.includes('present') || text.includes('announc') || text.includes('unveil'),
);

function clean(name: string): string | null {
  const c = name.trim().replace(/[”"’'.,;:]+$/, '');
  // "We called it “an incredible feat when it decides to work”" describes; a name does not open with an article.
  // "We call these four steps — … — the X method": a count of steps is what is being named, not the name.
  return c.length < 3 || WELL_KNOWN.test(c) || /^(?:an?|so|very|really|pretty|quite|just|these|those|all|both|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s/i.test(c) ? null : c;
}

/**
 * The name one sentence coins or introduces for the author's own method, if any. `words`: the sentence's reading,
 * when it was measured (./words.ts), for the gate.
 */
export function coinageIn(sentence: string, words?: Words): Coinage | null {
  if (sentence.includes('stand')) {
    const m = STANDS_FOR.exec(sentence);
    if (m && spelledOut(m[1]!, m[2]!) && !KNOWN_BACKRONYMS.test(m[1]!.replace(/\./g, ''))) return { name: m[1]!, how: 'coined' };
  }
  if (!GATE.test(sentence, words)) return null;
  const coined = COINED.exec(sentence) ?? ANNOUNCED.exec(sentence);
  if (coined) {
    const name = clean(coined[1] ?? coined[2] ?? coined[3] ?? '');
    return name ? { name, how: 'coined' } : null;
  }
  const introduced = INTRODUCED.exec(sentence);
  const name = introduced?.[1] ? clean(introduced[1]) : null;
  return name ? { name, how: 'introduced' } : null;
}

/**
 * The page scan's gate, tighter than GATE: a coinage needs a naming verb, an announcing verb, a verb of making the
 * method (MADE_METHOD), or a capitalized method noun (INTRODUCED's "our X Framework"); "our" and "my" alone are in
 * most paragraphs.
 */
const PAGE_GATE = new RegExp(
  String.raw`\b(?:call|called|named|dubbed|term|termed|refer|coined|share|sharing|introduce|introducing|present|presenting|announce|announcing|unveil|unveiling|developed|created|built|designed|devised|came|invented)\b|\b${METHOD}\b`,
);

/** Sentence-sized pieces of a paragraph, for the page scan (the sections' own sentences are measured later). */
const PIECES = /[^.!?]+(?:[.!?]+|$)/g;

/**
 * The names the page coins for its own methods, in order. A name given right after the author says they made the
 * method ("I developed this approach … It's called X") counts here, for the page, though it defines nothing in its
 * own section.
 */
export function pageCoinages(snapshot: Snapshot): string[] {
  const names: string[] = [];
  for (const section of snapshot.sections) {
    let made = false;
    for (const block of section.blocks) {
      if (!readsAsProse(block)) continue;
      if (!PAGE_GATE.test(block.text)) continue;
      for (const piece of block.text.match(PIECES) ?? []) {
        const s = piece.trim();
        const found = coinageIn(s);
        if (found) names.push(found.name);
        const called = made ? ITS_CALLED.exec(s) : null;
        const name = called?.[1] ? clean(called[1]) : null;
        if (name) names.push(name);
        if (MADE_METHOD.test(s)) made = true;
      }
    }
  }
  return [...new Set(names)];
}

/**
 * A stage of the page's own method: "The Plan Stage: Think and dream productively" on a page that coined "Plan & Grow
 * BIG". LABELING.md: the sections that define a coined framework's parts are its source, though only one names it.
 */
export const PART_HEADING = /^(?:The\s+)?[\p{Lu}][\p{L}-]+\s+(?:Stage|Phase|Pillar|Step|Level)\b/u;

/**
 * The page's coined names a section's judgment reads: all of them under a heading naming a stage or a step, else
 * those its text mentions. What enters the section's cache key, so a new coinage elsewhere re-judges only these.
 */
export function coinedFor(section: SnapshotSection, coined: readonly string[]): string[] {
  if (coined.length === 0) return [];
  if (section.heading && PART_HEADING.test(section.heading.trim())) return [...coined];
  return coined.filter((name) => section.blocks.some((b) => b.text.includes(name)));
}
