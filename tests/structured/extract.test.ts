import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collapsedPrefix, extractStructuredData, walkEntities } from '../../scoring/structured/extract';
import { collapse } from '../../scoring/structured/normalize';
import { StructuredData } from '../../scoring/structured/schema';
import { findJsonErrorOffset } from '../../scoring/structured/json-position';

const doc = (body: string) => parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
const ld = (json: string, type = 'application/ld+json') => `<script type="${type}">${json}</script>`;
const run = (body: string, url: string | null = 'https://ex.com/a/') => extractStructuredData(doc(body), { url });

describe('JSON-LD', () => {
  it('smallest passing input: one typed node', () => {
    const d = run(ld('{"@type":"Person","name":"A"}'));
    expect(d.entities).toEqual([{ types: ['Person'], format: 'json-ld', id: null, properties: { name: ['A'] }, blockIndex: 0, selector: expect.any(String) }]);
    expect(d.jsonLdBlocks[0]!.status).toBe('parsed');
  });
  it('smallest failing input: invalid JSON is an error with position', () => {
    const d = run(ld('{"a": }'));
    expect(d.entities).toEqual([]);
    expect(d.errors[0]).toMatchObject({ severity: 'error', blockIndex: 0, position: { offset: 6, line: 1, column: 7 } });
  });
  it('accepts type attributes with parameters and odd case/whitespace', () => {
    const d = run(ld('{"@type":"Thing"}', ' Application/LD+JSON; charset=utf-8 ') + ld('{"@type":"X"}', 'text/javascript'));
    expect(d.jsonLdBlocks).toHaveLength(1);
    expect(d.entities[0]!.types).toEqual(['Thing']);
  });
  it('strips CDATA, //CDATA and HTML comment wrappers; positions refer to the original text', () => {
    for (const wrap of [(s: string) => `<![CDATA[${s}]]>`, (s: string) => `//<![CDATA[\n${s}\n//]]>`, (s: string) => `<!--${s}-->`]) {
      const d = run(ld(wrap('{"@type":"Article","headline":"H"}')));
      expect(d.entities[0]!.types).toEqual(['Article']);
      expect(d.jsonLdBlocks[0]!.unwrapped).toBe(true);
    }
    const bad = run(ld('<![CDATA[\n{"a": 1,,}\n]]>'));
    expect(bad.errors[0]!.position).toMatchObject({ line: 2, column: 9 });
  });
  it('normalizes schema.org IRIs and schema: CURIEs in types and keys', () => {
    const d = run(ld('{"@type":["http://schema.org/NewsArticle","schema:BlogPosting"],"https://schema.org/headline":"H"}'));
    expect(d.entities[0]!.types).toEqual(['NewsArticle', 'BlogPosting']);
    expect(d.entities[0]!.properties.headline).toEqual(['H']);
  });
  it('@graph members become top-level entities; @id references resolve across blocks', () => {
    const d = run(
      ld('{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"#a","author":{"@id":"#p"}},{"@type":"WebPage","mainEntity":{"@id":"#a"}}]}') +
        ld('{"@type":"Person","@id":"#p","name":"Jane","sameAs":["https://orcid.org/1"]}'),
    );
    expect(d.entities.map((e) => e.types[0])).toEqual(['Article', 'WebPage', 'Person']);
    const author = d.entities[0]!.properties.author![0] as { types: string[]; properties: Record<string, unknown[]> };
    expect(author.types).toEqual(['Person']);
    expect(author.properties.name).toEqual(['Jane']);
  });
  it('breaks @id cycles into reference stubs', () => {
    const d = run(ld('[{"@id":"#a","@type":"Thing","knows":{"@id":"#b"}},{"@id":"#b","@type":"Thing","knows":{"@id":"#a"}}]'));
    const a = d.entities[0]!;
    const b = a.properties.knows![0] as { properties: Record<string, unknown[]> };
    expect(b.properties.knows![0]).toMatchObject({ id: '#a', ref: true, properties: {} });
    expect(() => JSON.stringify(d)).not.toThrow();
  });
  it('survives deep nesting, __proto__ keys and huge arrays, and stays serializable', () => {
    const deep = '{"@type":"Thing","x":'.repeat(5000) + '1' + '}'.repeat(5000);
    const proto = '{"@type":"Thing","__proto__":{"polluted":true},"constructor":{"prototype":{"p":1}},"name":"n"}';
    const huge = `{"@type":"ItemList","itemListElement":[${Array.from({ length: 60000 }, (_, i) => `{"@type":"ListItem","position":${i}}`).join(',')}]}`;
    const d = run(ld(deep) + ld(proto) + ld(huge));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(d.jsonLdBlocks.map((b) => b.status)).toEqual(['parsed', 'parsed', 'parsed']);
    expect(Object.keys(d.entities[1]!.properties)).toEqual(['name']);
    expect(JSON.stringify(d).length).toBeLessThan(10_000_000);
    expect(() => StructuredData.parse(structuredClone(d))).not.toThrow();
  });
  it('reports empty and non-object blocks, never skips them', () => {
    const d = run(ld('null') + ld('[]') + ld('   ') + ld('"text"') + ld('{"@context":"https://schema.org"}'));
    expect(d.jsonLdBlocks.map((b) => b.status)).toEqual(['empty', 'empty', 'empty', 'error', 'empty']);
    expect(d.errors.filter((e) => e.severity === 'info')).toHaveLength(4);
  });
  it('@value, @list and nested arrays flatten to literals', () => {
    const d = run(ld('{"@type":"Thing","name":{"@value":"N"},"keywords":{"@list":["a",["b"]]}}'));
    expect(d.entities[0]!.properties).toEqual({ name: ['N'], keywords: ['a', 'b'] });
  });
});

