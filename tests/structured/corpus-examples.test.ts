/**
 * Corpus checks of the extractor against two independent references:
 * (a) schema.org's own examples, where one example is written in microdata, RDFa and JSON-LD: the variants must yield
 *     the same set of entity types;
 * (b) extruct's test samples with their expected outputs (microdata items, JSON-LD objects, RDFa as expanded JSON-LD).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStructuredData, walkEntities } from '../../scoring/structured/extract';
import { normalizeTerm } from '../../scoring/structured/normalize';
import type { StructuredData } from '../../scoring/structured/schema';
import { StructuredData as StructuredDataSchema } from '../../scoring/structured/schema';
import {
  CORPUS,
  hasCorpus,
  listFiles,
  lowercaseMarkupAttributes,
  parseDoc,
  parseExamplesFile,
  variantPresent,
} from './corpus-helpers';

const suite = hasCorpus ? describe : describe.skip;

function extractFragment(html: string): StructuredData {
  return extractStructuredData(parseDoc(lowercaseMarkupAttributes(`<!doctype html><html><body>${html}</body></html>`)), {
    url: 'https://example.com/',
  });
}

/**
 * What is compared: the set of ALL entity types, top-level and nested, because the three syntaxes nest differently
 * (RDFa examples often leave typed nodes unattached, JSON-LD uses @graph) while describing the same things. A schema.org
 * `additionalType` value counts as a type: it is the microdata idiom for a second type (https://schema.org/additionalType).
 */
