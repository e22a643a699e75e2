import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectReaderable, extract, extractDetailed, readerableOf, type ReaderableCandidates } from '../../scoring/extract';
import { indexPage, indexPageByQuery, PAGE_INDEX_SELECTOR } from '../../scoring/dom/page-index';
import { firstDescendant, forEachElement, forEachElementPair } from '../../scoring/dom/walk';
import { parseDocument } from '../../cli/load';
import { HAVE_CORPUS, readabilityPages, trafilaturaPages, zytePages } from '../corpus/corpus';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('element walks', () => {
  it('visit every element once in document order, and a clone in step', () => {
    const d = doc('<html><head><title>t</title></head><body><div><p>a <b>b</b></p><ul><li>x</li></ul></div><p>c</p></body></html>');
    const seen: string[] = [];
    forEachElement(d, (el) => seen.push(el.localName));
    expect(seen).toEqual(['html', 'head', 'title', 'body', 'div', 'p', 'b', 'ul', 'li', 'p']);
    const copy = d.cloneNode(true) as Document;
    const pairs: [Element, Element][] = [];
    forEachElementPair(d, copy, (o, c) => pairs.push([o, c]));
    expect(pairs.map(([o]) => o.localName)).toEqual(seen);
    for (const [o, c] of pairs) {
      expect(c).not.toBe(o);
      expect(copy.documentElement.contains(c)).toBe(true);
      expect(c.outerHTML).toBe(o.outerHTML);
    }
  });

  it('reach elements a lenient parser leaves beside <html>, so their metas are read', () => {
    // linkedom keeps a leading <style> (and what follows it) outside <html>; a browser would move it inside.
    const d = doc('<style>p{}</style><meta name="description" content="About tea"><html><head><title>Tea</title></head><body><p>Tea is a drink.</p></body></html>');
    const seen: string[] = [];
    forEachElement(d, (el) => seen.push(el.localName));
    expect(seen).toContain('meta');
    expect(seen).toContain('p');
    expect(extract(d).meta).toContainEqual({ key: 'description', content: 'About tea' });
  });

  it('visit a <template> but not its inert content', () => {
    const d = doc('<html><body><template><div class="author">Template Author</div></template><p class="byline">By Ann Lee</p></body></html>');
    const seen: string[] = [];
    forEachElement(d, (el) => seen.push(el.localName));
    expect(seen).toEqual(['html', 'body', 'template', 'p']);
    expect(indexPage(d).authorship.map((el) => el.textContent)).toEqual(['By Ann Lee']);
  });

  it('keep the level of an h1 section heading, which Readability re-creates as an h2', () => {
    const para = (n: number) => `<p>${'Paragraph text that carries enough words to be kept by the reader. '.repeat(6)} (${n})</p>`;
    const d = doc(`<html><head><title>Levels</title></head><body><article><h1>Levels</h1>${para(1)}<h1>First part</h1>${para(2)}${para(3)}<h2>Second part</h2>${para(4)}${para(5)}</article></body></html>`);
    const levels = (s: { sections: { heading: string | null; level: number }[] }) => s.sections.map((x) => [x.heading, x.level]);
    expect(levels(extract(d))).toEqual([[null, 0], ['First part', 1], ['Second part', 2]]);
    expect(levels(extractDetailed(d).snapshot)).toEqual(levels(extract(d)));
    // The mark is on Readability's copy only: the page is untouched.
    expect(d.querySelector('[data-citable-h1]')).toBeNull();
  });

  it('find the first matching descendant in document order, whatever the case of its tag', () => {
    const d = doc('<html><body><div id="root"><span><em>x</em></span><section><p id="first">a</p></section><p>b</p></div><p>outside</p></body></html>');
    const root = d.getElementById('root')!;
    expect(firstDescendant(root, new Set(['p']))?.id).toBe('first');
    expect(firstDescendant(root, new Set(['table']))).toBeNull();
    expect(firstDescendant(root.querySelector('em')!, new Set(['p']))).toBeNull();
    // Readability creates elements as createElement("P"); linkedom keeps that case in localName.
    const made = d.createElement('P');
    const box = d.createElement('div');
    box.append(made);
    expect(firstDescendant(box, new Set(['p']))).toBe(made);
  });
});

describe('page index rules', () => {
  const html = `<html><head><meta name="author" content="A"><link rel="author" href="/a"><link rel="stylesheet"></head><body>
    <time datetime="2024-01-01" id="r1">Jan</time><time id="n1">Jan</time>
    <a rel="author" href="/me" id="r2">me</a><a href="/x" id="n2">x</a><a rel="nofollow" id="n3">no href</a>
    <span itemprop="name" id="r3">N</span>
    <div class="post-byline" id="r4"></div><div class="PostByline" id="r5"></div><div class="author-box" id="r6"></div>
    <div class="SiteAuthor" id="r7"></div><div class="biography" id="r8"></div><div class="AuthorBio" id="r9"></div>
    <div class="ShortBio" id="r10"></div><div id="bio-1"></div><div id="MyBio"></div><div id="about-the-author"></div>
    <div class="BYLINE" id="n4"></div><div class="writer" id="n5"></div><div id="n6" title="author"></div>
    <div itemscope itemtype="https://schema.org/Person" id="r11"></div><div typeof="Person" id="r12"></div>
    <script type="application/ld+json">{}</script></body></html>`;
  it.each([
    ['an element walk', indexPage],
    ['one selector query', indexPageByQuery],
  ])('select each kind of authorship candidate and nothing else, by %s', (_, indexOf) => {
    const index = indexOf(doc(html));
    const picked = index.authorship.map((el) => el.id || el.localName + (el.getAttribute('name') ?? el.getAttribute('rel') ?? ''));
    expect(picked).toEqual([
      'metaauthor', 'linkauthor', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'bio-1', 'MyBio', 'about-the-author', 'r11', 'r12',
    ]);
    expect(index.metas).toHaveLength(1);
    expect(index.scripts).toHaveLength(1);
    expect(index.itemscopes.map((el) => el.id)).toEqual(['r11']);
    expect(index.typed.map((el) => el.id)).toEqual(['r12']);
  });
});

