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

function page(head: string, body = `<article><h1>T</h1><p>${PROSE} ${PROSE}</p></article>`): string {
  return `<!doctype html><html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`;
}

function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

/** JSON-LD torture: many blocks, a huge @graph, cycles, depth, prototype keys, and the markup-page shapes. */
export function jsonLdCases(): BuiltCase[] {
  const graph = Array.from({ length: 10_000 }, (_, i) => ({ '@id': `#n${i}`, '@type': 'Thing', name: `Node ${i}`, knows: { '@id': `#n${(i * 7919) % 10_000}` } }));
  // Written as text: JSON.stringify itself recurses, and overflows at this depth.
  const deep = `{"@context":"https://schema.org",${'"@type":"Thing","about":{'.repeat(10_000)}"name":"bottom"${'}'.repeat(10_000)}}`;
  const deepArrays = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
  const proto = `{"@context":"https://schema.org","@type":"Article","__proto__":{"polluted":true,"@type":"Person"},"constructor":{"prototype":{"x":1}},"headline":"H","author":{"__proto__":"x","name":"A"},"prototype":1,"hasOwnProperty":"no","toString":"no"}`;
  return [
    { name: 'jsonld-5000-blocks', html: page(Array.from({ length: 5000 }, (_, i) => ld({ '@context': 'https://schema.org', '@type': 'Article', headline: `H${i}` })).join('')) },
    { name: 'jsonld-graph-10k', html: page(ld({ '@context': 'https://schema.org', '@graph': graph })) },
    { name: 'jsonld-cycle', html: page(ld({ '@context': 'https://schema.org', '@graph': [{ '@id': '#a', '@type': 'Article', author: { '@id': '#b' }, about: { '@id': '#a' } }, { '@id': '#b', '@type': 'Person', worksFor: { '@id': '#a' }, knows: { '@id': '#b' } }] })) },
    { name: 'jsonld-depth-10k', html: page(`<script type="application/ld+json">${deep}</script>`) },
    { name: 'jsonld-array-depth-10k', html: page(`<script type="application/ld+json">${deepArrays}</script>`) },
    { name: 'jsonld-proto-keys', html: page(`<script type="application/ld+json">${proto}</script>`) },
    { name: 'jsonld-invalid-10k-lines', html: page(`<script type="application/ld+json">{${'\n"a": 1,'.repeat(10_000)}</script>`) },
    { name: 'jsonld-huge-string', html: page(ld({ '@type': 'Article', headline: 'x'.repeat(2_000_000) })) },
    { name: 'microdata-deep-1000', html: page('', `${'<div itemscope itemtype="https://schema.org/Thing" itemprop="about">'.repeat(200)}x${'</div>'.repeat(200)}<p>${PROSE}</p>`) },
    { name: 'microdata-itemref-cycle', html: page('', `<div itemscope itemtype="https://schema.org/Article" itemref="a"><span itemprop="name">x</span></div><div id="a" itemprop="about" itemscope itemref="b"><div id="b" itemprop="about" itemscope itemref="a"></div></div><p>${PROSE}</p>`) },
  ];
}

/** Trees and sizes: deep nesting, many paragraphs, many sections, many links. */
export function shapeCases(): BuiltCase[] {
  return [
    { name: 'deep-2500-divs', html: page('', `<article><p>${PROSE}</p>${'<div>'.repeat(2500)}<p>${PROSE}</p>${'</div>'.repeat(2500)}</article>`) },
    { name: 'deep-2500-spans', html: page('', `<article><p>${PROSE}</p>${'<span>'.repeat(2500)}x${'</span>'.repeat(2500)}</article>`) },
    { name: 'paragraphs-5k', html: page('', `<article>${`<p>${PROSE}</p>`.repeat(5_000)}</article>`) },
    { name: 'sections-3k', html: page('', `<article>${Array.from({ length: 3000 }, (_, i) => `<h2>Part ${i}</h2><p>${PROSE}</p>`).join('')}</article>`) },
    { name: 'links-5k', html: page('', `<article><p>${Array.from({ length: 5_000 }, (_, i) => `<a href="https://s${i}.example/">s${i}</a>`).join(' ')}</p></article>`) },
    { name: 'fragment', html: `<h1>Draft</h1><p>${PROSE} We surveyed 212 readers in May and 64% said yes.</p>` },
    { name: 'empty', html: '' },
    { name: 'text-only', html: PROSE },
  ];
}