describe('findJsonErrorOffset', () => {
  it.each([
    ['{"a":1}', null],
    ['[1,2,[3,{"b":[]}]]', null],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a":"x\ny"}', 7],
    ['{"a":tru}', 5],
    ['{} x', 3],
    ['', 0],
  ])('%j → %s', (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });
});

describe('microdata', () => {
  it('reads values per element kind and resolves URLs', () => {
    const d = run(`<div itemscope itemtype="https://schema.org/Article">
      <h1 itemprop="headline">T</h1><meta itemprop="datePublished" content="2024-01-01">
      <a itemprop="url" href="/x">x</a><img itemprop="image" src="i.png"><time itemprop="dateModified" datetime="2024-02-02">Feb</time>
      <data itemprop="wordCount" value="12">twelve</data><meter itemprop="ratingValue" value="4">4</meter>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane</span></span></div>`);
    const e = d.entities[0]!;
    expect(e.types).toEqual(['Article']);
    expect(e.properties).toMatchObject({
      headline: ['T'], datePublished: ['2024-01-01'], url: ['https://ex.com/x'], image: ['https://ex.com/a/i.png'],
      dateModified: ['2024-02-02'], wordCount: ['12'], ratingValue: ['4'],
    });
    expect((e.properties.author![0] as { types: string[] }).types).toEqual(['Person']);
    expect(d.entities).toHaveLength(1);
  });
  it('follows itemref and itemid, and breaks itemref cycles', () => {
    const d = run(`<div itemscope itemtype="https://schema.org/Person" itemid="urn:x" itemref="r"><span itemprop="name">A</span></div>
      <p id="r"><span itemprop="jobTitle">Dev</span></p>
      <div id="c1" itemscope itemtype="https://schema.org/Thing" itemref="c1"><span itemprop="name">loop</span></div>`);
    expect(d.entities[0]!.properties).toEqual({ name: ['A'], jobTitle: ['Dev'] });
    expect(d.entities[0]!.id).toBe('urn:x');
    expect(d.entities[1]!.properties.name).toEqual(['loop']);
  });
});

describe('RDFa Lite', () => {
  it('vocab, typeof, property, resource and prefix', () => {
    const d = run(`<div vocab="https://schema.org/" typeof="BlogPosting" resource="#post">
      <h1 property="headline">H</h1><meta property="datePublished" content="2024-01-01">
      <a property="url" href="/p">p</a>
      <div property="author" typeof="Person"><span property="name">Jo</span></div></div>
      <div prefix="s: http://schema.org/" typeof="s:Organization"><span property="s:name">Org</span></div>`);
    expect(d.entities.map((e) => e.types)).toEqual([['BlogPosting'], ['Organization']]);
    const post = d.entities[0]!;
    expect(post.id).toBe('https://ex.com/a/#post');
    expect(post.properties).toMatchObject({ headline: ['H'], datePublished: ['2024-01-01'], url: ['https://ex.com/p'] });
    expect((post.properties.author![0] as { properties: Record<string, unknown> }).properties).toEqual({ name: ['Jo'] });
    expect(d.entities[1]!.properties).toEqual({ name: ['Org'] });
  });
  it('costs nothing on a page without markup', () => {
    const d = run('<p>plain</p>');
    expect(d).toEqual({ entities: [], errors: [], jsonLdBlocks: [] });
  });
  it('walkEntities lists nested entities with their top-level index', () => {
    const d = run(ld('{"@type":"Article","author":{"@type":"Person","name":"x"}}'));
    expect(walkEntities(d).map((w) => [w.entity.types[0], w.topIndex, w.depth])).toEqual([['Article', 0, 0], ['Person', 0, 1]]);
  });
});

describe('collapsedPrefix', () => {
  it('equals collapsing the whole text and cutting it, on texts of every shape', () => {
    // A fixed pseudo-random sequence: words, runs of mixed whitespace, and astral characters.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['word', ' ', '  \n\t ', '\u00a0', 'x', '😀', 'ünï', '\r\n'];
    // Mostly whitespace: a prefix twice the limit collapses to less than the limit, so longer prefixes are needed.
    const sparse = ['a', ' '.repeat(9), '\n'.repeat(5), '\t\t\t', ' '.repeat(30)];
    for (let i = 0; i < 300; i++) {
      const pool = i % 2 ? sparse : pieces;
      let text = '';
      const len = rand(3) === 0 ? rand(40) : rand(4000);
      for (let k = 0; k < len; k++) text += pool[rand(pool.length)];
      for (const max of [1, 5, 37, 500]) expect(collapsedPrefix(text, max)).toBe(collapse(text).slice(0, max));
    }
  });
});