describe('readerable from walked candidates', () => {
  const para = 'A paragraph with enough words in it to count towards an article, written out at length here. '.repeat(3);
  it('judges the candidates with the library\'s own rules, and asks the page for any other query', () => {
    const d = doc(`<html><body><div>${para}<br>${para}<br></div><ul><li><p>${para}</p></li></ul><p hidden>${para}</p></body></html>`);
    const walked: ReaderableCandidates = { blocks: [], divBreaks: [] };
    forEachElement(d, (el) => collectReaderable(walked, el, el.localName));
    expect(walked.blocks.length).toBe(2);
    expect(walked.divBreaks.length).toBe(2);
    // The div's text alone scores over the library's threshold; the list paragraph and the hidden one never count.
    expect(readerableOf(d, walked)).toBe(true);
    expect(readerableOf(d)).toBe(true);
    const withoutDiv: ReaderableCandidates = { blocks: walked.blocks, divBreaks: [] };
    expect(readerableOf(d, withoutDiv)).toBe(false);
  });
});

describe.skipIf(!HAVE_CORPUS)('page index on real pages', () => {
  const pages = [...readabilityPages(), ...zytePages(), ...trafilaturaPages()].filter((_, i) => i % 2 === 0);
  it(`selects what the reference selector selects (${pages.length} pages)`, () => {
    let compared = 0;
    for (const page of pages) {
      const d = parseDocument(page.html());
      const index = indexPage(d);
      // linkedom's selector engine, like a browser, does not look inside <template>; nor does the walk.
      const matched = Array.from(d.querySelectorAll(PAGE_INDEX_SELECTOR)).filter((el) => el.localName === 'script' || el.hasAttributes());
      const bucket = (test: (el: Element) => boolean) => matched.filter(test);
      expect(index.scripts, page.name).toEqual(bucket((el) => el.localName === 'script'));
      expect(index.metas, page.name).toEqual(bucket((el) => el.localName === 'meta'));
      expect(index.itemscopes, page.name).toEqual(bucket((el) => el.hasAttribute('itemscope')));
      expect(index.typed, page.name).toEqual(bucket((el) => el.hasAttribute('typeof')));
      expect(index.authorship, page.name).toEqual(bucket((el) => el.localName !== 'script'));
      compared += matched.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('isProbablyReaderable answers the same from the walk\'s candidates as from its own queries', () => {
    const answers = { true: 0, false: 0 };
    for (const page of pages) {
      const d = parseDocument(page.html());
      const walked: ReaderableCandidates = { blocks: [], divBreaks: [] };
      forEachElement(d, (el) => collectReaderable(walked, el, el.localName));
      expect(walked.blocks, page.name).toEqual(Array.from(d.querySelectorAll('p, pre, article')));
      expect(walked.divBreaks, page.name).toEqual(Array.from(d.querySelectorAll('div > br')));
      const answer = readerableOf(d);
      expect(readerableOf(d, walked), page.name).toBe(answer);
      answers[`${answer}`]++;
    }
    // Both answers occur, so the comparison can fail either way.
    expect(answers.true).toBeGreaterThan(100);
    expect(answers.false).toBeGreaterThan(3);
  });

  it('extract gives the same snapshot with or without native queries, and with or without pairing elements', () => {
    for (const page of pages.filter((_, i) => i % 3 === 0)) {
      const d = parseDocument(page.html());
      const plain = extract(d, { url: page.url });
      const walked = extractDetailed(d, { url: page.url });
      const native = extractDetailed(d, { url: page.url, nativeQueries: true });
      expect(walked.snapshot, page.name).toEqual(plain);
      expect(native.snapshot, page.name).toEqual(plain);
      expect(extract(d, { url: page.url, nativeQueries: true }), page.name).toEqual(plain);
      // Both ways of pairing find the same original elements (compared by identity). Native queries are the browser's
      // path, and a browser's document has one root element; linkedom leaves some pages with several.
      if (d.children.length === 1) {
        const same = (a: (Element | null)[][], b: (Element | null)[][]) => a.length === b.length && a.every((row, i) => row.length === b[i]!.length && row.every((el, j) => el === b[i]![j]));
        expect(same(native.blockElements, walked.blockElements), page.name).toBe(true);
        expect(same([native.headingElements], [walked.headingElements]), page.name).toBe(true);
      }
      // Reading never changes the page (linkedom's document.body getter would, on some of these pages).
      expect(d.toString(), page.name).toBe(parseDocument(page.html()).toString());
    }
  });
});
