/**
 * For every markup check: the documentation it cites (a link, not just a name) and, in one line, why it matters.
 * Presenters (the panel's Markup view, the CLI's HTML report) read these; the checks themselves stay as they are.
 */
import { RULES } from './rules';

const GSC = 'https://developers.google.com/search/docs/appearance/structured-data';

/** Documentation by the `source` names the checks use. */
const SOURCE_URL: Record<string, string> = {
  ...Object.fromEntries(RULES.map((r) => [r.source, r.url])),
  'Google Search Central: structured data guidelines': `${GSC}/sd-policies`,
  'Google Search Central: Article (author best practices)': `${GSC}/article#author-bp`,
  'schema.org vocabulary': 'https://schema.org/docs/full.html',
  'JSON syntax (RFC 8259) / JSON-LD 1.1': 'https://www.w3.org/TR/json-ld11/',
  'HTML microdata': 'https://html.spec.whatwg.org/multipage/microdata.html',
  'RDFa Lite 1.1': 'https://www.w3.org/TR/rdfa-lite/',
};

/** The link for a check's `source`, or null for a source without a page of its own. */
export function docsUrl(source: string): string | null {
  return SOURCE_URL[source] ?? null;
}

/** Why each check matters, in one line, by rule id (exact), then by the id's suffix. */
const WHY_EXACT: Record<string, string> = {
  'article-markup': 'Article markup tells search engines and AI systems that this is an article, by whom and when.',
  'author-person': 'A named author Person is how engines connect the page to someone they can check.',
  'author-sameas': 'sameAs links tie the author to profiles that identify them, so the name is not ambiguous.',
  'author-mismatch': 'Markup that contradicts the visible page may be ignored, or treated as misleading structured data.',
  'headline-mismatch': 'Markup that contradicts the visible page may be ignored, or treated as misleading structured data.',
  'date-markup': 'Dates tell engines how fresh the page is; undated pages lose to dated ones on time-sensitive questions.',
  'faq-markup': 'FAQPage markup states the question-and-answer structure that answer engines quote.',
  'dataset-markup': 'Dataset markup makes your own figures findable in Google Dataset Search and citable as data.',
  'unknown-type': 'schema.org names are case-sensitive: a misspelt type is ignored by every consumer.',
  'unknown-property': 'schema.org names are case-sensitive: a misspelt property is ignored by every consumer.',
  'dataset-description-length': 'Google rejects Dataset descriptions outside 50–5000 characters.',
};

const WHY_SUFFIX: Array<[string, string]> = [
  ['-parse', 'A block that does not parse is ignored as a whole: none of its markup counts.'],
  ['-nested-required', 'Without it the nested item is invalid, and the rich result it belongs to is not shown.'],
  ['-required', 'Without it Google cannot use the markup for a rich result.'],
  ['-min-count', 'Below this count the markup is invalid for its rich result.'],
  ['-nested-recommended', 'Recommended: it helps engines understand and show the item.'],
  ['-recommended', 'Recommended: it helps engines understand, show and attribute the page.'],
  ['-note', 'Background on how this kind of markup is used today.'],
];

export function whyItMatters(ruleId: string): string {
  const exact = WHY_EXACT[ruleId];
  if (exact) return exact;
  for (const [suffix, why] of WHY_SUFFIX) if (ruleId.endsWith(suffix)) return why;
  return 'Structured data is how search and answer engines read what a page is.';
}
