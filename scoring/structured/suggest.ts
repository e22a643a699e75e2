/**
 * Suggests a JSON-LD snippet built only from what the page shows (never invented values), for the author to paste
 * into a `<script type="application/ld+json">` element. Follows the example shapes of Google's Article and FAQ docs.
 */
import { resolvePageFacts, answeredQuestions } from './facts';
import type { PageFacts as PageFactsInput } from './facts';
import { bylineName } from './facts';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/**
 * JSON text that is safe inside a script element: `</script` would close it and `<!--` would switch the HTML parser
 * into the script-data-escaped state (HTML § 13.2.5.4), so `</` becomes `<\/` (a valid JSON escape of "/") and
 * `<!--` becomes `\u003c!--`.
 */
export function escapeForScript(json: string): string {
  return json.replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}

/** `answered` is answeredQuestions of the facts, when the caller has it (the page's report reads it once). */
export function suggestJsonLd(factsInput: PageFactsInput, answered?: readonly { question: string; answer: string }[]): string | null {
  const facts = resolvePageFacts(factsInput);
  const graph: Json[] = [];

  if (facts.isArticle && facts.headline) {
    const article: { [k: string]: Json } = { '@type': 'Article', headline: facts.headline.slice(0, 110) };
    if (facts.description) article.description = facts.description;
    if (facts.image) article.image = [facts.image];
    if (facts.datePublished) article.datePublished = facts.datePublished;
    if (facts.dateModified ?? facts.datePublished) article.dateModified = (facts.dateModified ?? facts.datePublished)!;
    const name = facts.byline ? bylineName(facts.byline) : '';
    if (name) {
      const person: { [k: string]: Json } = { '@type': 'Person', name };
      if (facts.authorUrl) person.url = facts.authorUrl;
      if (facts.authorSameAs.length > 0) person.sameAs = facts.authorSameAs;
      article.author = [person];
    }
    if (facts.publisherName) {
      const org: { [k: string]: Json } = { '@type': 'Organization', name: facts.publisherName };
      if (facts.url) {
        try {
          org.url = new URL('/', facts.url).href;
        } catch {
          // Not an absolute URL: leave the publisher without one rather than guess.
        }
      }
      if (facts.publisherLogo) org.logo = facts.publisherLogo;
      article.publisher = org;
    }
    if (facts.url) {
      article.url = facts.url;
      article.mainEntityOfPage = facts.url;
    }
    graph.push(article);
  }

  const qa = answered ?? answeredQuestions(facts);
  if (qa.length >= 2) {
    graph.push({
      '@type': 'FAQPage',
      mainEntity: qa.map(({ question, answer }) => ({
        '@type': 'Question',
        name: question,
        acceptedAnswer: { '@type': 'Answer', text: answer },
      })),
    });
  }

  if (graph.length === 0) return null;
  const doc: Json =
    graph.length === 1
      ? { '@context': 'https://schema.org', ...(graph[0] as { [k: string]: Json }) }
      : { '@context': 'https://schema.org', '@graph': graph };
  return escapeForScript(JSON.stringify(doc, null, 2));
}
