/**
 * The seams of the engine on pages that are not what a reader expects: fragments without <html> or <body>, empty
 * or truncated pages, trees nested past a browser's limit, and internal failures, which reach the caller only as
 * typed errors worded for the user.
 */
import { describe, expect, it } from 'vitest';
import { analyze, AnalyzeError, createAnalyzer } from '../../scoring/analyze';
import { extract, ExtractError, MAX_DEPTH } from '../../scoring/extract';
import { Report } from '../../scoring/report';
import { Snapshot } from '../../scoring/snapshot';
import { documentOf, FILLER } from '../helpers';
import { scoreBand } from '../../scoring/weights';

const CONTENT = `<h1>Remote work</h1><h2>What we measured</h2><p>${FILLER} We surveyed 212 remote workers in May, and 64% used video calls daily.</p><p>${FILLER}</p><h2>Tools</h2><p>${FILLER}</p>`;
const URL = 'https://drafts.example/remote';

describe('HTML fragments', () => {
  it('a fragment without <html> or <body> scores as its content, the same as the content wrapped in a page', () => {
    const wrapped = analyze(extract(documentOf(`<!doctype html><html><head><title>Remote work</title></head><body>${CONTENT}</body></html>`), { url: URL }));
    for (const fragment of [`<title>Remote work</title>${CONTENT}`, `<!doctype html><title>Remote work</title>${CONTENT}`, `<html><head><title>Remote work</title></head>${CONTENT}</html>`]) {
      const report = analyze(extract(documentOf(fragment), { url: URL }));
      // Read as its content (a short page with one measured section and one of tools): not the empty page's 0.
      expect(scoreBand(report.score)).not.toBe('low');
      expect(report.score).toBe(wrapped.score);
      expect(report.sections.map((s) => [s.heading, s.verdict])).toEqual(wrapped.sections.map((s) => [s.heading, s.verdict]));
    }
  });

  it('reading a fragment does not change it (no head or body is added to the original)', () => {
    const doc = documentOf(`<title>Remote work</title>${CONTENT}`);
    const before = doc.toString();
    extract(doc, { url: URL, selectors: true });
    expect(doc.toString()).toBe(before);
  });

  it('a fragment keeps its way back to the original elements', () => {
    const doc = documentOf(CONTENT);
    const snap = extract(doc, { url: URL, selectors: true });
    const block = snap.sections.flatMap((s) => s.blocks)[0]!;
    expect(doc.querySelector(block.locator.selector!)?.textContent).toContain('We surveyed 212');
  });
});

describe('empty and truncated pages', () => {
  it.each([[''], ['   \n'], ['<!doctype html>'], ['<html></html>'], ['<html><head><title>x</title></head><body>  </body></html>'], ['<p>']])('%j is reported as empty, not as an error', (html) => {
    const snap = extract(documentOf(html), { url: URL });
    expect(Snapshot.safeParse(snap).success).toBe(true);
    expect(snap.problem?.code).toBe('empty');
    expect(snap.sections).toEqual([]);
    const report = analyze(snap);
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.notes.join(' ')).toMatch(/empty/);
  });

  it('a page cut off mid-tag is read as far as it goes', () => {
    const html = `<html><head><title>Remote work</title></head><body>${CONTENT}`;
    const cut = html.slice(0, html.lastIndexOf('</p>') - 20);
    const snap = extract(documentOf(cut), { url: URL });
    expect(snap.problem).toBeUndefined();
    expect(snap.sections.length).toBeGreaterThan(0);
  });
});

describe('depth', () => {
  const page = (depth: number) =>
    `<html><body><article><p>${FILLER} ${FILLER}</p>${'<div>'.repeat(depth)}<p>${FILLER}</p>${'</div>'.repeat(depth)}</article></body></html>`;

  it(`reads a page nested ${MAX_DEPTH} levels deep, more than twice the deepest real page`, () => {
    // The root is one level and the article's own wrappers three more: this page's deepest element is at MAX_DEPTH.
    const snap = extract(documentOf(page(MAX_DEPTH - 4)), { url: URL });
    expect(snap.problem).toBeUndefined();
    expect(snap.parsed).toBe(true);
  });

  it('reports one level deeper as too deep, with no article and a sentence that says why', () => {
    const snap = extract(documentOf(page(MAX_DEPTH - 3)), { url: URL });
    expect(snap.problem?.code).toBe('too-deep');
    expect(snap.parsed).toBe(false);
  });
});

describe('typed errors at the seams', () => {
  it('extract lets out nothing but an ExtractError, worded for the user', () => {
    const hostile = {
      get documentElement(): never {
        throw new TypeError("Cannot read properties of null (reading 'tagName')");
      },
    } as unknown as Document;
    let thrown: unknown;
    try {
      extract(hostile, { url: URL });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ExtractError);
    expect((thrown as ExtractError).code).toBe('internal');
    expect((thrown as Error).message).not.toMatch(/Cannot read properties/);
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
  });

  it('analyze lets out nothing but an AnalyzeError, worded for the user', () => {
    const broken = { ...extract(documentOf(`<html><body>${CONTENT}</body></html>`), { url: URL }), sections: null } as unknown as Snapshot;
    for (const run of [() => analyze(broken), () => createAnalyzer().analyze(broken)]) {
      expect(run).toThrow(AnalyzeError);
      expect(run).toThrow(/^Citable could not judge this page/);
    }
  });
});

describe('text with no element at all', () => {
  it('is read as a page with that text as its body', () => {
    const prose = `${FILLER} We surveyed 212 remote workers in May, and 64% used video calls daily. ${FILLER}`;
    const snap = extract(documentOf(prose), { url: URL });
    expect(snap.problem).toBeUndefined();
    expect(snap.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ')).toContain('We surveyed 212 remote workers');
  });
});

describe('trees that made Readability throw', () => {
  it('a body replaced by an <svg> (Readability alone: "Cannot read properties of null (reading \'tagName\')") is read', () => {
    const doc = documentOf(`<html><head><title>Remote work</title></head><body>${CONTENT}</body></html>`);
    const body = doc.getElementsByTagName('body')[0]!;
    const svg = doc.createElement('svg');
    while (body.firstChild) svg.appendChild(body.firstChild);
    body.replaceWith(svg);
    const snap = extract(doc, { url: URL });
    expect(snap.problem).toBeUndefined();
    expect(snap.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ')).toContain('We surveyed 212');
  });
});
