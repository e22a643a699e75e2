/**
 * PageFacts: the few things the page visibly shows that structured data should agree with. Plain data, filled by the
 * caller (the analyzer, from the Snapshot), so the missing-markup flags and the suggested snippet need no DOM.
 */
import { z } from 'zod';

export const PageFacts = z.object({
  /** Canonical or page URL. */
  url: z.string().nullable(),
  /** The visible headline (the article's h1, else the document title). */
  headline: z.string().nullable(),
  /** True when the page reads as an article (Readability found one, or the caller decided so). */
  isArticle: z.boolean(),
  /** The visible byline text, e.g. "By Jane Doe". */
  byline: z.string().nullable(),
  /** The author's profile page on this site, and profiles elsewhere (LinkedIn, ORCID…), when the page links them. */
  authorUrl: z.string().nullable().default(null),
  authorSameAs: z.array(z.string()).default([]),
  /** Visible dates as ISO 8601 strings when known. */
  datePublished: z.string().nullable(),
  dateModified: z.string().nullable(),
  /** Section headings with the first paragraph that follows each. */
  sections: z.array(z.object({ heading: z.string(), firstParagraph: z.string().nullable() })),
  /** True when the page has a table of the author's own figures (decided by the caller). */
  hasOwnDataTable: z.boolean(),
  /** Description of that table (its caption), used as the Dataset name when suggested. */
  dataTableCaption: z.string().nullable().default(null),
  /** Publisher (site) name and logo, lead image, summary. */
  publisherName: z.string().nullable().default(null),
  publisherLogo: z.string().nullable().default(null),
  image: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
});
export type PageFacts = z.input<typeof PageFacts>;
export type PageFactsResolved = z.output<typeof PageFacts>;

/**
 * `PageFacts.parse` without the validation: the defaults filled in. The facts are built typed (scoring/page
 * pageFacts, or a test), and the markup checks and the snippet each parsed them again on every page: a zod pass
 * cost as much as the checks themselves.
 */
export function resolvePageFacts(f: PageFacts): PageFactsResolved {
  return {
    url: f.url,
    headline: f.headline,
    isArticle: f.isArticle,
    byline: f.byline,
    authorUrl: f.authorUrl ?? null,
    authorSameAs: f.authorSameAs ?? [],
    datePublished: f.datePublished,
    dateModified: f.dateModified,
    sections: f.sections,
    hasOwnDataTable: f.hasOwnDataTable,
    dataTableCaption: f.dataTableCaption ?? null,
    publisherName: f.publisherName ?? null,
    publisherLogo: f.publisherLogo ?? null,
    image: f.image ?? null,
    description: f.description ?? null,
  };
}

/**
 * An interrogative word followed by an auxiliary ("What is…", "How do…", "Why does…"), or an auxiliary opening the
 * heading ("Can I…", "Is it…"). Headings such as "How to set up…", "What we measured" or "Why speed matters" open
 * with the same words but are titles, not questions.
 */
const QUESTION_START =
  /^(?:(?:how|what|why|when|where|which|who|whom|whose)\s+(?:is|are|was|were|do|does|did|can|could|should|will|would|has|have|had|may|might|must|much|many|long|often|to\s+\w+\s+(?:if|when|whether))\b|(?:can|could|does|do|did|is|are|was|were|should|will|would|has|have|may|must)\s+(?:i|you|we|it|they|he|she|there|this|that|my|your|a|an|the)\b)/i;

/** A heading that asks a question: ends in "?" or opens like a question (English). */
export function isQuestionHeading(heading: string): boolean {
  const h = heading.trim();
  return h.endsWith('?') || h.endsWith('？') || QUESTION_START.test(h);
}

/** Question headings followed by an answer paragraph. */
export function answeredQuestions(facts: Pick<PageFactsResolved, 'sections'>): { question: string; answer: string }[] {
  return facts.sections
    .filter((s) => isQuestionHeading(s.heading) && (s.firstParagraph ?? '').trim().split(/\s+/).length >= 5)
    .map((s) => ({ question: s.heading.trim(), answer: (s.firstParagraph ?? '').trim() }));
}

