import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractStructuredData } from '../../scoring/structured/extract';
import { checkStructuredData } from '../../scoring/structured/check';
import { findMissingMarkup, headlinesAgree, namesAgree } from '../../scoring/structured/missing';
import { suggestJsonLd } from '../../scoring/structured/suggest';
import type { PageFacts } from '../../scoring/structured/facts';
import { isQuestionHeading } from '../../scoring/structured/facts';

const fromJson = (json: string) =>
  extractStructuredData(
    parseHTML(`<html><body><script type="application/ld+json">${json}</script></body></html>`).document as unknown as Document,
    { url: null },
  );
const ids = (json: string) => checkStructuredData(fromJson(json)).map((i) => `${i.severity}:${i.ruleId}:${i.property ?? ''}`);

describe('checkStructuredData', () => {
  it('a complete Article has no errors or warnings, only the "no required properties" info', () => {
    const issues = checkStructuredData(fromJson(JSON.stringify({
      '@type': 'Article', headline: 'H', datePublished: '2024-01-01', dateModified: '2024-01-02', image: 'https://x/i.png',
      author: { '@type': 'Person', name: 'Jane', url: 'https://x/jane', sameAs: 'https://orcid.org/1', image: 'https://x/j.png', description: 'd' },
    })));
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(issues.some((i) => i.ruleId === 'article-note')).toBe(true);
  });
  it('an empty Article gets recommended-property warnings, never errors (Google lists none as required)', () => {
    const r = ids('{"@type":"NewsArticle"}');
    expect(r).toContain('warning:article-recommended:headline');
    expect(r.filter((x) => x.startsWith('error'))).toEqual([]);
  });
  it('Dataset without description is an error; short description a warning', () => {
    expect(ids('{"@type":"Dataset","name":"n"}')).toContain('error:dataset-required:description');
    expect(ids('{"@type":"Dataset","name":"n","description":"short"}')).toContain('warning:dataset-description-length:description');
  });
  it('FAQPage: question without acceptedAnswer is an error; the eligibility limit is stated as info', () => {
    const r = ids('{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Q?"}]}');
    expect(r).toContain('error:faqpage-nested-required:mainEntity.acceptedAnswer');
    expect(r).toContain('info:faqpage-note:');
  });
  it('BreadcrumbList: needs two items; the last may omit item', () => {
    expect(ids('{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"a"}]}')).toContain('error:breadcrumb-min-count:itemListElement');
    expect(ids('{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"a","item":"https://x/"},{"@type":"ListItem","position":2,"name":"b"}]}').filter((x) => x.startsWith('error'))).toEqual([]);
  });
  it('Person needs a name; case typos of schema.org names are errors', () => {
    expect(ids('{"@type":"Person"}')).toContain('error:person-required:name');
    expect(ids('{"@type":"Newsarticle","DatePublished":"2024"}')).toEqual(expect.arrayContaining(['error:unknown-type:', 'error:unknown-property:DatePublished']));
  });
});

const facts: PageFacts = {
  url: 'https://blog.example.com/post',
  headline: 'How we measured 40 heat pumps',
  isArticle: true,
  byline: 'By Jane Doe',
  authorUrl: 'https://blog.example.com/jane',
  authorSameAs: ['https://orcid.org/0000-0001'],
  datePublished: '2024-03-01',
  dateModified: null,
  sections: [
    { heading: 'What did we measure?', firstParagraph: 'We measured the seasonal efficiency of forty heat pumps.' },
    { heading: 'How long did it take', firstParagraph: 'Eighteen months of logging, one reading every minute.' },
    { heading: 'Results', firstParagraph: 'Efficiency ranged widely.' },
  ],
  hasOwnDataTable: true,
  publisherName: 'Example Blog',
  image: 'https://blog.example.com/i.png',
};

describe('findMissingMarkup', () => {
  const flags = (json: string | null, f: PageFacts = facts) =>
    findMissingMarkup(json === null ? { entities: [], errors: [], jsonLdBlocks: [] } : fromJson(json), f).map((x) => x.id);
  it('no markup on an article: article, author, FAQ and Dataset flags', () => {
    expect(flags(null)).toEqual(['article-markup', 'author-person', 'faq-markup', 'dataset-markup']);
  });
  it('not an article, no byline, no questions: nothing to flag', () => {
    expect(flags(null, { ...facts, isArticle: false, byline: null, sections: [], hasOwnDataTable: false })).toEqual([]);
  });
  it('contradictions: other headline, other author; missing dates and sameAs', () => {
    const r = flags('{"@type":"Article","headline":"Ten tips for summer gardens","author":{"@type":"Person","name":"John Smith"}}');
    expect(r).toEqual(expect.arrayContaining(['headline-mismatch', 'author-mismatch', 'date-markup', 'author-sameas']));
  });
  it('headline with a " | Site" suffix and an initialled author agree', () => {
    const r = flags('{"@type":"Article","headline":"How we measured 40 heat pumps | Example Blog","datePublished":"2024-03-01","author":{"@type":"Person","name":"J. Doe","sameAs":"https://x"}}');
    expect(r).not.toContain('headline-mismatch');
    expect(r).not.toContain('author-mismatch');
    expect(headlinesAgree('Short', 'Other')).toBe(false);
    expect(namesAgree('Jane Doe', 'Doe, Jane')).toBe(true);
  });
  it('question headings', () => {
    expect(isQuestionHeading('Results')).toBe(false);
    expect(isQuestionHeading('Is this right?')).toBe(true);
    expect(isQuestionHeading('What is a CDN')).toBe(true);
    expect(isQuestionHeading('How do I cache pages')).toBe(true);
    expect(isQuestionHeading('Can I use AVIF today')).toBe(true);
    // Titles that open with the same words are not questions.
    expect(isQuestionHeading('Why it matters')).toBe(false);
    expect(isQuestionHeading('How to set up an image pipeline')).toBe(false);
    expect(isQuestionHeading('What we measured on our own store')).toBe(false);
  });
});

describe('suggestJsonLd', () => {
  it('round trip: the suggestion parses, passes the checks with no errors and no warnings, and clears the flags it addresses', () => {
    const text = suggestJsonLd(facts)!;
    const data = fromJson(text);
    expect(data.errors).toEqual([]);
    expect(data.entities.map((e) => e.types[0])).toEqual(['Article', 'FAQPage']);
    expect(checkStructuredData(data).filter((i) => i.severity !== 'info')).toEqual([]);
    const remaining = findMissingMarkup(data, facts).map((f) => f.id);
    expect(remaining).toEqual(['dataset-markup']);
  });
  it('is safe to paste inside a script element', () => {
    const text = suggestJsonLd({ ...facts, headline: 'A </script><script>alert(1)</script> <!-- x' })!;
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect((JSON.parse(text) as { '@graph': { headline: string }[] })['@graph'][0]!.headline).toContain('</script>');
  });
  it('returns null when the page shows nothing to mark up', () => {
    expect(suggestJsonLd({ ...facts, isArticle: false, sections: [] })).toBeNull();
  });
});
