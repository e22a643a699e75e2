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
export function answeredQuestions(facts: PageFactsResolved): { question: string; answer: string }[] {
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

/** Strip "By", "Von", "Par", "Por" and trailing roles/dates from a byline to get the name(s). */
export function bylineName(byline: string): string {
  return byline
    .replace(/^\s*(by|von|par|por|di|door|av|af)\s+/i, '')
    .split(/\s*[|•·,–—]\s*|\s+(?:on|am|le|el)\s+\d/)[0]!
    .trim();
}
