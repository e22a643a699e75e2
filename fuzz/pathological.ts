/**
 * Inputs aimed at the engine's weak spots, built rather than mutated: text that makes a regular expression backtrack
 * (a run of one "unit" — digits, capitals, separators, quotes, brackets, the opening words of a pattern — pumped to
 * 10,000+ characters, placed wherever page text is read), deep trees, many blocks, and JSON-LD torture. Each is an
 * HTML page; the fuzz harness and the test suite run them through extract and analyze.
 */

export interface BuiltCase {
  name: string;
  html: string;
}

const PROSE =
  'Good writing explains an idea clearly and helps readers decide what to do next, without hype or padding, and it keeps the reader in mind from the first line to the last.';

/**
 * What each pumped run is made of: one unit per pattern family of scoring/measures and scoring/signals (figures,
 * names and attribution, quotations, first-person accounts, dates, citations, keyword counting, sentence splitting).
 */
export const PUMP_UNITS: readonly string[] = [
  '1', '1,', '1.', '1, ', '1 ', '12%', '$1,', '1x', '1 in ', 'v1.', '1-', '2020 ',
  'A', 'Ab', 'Ab ', 'A ', 'A.', 'A-', "A'", 'A&', 'A. ', 'Ab of ', 'Mr. A', 'The ',
  'x', 'a ', 'a.', 'a-', ' ', '.', ',', ';', ':', '!', '?', '-', '—', '…', '/', '_', '#', '@', '*', '|',
  '“', '”', '"', "'", '‘', '’', '«', '(', ')', '[', ']', '[1]', '(A, 2020)', '(source: ', '{', '<', '&',
  'We ', 'we have ', 'I ', 'our ', 'We have been ', 'We also ', 'said ', 'says Ann Lee ', '“a b c d e f g,” ', 'according to ',
  'study by ', 'survey ', 'found ', 'studies show ', 'in 2020 ', 'Jan. 5 ', 'on Monday ', 'http://a.example/', 'www.',
  '\u00a0', '\u200b', '\u0301', 'é', 'Ä', '日本', '🙂', '\ud800', 'ß', 'İ',
];

/** `unit` repeated to at least `chars` characters. */
export function pump(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An article with `run` in its title, a heading, a paragraph, a link's text, a list item, a quotation and a table cell. */
export function pumpedArticle(run: string): string {
  const r = escapeHtml(run);
  return `<!doctype html><html lang="en"><head><title>${r}</title><meta name="author" content="${r.slice(0, 2000)}"></head><body><article>
<h1>${r.slice(0, 2000)}</h1><p>${PROSE} ${PROSE}</p><h2>${r.slice(0, 2000)}</h2><p>${PROSE} ${r} ${PROSE}</p>
<p>According to <a href="https://data.example/report">${r}</a>, ${PROSE}</p><ul><li>${r}</li></ul>
<blockquote>${r}</blockquote><table><tr><td>${r}</td><td>1</td></tr></table><p class="byline">By ${r.slice(0, 500)}</p></article></body></html>`;
}

/** JSON-LD whose strings carry the run: headline, author, description, keywords. */
export function pumpedJsonLd(run: string): string {
  const json = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: run, description: run, keywords: run, author: { '@type': 'Person', name: run, url: run }, datePublished: run });
  return `<!doctype html><html lang="en"><head><title>T</title><script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head><body><article><h1>T</h1><p>${PROSE} ${PROSE}</p></article></body></html>`;
}

/** One case per unit, in both places, at `chars` characters. */
export function pumpedCases(chars = 10_000): BuiltCase[] {
  return PUMP_UNITS.flatMap((unit, i) => [
    { name: `pump-article-${i}-${JSON.stringify(unit)}`, html: pumpedArticle(pump(unit, chars)) },
    { name: `pump-jsonld-${i}-${JSON.stringify(unit)}`, html: pumpedJsonLd(pump(unit, chars)) },
  ]);
}
