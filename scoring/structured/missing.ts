/**
 * Missing-markup flags: what the page shows but its structured data does not say, or says differently. Each flag
 * names where the expectation comes from. Google's guidelines require markup to describe the visible content
 * ("Don't mark up content that is not visible to readers", https://developers.google.com/search/docs/appearance/structured-data/sd-policies),
 * hence the contradiction flags.
 */
import { z } from 'zod';
import type { Entity, StructuredData } from './schema';
import { walkEntities, type WalkedEntity } from './extract';
import { ARTICLE_TYPES } from './rules';
import { resolvePageFacts, answeredQuestions, bylineName, normalizeText } from './facts';
import type { PageFacts as PageFactsInput } from './facts';

export const MissingFlag = z.object({
  id: z.enum([
    'article-markup',
    'author-person',
    'author-sameas',
    'faq-markup',
    'dataset-markup',
    'date-markup',
    'headline-mismatch',
    'author-mismatch',
  ]),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  source: z.string(),
});
export type MissingFlag = z.infer<typeof MissingFlag>;

const firstString = (e: Entity, prop: string): string | null => {
  for (const v of e.properties[prop] ?? []) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
};

const hasType = (e: Entity, types: string[]) => e.types.some((t) => types.includes(t));
const ARTICLE_TYPE_SET = new Set(ARTICLE_TYPES);

/** Author names and Person entities of an article entity (authors may be text, Person or Organization). */
function authorsOf(article: Entity): { names: string[]; persons: Entity[] } {
  const names: string[] = [];
  const persons: Entity[] = [];
  for (const v of article.properties.author ?? []) {
    if (typeof v === 'string') names.push(v);
    else if (typeof v === 'object') {
      const n = firstString(v, 'name');
      if (n) names.push(n);
      if (v.types.includes('Person')) persons.push(v);
    }
  }
  return { names, persons };
}

/**
 * Headlines agree when, normalized, one contains the other: sites add " | Site" suffixes or "Site: " prefixes to
 * titles, and Google truncates long headlines, so containment (not equality) is the test. Very short strings
 * (under 12 characters) must match exactly.
 */
export function headlinesAgree(visible: string, markup: string): boolean {
  // The same text agrees with itself however it normalizes; three pages in four write the same headline in both.
  if (visible === markup) return true;
  const a = normalizeText(visible);
  const b = normalizeText(markup);
  if (!a || !b) return true;
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 12) return false;
  return a.includes(b) || b.includes(a);
}

/** Names agree when every word of the shorter appears in the longer ("J. Doe" vs "Jane Doe" compares surnames). */
export function namesAgree(visible: string, markup: string): boolean {
  // Likewise the same name (as on three pages in four): each of its words is in itself.
  if (visible === markup) return true;
  const a = normalizeText(visible).split(' ').filter(Boolean);
  const b = normalizeText(markup).split(' ').filter(Boolean);
  if (a.length === 0 || b.length === 0) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longSet = new Set(long);
  // Initials ("j") match any word starting with that letter.
  return short.every(
    (w) => longSet.has(w) || long.some((l) => (w.length === 1 && l.startsWith(w)) || (l.length === 1 && w.startsWith(l))),
  );
}

/**
 * `walked` is walkEntities(data) and `answered` answeredQuestions of the facts, when the caller has them (the page's
 * report reads each once for the checks and the suggested snippet).
 */
export function findMissingMarkup(
  data: StructuredData,
  factsInput: PageFactsInput,
  walked: readonly WalkedEntity[] = walkEntities(data),
  answered?: readonly { question: string; answer: string }[],
): MissingFlag[] {
  const facts = resolvePageFacts(factsInput);
  const flags: MissingFlag[] = [];
  const article = walked.find((w) => w.entity.types.some((t) => ARTICLE_TYPE_SET.has(t)))?.entity ?? null;
  const anyOf = (types: string[]) => walked.some((w) => hasType(w.entity, types));
  const GSC_ARTICLE = 'Google Search Central: Article';

  if (facts.isArticle && !article)
    flags.push({ id: 'article-markup', severity: 'warning', source: GSC_ARTICLE, message: 'The page is an article but has no Article, NewsArticle or BlogPosting markup' });

  const visibleName = facts.byline ? bylineName(facts.byline) : '';
  if (article) {
    const { names, persons } = authorsOf(article);
    if (visibleName && persons.length === 0)
      flags.push({ id: 'author-person', severity: 'warning', source: GSC_ARTICLE, message: `The page shows a byline ("${visibleName}") but the Article markup has no author Person` });
    if (persons.length > 0 && !persons.some((p) => (p.properties.sameAs ?? []).length > 0))
      flags.push({ id: 'author-sameas', severity: 'info', source: 'Google Search Central: Article (author best practices)', message: 'The author Person has no sameAs links to profiles that identify them' });
    if (visibleName && names.length > 0 && !names.some((n) => namesAgree(visibleName, n)))
      flags.push({ id: 'author-mismatch', severity: 'warning', source: 'Google Search Central: structured data guidelines', message: `Markup author ("${names.join(', ')}") differs from the visible byline ("${visibleName}")` });
    const markupHeadline = firstString(article, 'headline') ?? firstString(article, 'name');
    if (facts.headline && markupHeadline && !headlinesAgree(facts.headline, markupHeadline))
      flags.push({ id: 'headline-mismatch', severity: 'warning', source: 'Google Search Central: structured data guidelines', message: `Markup headline ("${markupHeadline}") differs from the visible headline ("${facts.headline}")` });
    if (!firstString(article, 'datePublished') && !firstString(article, 'dateModified'))
      flags.push({ id: 'date-markup', severity: 'warning', source: GSC_ARTICLE, message: 'The Article markup has neither datePublished nor dateModified' });
  } else if (facts.isArticle && visibleName) {
    flags.push({ id: 'author-person', severity: 'warning', source: GSC_ARTICLE, message: `The page shows a byline ("${visibleName}") but no markup names the author` });
  }

  const qa = answered ?? answeredQuestions(facts);
  if (qa.length >= 2 && !anyOf(['FAQPage', 'QAPage']))
    flags.push({ id: 'faq-markup', severity: 'info', source: 'Google Search Central: FAQ', message: `${qa.length} question headings are answered below them, with no FAQPage markup (Google shows FAQ rich results only for government and health sites, but the markup states the Q&A structure)` });

  if (facts.hasOwnDataTable && !anyOf(['Dataset']))
    flags.push({ id: 'dataset-markup', severity: 'info', source: 'Google Search Central: Dataset', message: "The page publishes a table of the author's own figures with no Dataset markup" });

  return flags;
}