/** Lower-case, strip accents/punctuation, collapse spaces: for comparing headlines and names. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MONTHS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b`;
/** Credits for someone other than the author ("edited by …"): the name before them is the byline's. */
const OTHER_CREDIT = String.raw`(?:edited|reviewed|fact[- ]checked|photos?|photographs?|illustrations?|additional reporting)\s+by\b`;
/** Where the name part of a byline ends: a date, a time, a handle, a separator, a "Published/Updated" stamp. */
export const BYLINE_TAIL = new RegExp(
  [
    String.raw`\s*[|•·]`,
    String.raw`\s+[-–—]\s`,
    String.raw`\s*@\w`,
    String.raw`,?\s*\b(?:last\s+)?(?:updated|published|posted|modified)\b`,
    String.raw`,?\s*\b${WEEKDAY},?\s+(?:${MONTHS}\s*)?\d`,
    String.raw`,?\s*\b${MONTHS}\s+\d`,
    String.raw`,?\s*\b\d{1,2}\s+${MONTHS}`,
    String.raw`,?\s*\b\d{1,2}:\d{2}`,
    String.raw`,?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`,
    String.raw`\s*\b\d{4}\b`,
    String.raw`\s+${OTHER_CREDIT}`,
    String.raw`(?<=[a-z])\d{1,2}\s+\S`,
    String.raw`(?:^|\s)\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?(?:\s+de)?\s+\d{4}`,
    String.raw`\s+\d+\s*(?:h|m|min|hrs?|days?)\b`,
    String.raw`\s+(?:on|am|le|el)\s+\d`,
  ].join('|'),
  'iu',
);
/**
 * What BYLINE_TAIL cannot match without: a digit, one of its separators or the "@" of a handle, or one of its words
 * (in any case; "ſ" and the Kelvin sign also match "s" and "k" case-insensitively in Unicode, so they let it through).
 * Most bylines are a name alone and hold none of these: the big pattern, tried at every position, is not run on them
 * (it cost more than the rest of the page's markup flags). tests/structured/fast-paths.test.ts holds the two together.
 */
export const MAY_HAVE_TAIL = /[0-9|•·@\-–—\u017f\u212a]|updated|published|posted|modified|edited|reviewed|checked|photo|illustration|additional reporting/i;
const LATE_OTHER_CREDIT = new RegExp(`${OTHER_CREDIT}\\s+$`, 'i');
/** A comma followed by a role, a degree or a publication ends the name; one followed by another name does not. */
const BYLINE_ROLE = /,\s*(?:(?:[\w.&'’-]+\s+){0,3}(?:writer|staff|editor|reporter|correspondent|contributor|columnist|producer|journalist|press|news|times|post|media|wire|agency)\b|(?:MA|MS|MD|PhD|RN|MBA|DO|MPH|Jr\.?|Sr\.?)\b|[^,\s]+\.(?:com|org|net|co\.uk)\b)/i;

/**
 * The name(s) in a byline as pages write it: "By Dana Whitfield, May 2, 2024" -> "Dana Whitfield". Strips a
 * leading "By" (and its German, French, Spanish, Italian, Dutch and Scandinavian forms), then cuts at the first
 * date, time, handle, separator, "Updated" stamp, or comma that opens a role or publication. Co-authors listed
 * with commas or "and" stay. Empty when nothing name-like is left (a byline element holding only a date).
 */
export function bylineName(byline: string): string {
  // The page's markup checks, its suggested markup and its authorship each ask for the same byline's name.
  if (byline !== lastByline) {
    lastByline = byline;
    lastName = readBylineName(byline);
  }
  return lastName;
}
let lastByline: string | null = null;
let lastName = '';

function readBylineName(byline: string): string {
  let s = byline.trim();
  // "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Analysis by …": the name follows the last "by" —
  // unless that "by" credits someone else ("Ann Lee, edited by Bo Park"), which the tail cuts below remove.
  const late = /^.*\bby\s+(?=\S)/i.exec(s);
  if (late && !/^\s*(?:written\s+|posted\s+|reported\s+)?by\s/i.test(s) && !LATE_OTHER_CREDIT.test(late[0])) s = s.slice(late[0].length);
  s = s.replace(/^\s*(?:(?:written|posted|reported|story|words)\s+)?(?:by|von|par|por|di|door|av|af)\s+/i, '');
  const tail = MAY_HAVE_TAIL.test(s) ? BYLINE_TAIL.exec(s) : null;
  if (tail) s = s.slice(0, tail.index);
  // (A role opens with a comma.)
  const role = s.includes(',') ? BYLINE_ROLE.exec(s) : null;
  if (role) s = s.slice(0, role.index);
  s = s.replace(/[\s,;:–—-]+$/, '').trim();
  // What is left of a byline that held only a date ("8. November 2021" -> "8.") names nobody.
  return /\p{L}{2}/u.test(s) ? s : '';
}