function typeSet(data: StructuredData): string[] {
  const set = new Set<string>();
  for (const { entity } of walkEntities(data)) {
    for (const t of entity.types) set.add(t);
    for (const a of entity.properties.additionalType ?? [])
      if (typeof a === 'string' && /schema\.org\//.test(a)) set.add(normalizeTerm(a));
  }
  return [...set].sort();
}

/**
 * Examples whose variants really differ upstream (checked by reading each one). Key: `<file relative to schemaorg/> <id>`.
 */
const SCHEMAORG_EXCEPTIONS: Record<string, string> = {
  'examples.txt #eg-0462': 'JSON-LD adds a reviewRating Rating that the microdata/RDFa variants do not mark up',
  'examples.txt #eg-0028': 'JSON-LD gives hiringOrganization as text; microdata/RDFa as an Organization',
  'examples.txt #eg-0172': 'JSON-LD variant is a @graph of Place and Offer with no Event node',
  'examples.txt #eg-0209': 'JSON-LD omits the Person (byArtist member) typed in microdata/RDFa',
  'examples.txt #eg-0211': 'JSON-LD adds a MusicGroup (byArtist) absent from microdata/RDFa',
  'ext/bib/bsdo-collection-examples.txt #eg-0217': 'microdata uses CreativeWork where RDFa/JSON-LD use productontology DVD',
  'ext/bib/bsdo-newspaper-examples.txt #eg-0218': 'RDFa/JSON-LD give publisher/editor as IRIs; microdata types them',
  'ext/bib/bsdo-translation-examples.txt #eg-0220': 'JSON-LD gives translator and workTranslation as IRIs; others type them',
  'ext/bib/comics-examples.txt #eg-0221': 'JSON-LD omits the publisher Organization',
  'ext/health-lifesci/MedicalScholarlyArticle-examples.txt #eg-0222': 'JSON-LD omits MedicalGuidelineRecommendation',
  'ext/pending/issue-1810-examples.txt #eg-0262': 'RDFa variant types City/Winery with rel="rdf:type" (RDFa Core, outside RDFa Lite)',
  'ext/pending/issue-373-examples.txt #eg-0306': 'JSON-LD adds an author Person that microdata does not have',
  'ext/pending/issue-373-examples.txt #eg-0307': 'JSON-LD adds partOfSeries PodcastSeries that microdata does not have',
  'ext/pending/issue-373-examples.txt #eg-0308': 'JSON-LD adds partOfSeries PodcastSeries that microdata does not have',
  'ext/pending/issue-4468-examples.txt #eg-4468b': 'JSON-LD gives the address as text; microdata/RDFa as PostalAddress',
  'issue-1758-examples.txt #eg-0255': 'JSON-LD adds a Person absent from the microdata variant',
  'sdo-blogpost-examples.txt #eg-0476': 'JSON-LD is a much richer variant (Blog, ImageObject, AggregateRating, Thing)',
  'sdo-exhibitionevent-examples.txt #eg-0349': 'JSON-LD adds an Offer absent from microdata/RDFa',
  'sdo-fibo-examples.txt #eg-0350': 'JSON-LD adds the issuing BankOrCreditUnion',
  'sdo-itemlist-examples.txt #eg-0377': 'RDFa types breadcrumb items as WebPage; microdata/JSON-LD use plain IRIs',
  'sdo-offeredby-examples.txt #eg-0393': 'JSON-LD omits the Product type that microdata/RDFa give the book',
  'sdo-offeredby-examples.txt #eg-0394': 'RDFa variant uses rdfa:Pattern/rdfa:copy (RDFa Core, outside RDFa Lite)',
  'sdo-sponsor-examples.txt #eg-0427': 'microdata bug upstream: the top-level itemscope also carries itemprop="Person", so per the HTML spec it is not a top-level item',
  'sdo-sponsor-examples.txt #eg-0428': 'same upstream microdata bug as #eg-0427 (itemprop on the top-level item)',
  'sdo-sponsor-examples.txt #eg-0429': 'same upstream microdata bug as #eg-0427 (itemprop on the top-level item)',
  'sdo-tv-listing-examples.txt #eg-0444': 'JSON-LD types the episode CreativeWork where microdata/RDFa say TVEpisode',
  'sdo-videogame-examples.txt #eg-0447': 'microdata variant lacks the SoftwareApplication type that RDFa/JSON-LD add',
};

suite('schema.org examples: microdata, RDFa and JSON-LD variants agree on entity types', () => {
  const files = listFiles(path.join(CORPUS, 'schemaorg'), (n) => n.endsWith('.txt'), true);

  it('every example with real markup in 2+ variants yields the same type set in each (exceptions listed)', () => {
    let compared = 0;
    let agreed = 0;
    const unexpected: string[] = [];
    const exceptionHits = new Set<string>();
    for (const file of files) {
      const rel = path.relative(path.join(CORPUS, 'schemaorg'), file);
      for (const ex of parseExamplesFile(file, fs.readFileSync(file, 'utf8'))) {
        const kinds = (['MICRODATA', 'RDFA', 'JSON'] as const).filter((k) => variantPresent(k, ex.sections[k]));
        if (kinds.length < 2) continue;
        compared++;
        const sets = kinds.map((k) => {
          let html = ex.sections[k]!;
          // Some JSON sections are bare JSON; upstream renders them inside a JSON-LD script.
          if (k === 'JSON' && !/<script/i.test(html)) html = `<script type="application/ld+json">${html}</script>`;
          const data = extractFragment(html);
          return { k, types: typeSet(data).join(','), data };
        });
        const same = sets.every((s) => s.types === sets[0]!.types && s.types !== '');
        const key = `${rel} ${ex.id}`;
        if (same) agreed++;
        else if (key in SCHEMAORG_EXCEPTIONS) exceptionHits.add(key);
        else unexpected.push(`${key}: ${sets.map((s) => `${s.k}=[${s.types}]`).join(' | ')}`);
      }
    }
    console.log(`schema.org variant agreement: ${agreed}/${compared} (${exceptionHits.size} listed exceptions)`);
    expect(unexpected).toEqual([]);
    // Every listed exception must still be needed, so the list cannot rot.
    expect([...exceptionHits].sort()).toEqual(Object.keys(SCHEMAORG_EXCEPTIONS).sort());
    expect(compared).toBeGreaterThan(150);
  });

  it('the broken SeekToAction example is an error with its line and column', () => {
    const file = path.join(CORPUS, 'schemaorg/ext/pending/issue-2722-example.txt');
    const [ex] = parseExamplesFile(file, fs.readFileSync(file, 'utf8'));
    const data = extractFragment(ex!.sections.JSON!);
    expect(data.entities.filter((e) => e.format === 'json-ld')).toEqual([]);
    expect(data.jsonLdBlocks).toHaveLength(1);
    expect(data.jsonLdBlocks[0]!.status).toBe('error');
    const err = data.errors.find((e) => e.format === 'json-ld' && e.severity === 'error');
    expect(err?.position).toBeTruthy();
    // The missing comma is after `"url": "https://video.example.com/watch/videoID"`; the parser trips on the next key.
    const raw = /<script[^>]*>([\s\S]*?)<\/script>/.exec(ex!.sections.JSON!)![1]!;
    const lineText = raw.split('\n')[err!.position!.line - 1]!;
    expect(lineText).toContain('"potentialAction"');
    expect(raw.slice(err!.position!.offset).startsWith('"potentialAction"')).toBe(true);
  });

  it('extraction output passes its own zod schema', () => {
    const file = path.join(CORPUS, 'schemaorg/examples.txt');
    const [ex] = parseExamplesFile(file, fs.readFileSync(file, 'utf8'));
    for (const k of ['MICRODATA', 'RDFA', 'JSON'] as const) {
      const data = extractFragment(ex!.sections[k]!);
      expect(() => StructuredDataSchema.parse(data)).not.toThrow();
      expect(data.entities[0]!.types).toEqual(['Person']);
    }
  });
});

// ------------------------------------------------------------------------------------------------------------------
// extruct

interface ExtructItem {
  type?: string | string[];
  properties?: Record<string, unknown>;
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Per item: sorted types and sorted property names (the comparison the brief asks for: types and names per item). */
function itemSignature(types: string[], props: string[]): string {
  return `${[...new Set(types)].sort().join('+')}{${[...new Set(props)].sort().join(',')}}`;
}

/** extruct samples whose expected output we knowingly do not reproduce. Key: path relative to extruct/. */
const EXTRUCT_EXCEPTIONS: Record<string, string> = {
  'schema.org/product-ref.html (microdata)':
    'itemref points at an element that is itself an item (#more-properties); extruct also crawls its children (prop3), ' +
    'the HTML microdata algorithm does not ("if current does not have an itemscope attribute, add its children")',
};

suite('extruct samples: expected microdata, JSON-LD and RDFa outputs', () => {
  const root = path.join(CORPUS, 'extruct');
  const htmlFiles = listFiles(root, (n) => n.endsWith('.html'), true).filter((f) => !f.includes('.invalid'));

  it('matches extruct on types and property names per item', () => {
    let compared = 0;
    let agreed = 0;
    const mismatches: string[] = [];
    for (const html of htmlFiles) {
      const base = html.slice(0, -'.html'.length);
      const rel = path.relative(root, html);
      const data = extractStructuredData(parseDoc(lowercaseMarkupAttributes(fs.readFileSync(html, 'utf8'))), {
        url: 'http://www.example.com/index.html',
      });
      const check = (kind: string, expected: string[], actual: string[]) => {
        compared++;
        const key = `${rel} (${kind})`;
        if (JSON.stringify(expected) === JSON.stringify(actual)) agreed++;
        else if (!(key in EXTRUCT_EXCEPTIONS))
          mismatches.push(`${key}\n  expected ${expected.join(' ')}\n  actual   ${actual.join(' ')}`);
      };

      // Microdata: `<name>.json` (plain, not the `_flat`/`withtext`/… variants), item list or full extract() output.
      // misc/*.json hold extruct's OpenGraph, Dublin Core and microformats outputs, which are not microdata.
      if (fs.existsSync(`${base}.json`) && !rel.startsWith('misc/')) {
        const raw = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as unknown;
        const items = (Array.isArray(raw) ? raw : ((raw as { microdata?: ExtructItem[] }).microdata ?? [])) as ExtructItem[];
        const expected = items.map((it) => itemSignature(asList(it.type).map(normalizeTerm), Object.keys(it.properties ?? {})));
        const actual = data.entities
          .filter((e) => e.format === 'microdata')
          .map((e) => itemSignature(e.types, Object.keys(e.properties)));
        check('microdata', expected, actual);
      }
      // JSON-LD: `<name>.jsonld` is the list of parsed objects, one per script.
      if (fs.existsSync(`${base}.jsonld`)) {
        let parsedFile = JSON.parse(fs.readFileSync(`${base}.jsonld`, 'utf8')) as unknown;
        // Older songkick expectations wrap the list as {"items": [...]}.
        if (parsedFile && typeof parsedFile === 'object' && 'items' in parsedFile) parsedFile = (parsedFile as { items: unknown }).items;
        const raw = asList(parsedFile);
        const expected: string[] = [];
        const addNode = (n: unknown) => {
          if (Array.isArray(n)) return n.forEach(addNode);
          if (!n || typeof n !== 'object') return;
          const o = n as Record<string, unknown>;
          if (o['@graph']) return addNode(o['@graph']);
          const props = Object.keys(o).filter((k) => !k.startsWith('@') && o[k] !== null);
          if (props.length === 0 && o['@type'] === undefined) return;
          expected.push(itemSignature(asList(o['@type'] as string | string[]).map(normalizeTerm), props.map(normalizeTerm)));
        };
        raw.forEach(addNode);
        const actual = data.entities
          .filter((e) => e.format === 'json-ld')
          .map((e) => itemSignature(e.types, Object.keys(e.properties)));
        check('json-ld', expected, actual);
      }
      // RDFa: `<name>.expanded.json` is flattened expanded JSON-LD, so compare the sets of (types, property names) of typed nodes.
      if (fs.existsSync(`${base}.expanded.json`)) {
        const raw = JSON.parse(fs.readFileSync(`${base}.expanded.json`, 'utf8')) as Record<string, unknown>[];
        const expected = raw
          .filter((n) => n['@type'])
          .map((n) => itemSignature(asList(n['@type'] as string[]).map(normalizeTerm), Object.keys(n).filter((k) => !k.startsWith('@')).map(normalizeTerm)))
          .sort();
        const actual = walkEntities(data)
          .filter((w) => w.entity.format === 'rdfa' && w.entity.types.length > 0)
          .map((w) => itemSignature(w.entity.types, Object.keys(w.entity.properties)))
          .sort();
        check('rdfa', [...new Set(expected)], [...new Set(actual)]);
      }
    }
    console.log(`extruct agreement: ${agreed}/${compared}`);
    expect(mismatches).toEqual([]);
  });

  it('the *.invalid samples are reported as errors (with position) or parsed, never crash', () => {
    const bad = listFiles(root, (n) => n.endsWith('.html'), true).filter((f) => f.includes('.invalid'));
    expect(bad.length).toBeGreaterThan(3);
    for (const f of bad) {
      const data = extractStructuredData(parseDoc(fs.readFileSync(f, 'utf8')), { url: null });
      for (const b of data.jsonLdBlocks) expect(['parsed', 'empty', 'error']).toContain(b.status);
      if (/JS_comment|control_characters/.test(f)) {
        const errs = data.errors.filter((e) => e.severity === 'error');
        expect(errs.length, f).toBeGreaterThan(0);
        for (const e of errs) expect(e.position, f).toBeTruthy();
      }
    }
  });
});
