/**
 * Robustness sweep over every real page of the shared corpus: each JSON-LD block ends parsed, explicitly empty (info)
 * or as an error — none is silently skipped — and nothing throws.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStructuredData } from '../../scoring/structured/extract';
import { CORPUS, hasCorpus, listFiles, parseDoc, readMaybeGz } from './corpus-helpers';

const suite = hasCorpus ? describe : describe.skip;

suite('JSON-LD over the real-page corpus', () => {
  const pages = [
    ...listFiles(path.join(CORPUS, 'readability'), (n) => n === 'source.html', true),
    ...listFiles(path.join(CORPUS, 'article-extraction-benchmark/html'), (n) => n.endsWith('.html.gz')),
    ...listFiles(path.join(CORPUS, 'trafilatura-eval-subset/html'), (n) => n.endsWith('.gz')),
  ];

  it('accounts for every block: blocks === parsed + empty + errors', () => {
    let blocks = 0;
    let parsed = 0;
    let empty = 0;
    let errors = 0;
    let unwrappedParsed = 0;
    const failures: string[] = [];
    for (const file of pages) {
      const html = readMaybeGz(file);
      const data = extractStructuredData(parseDoc(html), { url: 'https://example.com/' });
      const scriptCount = (html.match(/<script[^>]*type\s*=\s*["']?\s*application\/ld\+json/gi) ?? []).length;
      // Each script found by a plain regex must appear as a block (the DOM may find more, e.g. type with parameters).
      expect(data.jsonLdBlocks.length, file).toBeGreaterThanOrEqual(scriptCount);
      for (const b of data.jsonLdBlocks) {
        blocks++;
        if (b.status === 'parsed') {
          parsed++;
          expect(b.entityCount).toBeGreaterThan(0);
          if (b.unwrapped) unwrappedParsed++;
        } else if (b.status === 'empty') {
          empty++;
          expect(data.errors.some((e) => e.blockIndex === b.blockIndex && e.severity === 'info')).toBe(true);
        } else {
          errors++;
          const err = data.errors.find((e) => e.blockIndex === b.blockIndex && e.severity === 'error');
          expect(err, `${file} block ${b.blockIndex}`).toBeTruthy();
          failures.push(`${path.relative(CORPUS, file)} #${b.blockIndex}: ${err!.message.slice(0, 90)} @${err!.position?.line}:${err!.position?.column}`);
        }
      }
      // Entities of JSON-LD blocks are accounted to their blocks.
      const jsonEntities = data.entities.filter((e) => e.format === 'json-ld').length;
      expect(jsonEntities).toBe(data.jsonLdBlocks.reduce((s, b) => s + b.entityCount, 0));
    }
    console.log(
      `corpus JSON-LD: ${pages.length} pages, ${blocks} blocks = ${parsed} parsed (${unwrappedParsed} after unwrapping CDATA/comments) + ${empty} empty + ${errors} errors\n  ` +
        failures.join('\n  '),
    );
    expect(blocks).toBe(parsed + empty + errors);
    expect(pages.length).toBeGreaterThan(500);
    // README: the Readability pages alone have 26 CDATA-wrapped blocks; all must parse.
    expect(unwrappedParsed).toBeGreaterThanOrEqual(26);
  });

  it('telegraph: block 2 (index 1, entities mangled as "& #34;") is an error with a position; block 1 parses', () => {
    const data = extractStructuredData(parseDoc(readMaybeGz(path.join(CORPUS, 'readability/telegraph/source.html'))), {
      url: null,
    });
    expect(data.jsonLdBlocks.map((b) => b.status)).toEqual(['parsed', 'error']);
    const err = data.errors.find((e) => e.blockIndex === 1)!;
    expect(err.severity).toBe('error');
    expect(err.position!.line).toBeGreaterThan(0);
    expect(data.entities[0]!.types).toEqual(['NewsArticle']);
  });

  it('CDATA-wrapped blocks in the Readability pages parse', () => {
    const pagesWithCdata = listFiles(path.join(CORPUS, 'readability'), (n) => n === 'source.html', true)
      .map((f) => ({ f, html: readMaybeGz(f) }))
      .filter(({ html }) => /ld\+json[^>]*>\s*(\/\/)?<!\[CDATA\[/.test(html));
    expect(pagesWithCdata.length).toBeGreaterThan(5);
    for (const { f, html } of pagesWithCdata) {
      const data = extractStructuredData(parseDoc(html), { url: null });
      const wrapped = data.jsonLdBlocks.filter((b) => b.unwrapped);
      expect(wrapped.length, f).toBeGreaterThan(0);
      for (const b of wrapped) if (!f.includes('telegraph')) expect(b.status, f).toBe('parsed');
    }
  });
});
