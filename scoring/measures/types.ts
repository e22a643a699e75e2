/**
 * Facts computed once per snapshot and read by many signals ("measure once, judge many times").
 */
import type { SnapshotBlock, SnapshotLink, Snapshot } from '../snapshot';
import type { Words } from './words';

export type FirstPersonKind = 'research' | 'experience';

/** Concrete specifics in a sentence (see specifics.ts). */
export interface Specifics {
  date: boolean;
  names: number;
  numbers: number;
  version: boolean;
  /** Names of people, places and organisations written as words (not acronyms or CamelCase product names). */
  wordNames: number;
  /** The sentence narrates: a past-tense or reporting verb (said, announced, ordered). */
  narrative: boolean;
  /** Distinct kinds present among date, name, number, version. */
  kinds: number;
}

export type FigureKind =
  | 'percent' // 43%, 12 per cent, 3 percentage points
  | 'money' // $4.2 billion, €300
  | 'multiplier' // 3x, three times more
  | 'ratio' // 1 in 5, two out of three
  | 'count' // 1,200 respondents, 3.5 million users
  | 'measure' // 250 ms, 12 km, 40 hours
  | 'year' // 2019
  | 'version' // v2.3.1, Node 20.11
  | 'number'; // any other number

export interface Figure {
  kind: FigureKind;
  text: string;
  /** Offset into the sentence text. */
  start: number;
}

export type SourceKind = 'link' | 'named' | 'citation' | 'previous';

/** Something in a sentence that names where a claim comes from. */
export interface Attribution {
  kind: SourceKind;
  /** The source as written ("Pew Research Center", "nature.com", "(Smith et al., 2020)"). */
  source: string;
}

export interface Sentence {
  text: string;
  /**
   * Which listed words the sentence holds (./words.ts), read once when it is measured: the word gates of every later
   * reader (signals, suggestions) read this instead of scanning the text again.
   */
  reading: Words;
  /** Block index within the section, and offsets into that block's text. */
  block: number;
  start: number;
  end: number;
  words: number;
  figures: Figure[];
  /** Figures that are statistics (percent, money, multiplier, ratio, count, measure). */
  stats: Figure[];
  attributions: Attribution[];
  /** Vague appeals to authority with no named source ("studies show", "experts say"). */
  vague: boolean;
  links: SnapshotLink[];
  /** English only: the sentence speaks as the author or their team about research they did or something they did. */
  firstPerson: FirstPersonKind | null;
  specifics: Specifics;
  /** The reader's cues (./cues.ts) as a bit set in the order of CUES; 0 for a language without a cue lexicon. */
  cues: number;
}

export interface Quotation {
  /** The quoted words, without quote marks. */
  text: string;
  block: number;
  start: number;
  end: number;
  /** The named speaker or organisation, when one is attributed. */
  speaker: string | null;
}

export interface SectionMeasures {
  index: number;
  heading: string | null;
  level: number;
  blocks: SnapshotBlock[];
  words: number;
  sentences: Sentence[];
  quotations: Quotation[];
  /** The section is a story told in dialogue (./story.ts): its quotations are its characters', nobody's statement. */
  story: boolean;
  /** Ordered-list items and step-like headings: the section describes a process. */
  steps: number;
  /** Blocks that are code (`pre`). */
  codeBlocks: number;
  /** A stable key of the section's content, for caching judgments across re-analyses ('' when nothing is cached). */
  key: string;
}

export interface PageMeasures {
  snapshot: Snapshot;
  lang: string | null;
  english: boolean;
  /** The page's host, to tell outbound links from internal ones. */
  host: string | null;
  words: number;
  sections: SectionMeasures[];
}
