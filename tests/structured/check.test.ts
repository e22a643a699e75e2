import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractStructuredData } from '../../scoring/structured/extract';
import { checkStructuredData } from '../../scoring/structured/check';
import { findMissingMarkup, headlinesAgree, namesAgree } from '../../scoring/structured/missing';
import { suggestJsonLd } from '../../scoring/structured/suggest';
import type { PageFacts } from '../../scoring/structured/facts';
import { bylineName, isQuestionHeading } from '../../scoring/structured/facts';

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

describe('bylineName', () => {
  // Shapes of byline text seen on the corpus pages (names changed).
  it.each([
    ['By Dana Whitfield, May 2, 2024', 'Dana Whitfield'],
    ['by Ann Lee July 10, 2015', 'Ann Lee'],
    ['by Ann Lee @annlee February 1, 2016: 12:41 PM ET', 'Ann Lee'],
    ['By ANN LEE March 11, 2015 3:46 PM', 'ANN LEE'],
    ['By Ann Lee Updated Nov 13, 2019, 10:28am EST', 'Ann Lee'],
    ['Monday November 18, 2019 7:45 am PST by Ann Lee', 'Ann Lee'],
    ['Ann Lee Monday, February 29, 2016 @ 11:10 PM UTC', 'Ann Lee'],
    ['Ann Lee - Nov 19, 2019, 10:31 pm CST', 'Ann Lee'],
    ['Ann Lee • 8h', 'Ann Lee'],
    ['By Ann Lee | Example Media', 'Ann Lee'],
    ['Ann Lee, MA', 'Ann Lee'],
    ['Ann Lee, Auto Writer', 'Ann Lee'],
    ['By Ann Lee, Example.com', 'Ann Lee'],
    ['Ann Lee05 maja 2021', 'Ann Lee'],
    ['Written by Ann Lee Edited by Bo Park', 'Ann Lee'],
    ['Ann Lee, edited by Bo Park', 'Ann Lee'],
    ['Analysis by Ann Lee, Example Editor-at-large', 'Ann Lee'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    // Co-authors and a reversed name stay whole.
    ['By Ann Lee, Bo Park, Cy Diaz', 'Ann Lee, Bo Park, Cy Diaz'],
    ['By ANN LEE, BO PARK and CY DIAZ', 'ANN LEE, BO PARK and CY DIAZ'],
    ['Lee, Ann', 'Lee, Ann'],
    ['TAG24', 'TAG24'],
    // A date alone names nobody.
    ['Last Updated: January 7, 2025', ''],
    ['8. November 2021', ''],
    ['3 de Mayo de 2022', ''],
  ])('%s -> %s', (byline, name) => {
    expect(bylineName(byline)).toBe(name);
  });

  it('answers each byline for itself when asked again, in any order (the last one read is remembered)', () => {
    const asked = ['By Dana Whitfield, May 2, 2024', '8. November 2021', 'By Dana Whitfield, May 2, 2024', 'Von Anna Schmidt', 'Von Anna Schmidt', '8. November 2021'];
    expect(asked.map(bylineName)).toEqual(['Dana Whitfield', '', 'Dana Whitfield', 'Anna Schmidt', 'Anna Schmidt', '']);
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
