/** Words the panel shows for the engine's enums (the engine's ids never reach the user as-is). */
import { scoreBand } from '../scoring/weights';
import type { EvidenceKind, SuggestionKind, Verdict } from '../scoring/report';

export const VERDICT_LABEL: Record<Verdict, string> = {
  primary: 'Primary',
  supported: 'Supported',
  synthesis: 'Synthesis',
  short: 'Short',
};

export const VERDICT_HELP: Record<Verdict, string> = {
  primary: 'Original data or first-hand evidence: a reason to cite this page.',
  supported: 'Sourced facts and quotes: useful, but the credit goes to the sources.',
  synthesis: 'Restates what is known elsewhere: nothing here to cite.',
  short: 'Too short to judge.',
};

export const EVIDENCE_LABEL: Record<EvidenceKind, string> = {
  original_data: 'Original data',
  first_hand: 'First-hand',
  named_framework: 'Named framework',
  expert_quote: 'Expert quote',
  sourced_stat: 'Sourced figure',
  unsourced_stat: 'Unsourced figure',
  specific_facts: 'Specific facts',
};

export const SUGGESTION_LABEL: Record<SuggestionKind, string> = {
  original_data: 'Add original data',
  named_framework: 'Name a framework',
  expert_quote: 'Quote an expert',
  source: 'Cite a source',
  first_hand: 'Add first-hand experience',
};

export function bandOf(score: number, fullyJudged = true): { id: 'high' | 'mid' | 'low' | 'none'; label: string } {
  if (!fullyJudged) return { id: 'none', label: 'Not fully judged in this language' };
  const id = scoreBand(score);
  return { id, label: id === 'high' ? 'Gives reasons to cite' : id === 'mid' ? 'Some reasons to cite' : 'Few reasons to cite' };
}

const LANGS: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  ru: 'Russian', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ar: 'Arabic', pl: 'Polish', sv: 'Swedish', tr: 'Turkish',
};

export function languageName(code: string | null): string {
  if (!code) return 'an unknown language';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    /* fall through */
  }
  return LANGS[code] ?? code;
}

// ---------------------------------------------------------------- page-level views (Markup, Authorship, Machine access)

export const SEVERITY_LABEL = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;
export const SEVERITY_ONE = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export const FORMAT_LABEL = { 'json-ld': 'JSON-LD', microdata: 'Microdata', rdfa: 'RDFa' } as const;

export const BYLINE_SOURCE_LABEL: Record<string, string> = {
  'rel-author': 'a rel="author" link',
  'itemprop-author': 'itemprop="author" markup',
  'byline-class': 'a byline element on the page',
  'meta-author': 'the author meta tag',
  'json-ld': 'JSON-LD markup',
  readability: 'the article reader (Readability)',
};

export const DATE_SOURCE_LABEL: Record<string, string> = {
  meta: 'a meta tag',
  time: 'a <time> element',
  'json-ld': 'JSON-LD markup',
  microdata: 'microdata',
  rdfa: 'RDFa',
  readability: 'the article reader (Readability)',
};

export const PROFILE_KIND_LABEL: Record<string, string> = {
  'rel-author': 'Author page',
  linkedin: 'LinkedIn',
  twitter: 'X / Twitter',
  github: 'GitHub',
  mastodon: 'Mastodon',
  orcid: 'ORCID',
  scholar: 'Google Scholar',
  wikipedia: 'Wikipedia',
  'same-as': 'Profile (sameAs)',
};

export const SOURCE_KIND_LABEL: Record<string, string> = {
  academic: 'Academic',
  government: 'Government',
  news: 'News',
  reference: 'Reference',
  social: 'Social',
  other: 'Other',
};

/** The three robots.txt purposes, with what blocking each one means (so a search block is never read as a training opt-out). */
export const PURPOSE_INFO = {
  search: {
    title: 'AI search indexes',
    help: 'Crawlers that build the indexes AI answers cite. Blocking one takes the page out of that assistant’s search answers.',
  },
  user: {
    title: 'User-triggered fetches',
    help: 'Fetches made when someone asks an assistant about this page. Some vendors say these may not follow robots.txt.',
  },
  training: {
    title: 'Model training',
    help: 'Crawlers that collect text for training models. Blocking them opts out of training only; it does not stop AI search from citing the page.',
  },
} as const;

export const RENDER_VERDICT_LABEL = {
  'in-html': 'In the HTML: crawlers that run no scripts see the article.',
  partly: 'Partly in the HTML: some of the article appears only after scripts run.',
  'script-only': 'Script-only: crawlers that run no scripts see little of the article.',
} as const;
