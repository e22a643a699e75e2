/**
 * Reads every schema.org entity a page carries, in the three syntaxes Google documents as supported (JSON-LD,
 * microdata, RDFa: https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data),
 * into one normalized, serializable list.
 *
 * Runs in the content script on every page, so the cost on a page without markup is three `querySelectorAll` calls.
 * Hostile input is bounded: a per-block size cap, a nesting-depth cap, a per-page budget of converted values, and
 * `@id` cycles broken into reference stubs. Keys such as `__proto__` are dropped, never assigned.
 *
 * Specs followed:
 * - JSON-LD 1.1 (https://www.w3.org/TR/json-ld11/): `@graph`, `@id` node references, `@value`, `@list`/`@set`.
 *   `@context` is not expanded (schema.org is the vocabulary that matters here); `schema:` CURIEs and full schema.org
 *   IRIs are normalized by name.
 * - HTML microdata (https://html.spec.whatwg.org/multipage/microdata.html): the "properties of an item" crawl with
 *   itemref, and the property-value rules per element (meta content, a/area/link href, img/… src, object data,
 *   data/meter value, time datetime, else text).
 * - RDFa Lite 1.1 (https://www.w3.org/TR/rdfa-lite/): vocab, typeof, property, resource, prefix.
 */
import type { PageIndex } from '../dom/page-index';
import type { Entity, JsonLdBlock, StructuredData, StructuredError, Value } from './schema';
import { findJsonErrorOffset, offsetFromMessage, positionAt } from './json-position';
import { FORBIDDEN_KEYS, collapse, normalizeTerm } from './normalize';
import { cssPath, resolveUrl, withPathCache } from './dom';

export interface ExtractOptions {
  /** The page URL, to resolve relative URLs in microdata/RDFa attributes; null leaves them as written. */
  url: string | null;
}

/** Nesting depth at which nested entities become reference stubs. Real markup rarely nests beyond 5 or 6. */
export const MAX_DEPTH = 10;
/** A JSON-LD block larger than this is reported, not parsed (the biggest in our corpus is far below 1 MB). */
export const MAX_BLOCK_CHARS = 3_000_000;
/**
 * Values converted per page, across all syntaxes; beyond it nested entities become stubs, so output stays small. At
 * 50,000, a 3,000-node @graph whose nodes reference each other filled the budget with copies of the same nodes and
 * cost 4 s to read, send and judge; the largest corpus page converts far fewer (same reports on all 660 pages).
 */
export const MAX_VALUES = 10_000;
/** Longest text value kept (characters). */
const MAX_TEXT = 5_000;

interface Budget {
  values: number;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function extractStructuredData(doc: Document, opts: ExtractOptions, index?: Pick<PageIndex, 'scripts' | 'itemscopes' | 'typed'>): StructuredData {
  return withPathCache(() => readStructuredData(doc, opts, index));
}

function readStructuredData(doc: Document, opts: ExtractOptions, index?: Pick<PageIndex, 'scripts' | 'itemscopes' | 'typed'>): StructuredData {
  const budget: Budget = { values: 0 };
  const errors: StructuredError[] = [];
  const entities: Entity[] = [];
  const jsonLdBlocks: JsonLdBlock[] = [];

  extractJsonLd(index?.scripts ?? Array.from(doc.querySelectorAll('script')), budget, entities, errors, jsonLdBlocks);
  extractMicrodata(doc, index?.itemscopes ?? Array.from(doc.querySelectorAll('[itemscope]')), opts.url, budget, entities);
  extractRdfa(index?.typed ?? Array.from(doc.querySelectorAll('[typeof]')), opts.url, budget, entities);

  return { entities, errors, jsonLdBlocks };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD

/** Wrappers seen on real pages: HTML Tidy's CDATA sections (26 of 34 blocks in the Readability corpus), JS-comment CDATA, HTML comments. */
const HEADS = [/^<!\[CDATA\[/, /^\/\/\s*<!\[CDATA\[/, /^\/\*\s*<!\[CDATA\[\s*\*\//, /^<!--/];
// Longest first, so `//]]>` is not cut to `//` by the bare `]]>` rule.
const TAILS = [/\/\/\s*\]\]>$/, /\/\*\s*\]\]>\s*\*\/$/, /\/\/\s*-->$/, /\]\]>$/, /-->$/];

/** Strip wrappers; returns the JSON text's [start, end) range within `raw`. */
export function unwrapJsonLd(raw: string): { start: number; end: number; unwrapped: boolean } {
  let start = 0;
  let end = raw.length;
  let unwrapped = false;
  for (let round = 0; round < 6; round++) {
    while (start < end && /\s/.test(raw[start]!)) start++;
    while (end > start && /\s/.test(raw[end - 1]!)) end--;
    let changed = false;
    const head = raw.slice(start, Math.min(end, start + 40));
    for (const re of HEADS) {
      const m = re.exec(head);
      if (m) {
        start += m[0].length;
        changed = true;
        break;
      }
    }
    const tail = raw.slice(Math.max(start, end - 40), end);
    for (const re of TAILS) {
      const m = re.exec(tail);
      if (m) {
        end -= m[0].length;
        changed = true;
        break;
      }
    }
    if (!changed) break;
    unwrapped = true;
  }
  return { start, end, unwrapped };
}

export function isJsonLdScript(el: Element): boolean {
  return (el.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json');
}

function extractJsonLd(
  allScripts: Element[],
  budget: Budget,
  entities: Entity[],
  errors: StructuredError[],
  blocks: JsonLdBlock[],
): void {
  const scripts = allScripts.filter(isJsonLdScript);
  if (scripts.length === 0) return;

  const parsed: { value: Json; ok: boolean }[] = [];
  scripts.forEach((script, blockIndex) => {
    // Browsers keep script content as raw text; linkedom turns a leading `<![CDATA[` into a CDATA node that
    // textContent omits, so fall back to the serialized content.
    const raw = script.textContent || script.innerHTML || '';
    const selector = cssPath(script);
    const { start, end, unwrapped } = unwrapJsonLd(raw);
    const text = raw.slice(start, end);
    const block: JsonLdBlock = { blockIndex, status: 'error', entityCount: 0, unwrapped, selector };
    blocks.push(block);
    if (text.length > MAX_BLOCK_CHARS) {
      errors.push({
        format: 'json-ld',
        severity: 'error',
        blockIndex,
        message: `JSON-LD block of ${text.length} characters is larger than the ${MAX_BLOCK_CHARS} read; not parsed`,
        position: null,
      });
      parsed.push({ value: null, ok: false });
      return;
    }
    if (text.length === 0) {
      block.status = 'empty';
      errors.push({ format: 'json-ld', severity: 'info', blockIndex, message: 'Empty JSON-LD block', position: null });
      parsed.push({ value: null, ok: false });
      return;
    }
    try {
      parsed.push({ value: JSON.parse(text) as Json, ok: true });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const local = findJsonErrorOffset(text) ?? offsetFromMessage(message, text);
      errors.push({
        format: 'json-ld',
        severity: 'error',
        blockIndex,
        message: `Invalid JSON: ${message}`,
        position: local === null ? null : positionAt(raw, start + local),
      });
      parsed.push({ value: null, ok: false });
    }
  });

  // Google reads all blocks of a page as one graph, so `@id` references resolve across blocks.
  const index = buildIdIndex(parsed.filter((p) => p.ok).map((p) => p.value));

  parsed.forEach((p, blockIndex) => {
    if (!p.ok) return;
    const block = blocks[blockIndex]!;
    const v = p.value;
    if (v === null || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0)) {
      block.status = 'empty';
      errors.push({
        format: 'json-ld',
        severity: 'info',
        blockIndex,
        message: `JSON-LD block holds an empty value (${JSON.stringify(v)})`,
        position: null,
      });
      return;
    }
    const nodes: JsonObject[] = [];
    let nonObject = 0;
    collectTopNodes(v, nodes, 0, () => nonObject++);
    const made: Entity[] = [];
    for (const node of nodes) {
      if (isReferenceOnly(node)) continue;
      if (!hasContent(node)) continue;
      made.push(jsonNodeToEntity(node, { index, budget, blockIndex, selector: block.selector }, new Set(), 0));
    }
    if (made.length > 0) {
      block.status = 'parsed';
      block.entityCount = made.length;
      entities.push(...made);
    } else if (nonObject > 0) {
      errors.push({
        format: 'json-ld',
        severity: 'error',
        blockIndex,
        message: 'JSON-LD block is valid JSON but not a JSON-LD object (a node object, an array of them, or @graph)',
        position: null,
      });
    } else {
      block.status = 'empty';
      errors.push({
        format: 'json-ld',
        severity: 'info',
        blockIndex,
        message: 'JSON-LD block holds no node with a type or property',
        position: null,
      });
    }
  });
}

function collectTopNodes(v: Json, out: JsonObject[], depth: number, onNonObject: () => void): void {
  if (depth > 4) return;
  if (Array.isArray(v)) {
    for (const item of v) collectTopNodes(item, out, depth + 1, onNonObject);
    return;
  }
  if (!isObject(v)) {
    if (v !== null) onNonObject();
    return;
  }
  const graph = v['@graph'];
  if (graph !== undefined) {
    if (hasContent(v, true)) out.push(v);
    collectTopNodes(graph, out, depth + 1, onNonObject);
    return;
  }
  out.push(v);
}

/** True when the node says anything besides its context (and, with `ignoreGraph`, its `@graph`). */
function hasContent(node: JsonObject, ignoreGraph = false): boolean {
  for (const k of Object.keys(node)) {
    if (k === '@context' || k === '@id') continue;
    if (ignoreGraph && k === '@graph') continue;
    return true;
  }
  return false;
}

/** `{"@id": "x"}` alone (a node reference). */
function isReferenceOnly(node: JsonObject): boolean {
  return typeof node['@id'] === 'string' && !hasContent(node);
}

/** All nodes that define an `@id` with content, merged per id (later definitions add properties). Bounded walk. */
function buildIdIndex(values: Json[]): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  const stack: { v: Json; d: number }[] = values.map((v) => ({ v, d: 0 }));
  let visits = 0;
  while (stack.length > 0 && visits++ < MAX_VALUES) {
    const { v, d } = stack.pop()!;
    if (d > 40) continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ v: item, d: d + 1 });
      continue;
    }
    if (!isObject(v)) continue;
    const id = v['@id'];
    if (typeof id === 'string' && hasContent(v)) {
      const prev = index.get(id);
      if (!prev) index.set(id, v);
      else if (prev !== v) {
        const merged: JsonObject = {};
        for (const src of [prev, v])
          for (const k of Object.keys(src)) if (!FORBIDDEN_KEYS.has(k) && !(k in merged)) merged[k] = src[k]!;
        index.set(id, merged);
      }
    }
    for (const k of Object.keys(v)) if (!FORBIDDEN_KEYS.has(k)) stack.push({ v: v[k]!, d: d + 1 });
  }
  return index;
}

interface JsonCtx {
  index: Map<string, JsonObject>;
  budget: Budget;
  blockIndex: number;
  selector: string | null;
}

function stub(id: string | null, format: Entity['format'], extra: Partial<Entity> = {}): Entity {
  return { types: [], format, id, properties: {}, ref: true, ...extra };
}

function jsonTypes(t: Json | undefined): string[] {
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  const out: string[] = [];
  for (const x of list) if (typeof x === 'string' && x.trim()) out.push(normalizeTerm(x));
  return out;
}

function jsonNodeToEntity(node: JsonObject, ctx: JsonCtx, path: Set<JsonObject>, depth: number): Entity {
  const id = typeof node['@id'] === 'string' ? node['@id'] : null;
  let source = node;
  if (isReferenceOnly(node) && id !== null) {
    const target = ctx.index.get(id);
    if (!target) return stub(id, 'json-ld');
    source = target;
  }
  if (path.has(source) || depth > MAX_DEPTH || ctx.budget.values > MAX_VALUES) return stub(id, 'json-ld');
  path.add(source);
  const properties: Record<string, Value[]> = {};
  for (const key of Object.keys(source)) {
    if (key.startsWith('@') || FORBIDDEN_KEYS.has(key)) continue;
    const name = normalizeTerm(key);
    if (FORBIDDEN_KEYS.has(name) || name === '') continue;
    const values = jsonValues(source[key]!, ctx, path, depth, 0);
    if (values.length === 0) continue;
    const list = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name]! : (properties[name] = []);
    list.push(...values);
  }
  path.delete(source);
  const entity: Entity = {
    types: jsonTypes(source['@type']),
    format: 'json-ld',
    id: id ?? (typeof source['@id'] === 'string' ? source['@id'] : null),
    properties,
  };
  if (depth === 0) {
    entity.blockIndex = ctx.blockIndex;
    entity.selector = ctx.selector;
  }
  return entity;
}

function jsonValues(v: Json, ctx: JsonCtx, path: Set<JsonObject>, depth: number, arrayDepth: number): Value[] {
  if (v === null) return [];
  ctx.budget.values++;
  if (typeof v === 'string') return [v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v];
  if (typeof v === 'number' || typeof v === 'boolean') return [v];
  if (Array.isArray(v)) {
    if (arrayDepth > 3) return [];
    const out: Value[] = [];
    for (const item of v) {
      if (ctx.budget.values > MAX_VALUES) break;
      out.push(...jsonValues(item, ctx, path, depth, arrayDepth + 1));
    }
    return out;
  }
  if ('@value' in v) {
    const lit = v['@value'];
    return typeof lit === 'string' || typeof lit === 'number' || typeof lit === 'boolean' ? [lit] : [];
  }
  if ('@list' in v) return jsonValues(v['@list']!, ctx, path, depth, arrayDepth + 1);
  if ('@set' in v) return jsonValues(v['@set']!, ctx, path, depth, arrayDepth + 1);
  return [jsonNodeToEntity(v, ctx, path, depth + 1)];
}

// ---------------------------------------------------------------------------------------------------------------
// Microdata

function tokens(attr: string | null): string[] {
  return attr ? attr.trim().split(/\s+/).filter(Boolean) : [];
}

function extractMicrodata(doc: Document, scopes: Element[], url: string | null, budget: Budget, out: Entity[]): void {
  if (scopes.length === 0) return;
  for (const el of scopes) {
    // Top-level items are items that are not the value of another item's property (HTML § 5.2.5).
    if (el.hasAttribute('itemprop')) continue;
    out.push(microdataItem(doc, el, url, budget, new Set(), 0));
  }
}

/** The "properties of an item" crawl (HTML § 5.2.5), in tree order with itemref targets after the item's subtree. */
function itemPropertyElements(doc: Document, root: Element): Element[] {
  const refs = tokens(root.getAttribute('itemref'));
  if (refs.length === 0) return subtreeProperties(root);
  const results: Element[] = [];
  const memory = new Set<Element>([root]);
  const roots: Element[] = Array.from(root.children);
  for (const id of refs) {
    const target = doc.getElementById(id);
    if (target) roots.push(target);
  }
  const stack = roots.reverse();
  while (stack.length > 0 && results.length < MAX_PROPERTIES) {
    const cur = stack.pop()!;
    if (memory.has(cur)) continue;
    memory.add(cur);
    if (cur.hasAttribute('itemprop')) results.push(cur);
    if (!cur.hasAttribute('itemscope')) {
      const kids = Array.from(cur.children);
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  }
  return results;
}

const MAX_PROPERTIES = 5_000;

/**
 * The crawl without itemref, the common case: a plain tree walk (no element can be met twice), not descending into
 * nested items. An item on <body> makes this a walk of the whole page, so it avoids the general crawl's bookkeeping.
 */
function subtreeProperties(root: Element): Element[] {
  const results: Element[] = [];
  let el = root.firstElementChild;
  while (el && results.length < MAX_PROPERTIES) {
    if (el.hasAttribute('itemprop')) results.push(el);
    const child = el.hasAttribute('itemscope') ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return results;
}

function microdataItem(
  doc: Document,
  el: Element,
  url: string | null,
  budget: Budget,
  path: Set<Element>,
  depth: number,
): Entity {
  const id = el.getAttribute('itemid');
  const selector = cssPath(el);
  if (path.has(el) || depth > MAX_DEPTH || budget.values > MAX_VALUES)
    return stub(id ? resolveUrl(id, url) : null, 'microdata', { selector });
  path.add(el);
  const properties: Record<string, Value[]> = {};
  for (const propEl of itemPropertyElements(doc, el)) {
    budget.values++;
    const value: Value = propEl.hasAttribute('itemscope')
      ? microdataItem(doc, propEl, url, budget, path, depth + 1)
      : microdataValue(propEl, url);
    for (const rawName of tokens(propEl.getAttribute('itemprop'))) {
      const name = normalizeTerm(rawName);
      if (FORBIDDEN_KEYS.has(name) || name === '') continue;
      const list = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name]! : (properties[name] = []);
      list.push(value);
    }
  }
  path.delete(el);
  return {
    types: tokens(el.getAttribute('itemtype')).map(normalizeTerm),
    format: 'microdata',
    id: id ? resolveUrl(id, url) : null,
    properties,
    selector,
  };
}

const SRC_ELEMENTS = new Set(['audio', 'embed', 'iframe', 'img', 'source', 'track', 'video']);
const HREF_ELEMENTS = new Set(['a', 'area', 'link']);

/** Property value of a non-item element (HTML § 5.2.4). */
function microdataValue(el: Element, url: string | null): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  if (SRC_ELEMENTS.has(tag)) return resolveUrl(el.getAttribute('src') ?? '', url);
  if (HREF_ELEMENTS.has(tag)) return resolveUrl(el.getAttribute('href') ?? '', url);
  if (tag === 'object') return resolveUrl(el.getAttribute('data') ?? '', url);
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  return collapsedPrefix(el.textContent ?? '', MAX_TEXT);
}

/**
 * collapse(text).slice(0, max) without collapsing all of a long text (an itemprop="articleBody" holds the whole
 * article): the collapse of a prefix is a prefix of the collapse of the whole, so a long enough prefix decides it.
 */
export function collapsedPrefix(text: string, max: number): string {
  for (let cut = max * 2; cut < text.length; cut *= 4) {
    const c = collapse(text.slice(0, cut));
    if (c.length >= max) return c.slice(0, max);
  }
  return collapse(text).slice(0, max);
}

// ---------------------------------------------------------------------------------------------------------------
// RDFa Lite

/** The RDFa 1.1 initial context's most used prefixes (https://www.w3.org/2011/rdfa-context/rdfa-1.1). */
const DEFAULT_PREFIXES: Record<string, string> = {
  schema: 'http://schema.org/',
  og: 'http://ogp.me/ns#',
  dc: 'http://purl.org/dc/terms/',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  sioc: 'http://rdfs.org/sioc/ns#',
  cc: 'http://creativecommons.org/ns#',
  v: 'http://rdf.data-vocabulary.org/#',
};

interface RdfaScope {
  vocab: string | null;
  prefixes: Record<string, string>;
}

function rdfaScope(el: Element): RdfaScope {
  let vocab: string | null = null;
  const prefixes: Record<string, string> = { ...DEFAULT_PREFIXES };
  const chain: Element[] = [];
  for (let cur: Element | null = el; cur && chain.length < 200; cur = cur.parentElement) chain.push(cur);
  // Outermost first, so inner declarations win.
  for (let k = chain.length - 1; k >= 0; k--) {
    const node = chain[k]!;
    const v = node.getAttribute('vocab');
    // `vocab="https://schema.org"` (no trailing slash) is common; RDFa concatenates literally, which would yield
    // `https://schema.orgPerson`, so the missing slash is supplied for schema.org only.
    if (v !== null) vocab = v.trim().replace(/^(https?:\/\/(?:www\.)?schema\.org)$/i, '$1/') || null;
    const p = node.getAttribute('prefix');
    if (p) {
      const re = /([A-Za-z_][\w.-]*):\s+(\S+)/g;
      for (let m = re.exec(p); m; m = re.exec(p)) if (!FORBIDDEN_KEYS.has(m[1]!)) prefixes[m[1]!] = m[2]!;
    }
  }
  return { vocab, prefixes };
}

function expandRdfaTerm(term: string, scope: RdfaScope): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(term)) return normalizeTerm(term);
  const colon = term.indexOf(':');
  if (colon > 0) {
    const prefix = term.slice(0, colon);
    const base = Object.prototype.hasOwnProperty.call(scope.prefixes, prefix) ? scope.prefixes[prefix] : undefined;
    if (base) return normalizeTerm(base + term.slice(colon + 1));
    return term;
  }
  return scope.vocab ? normalizeTerm(scope.vocab + term) : term;
}

function nearestTypedAncestor(el: Element): Element | null {
  for (let cur = el.parentElement; cur; cur = cur.parentElement) if (cur.hasAttribute('typeof')) return cur;
  return null;
}

function extractRdfa(typed: Element[], url: string | null, budget: Budget, out: Entity[]): void {
  if (typed.length === 0) return;
  for (const el of typed) {
    // A typed element that is another subject's property value is reached from that subject instead.
    if (el.hasAttribute('property') && nearestTypedAncestor(el)) continue;
    out.push(rdfaEntity(el, url, budget, 0));
  }
}

function rdfaEntity(el: Element, url: string | null, budget: Budget, depth: number): Entity {
  const scope = rdfaScope(el);
  const selector = cssPath(el);
  const rawId = el.getAttribute('resource') ?? el.getAttribute('about') ?? el.getAttribute('href') ?? el.getAttribute('src');
  const id = rawId ? resolveUrl(rawId, url) : null;
  if (depth > MAX_DEPTH || budget.values > MAX_VALUES) return stub(id, 'rdfa', { selector });
  const properties: Record<string, Value[]> = {};
  const stack = Array.from(el.children).reverse();
  let seen = 0;
  while (stack.length > 0 && seen++ < 5_000) {
    const cur = stack.pop()!;
    const props = tokens(cur.getAttribute('property'));
    const isTyped = cur.hasAttribute('typeof');
    if (props.length > 0) {
      budget.values++;
      const value: Value = isTyped ? rdfaEntity(cur, url, budget, depth + 1) : rdfaValue(cur, url);
      const curScope = isTyped ? scope : rdfaScope(cur);
      for (const p of props) {
        const name = expandRdfaTerm(p, curScope);
        if (FORBIDDEN_KEYS.has(name) || name === '') continue;
        const list = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name]! : (properties[name] = []);
        list.push(value);
      }
    }
    // A nested typed element starts its own subject: its descendants are its properties, not ours.
    if (!isTyped) {
      const kids = Array.from(cur.children);
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  }
  return {
    types: tokens(el.getAttribute('typeof')).map((t) => expandRdfaTerm(t, scope)),
    format: 'rdfa',
    id,
    properties,
    selector,
  };
}

/** Literal or IRI value of a `property` element without `typeof` (RDFa Core 1.1 § 7.5 step 11, simplified for Lite). */
function rdfaValue(el: Element, url: string | null): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  for (const attr of ['resource', 'href', 'src']) {
    const v = el.getAttribute(attr);
    if (v !== null) return resolveUrl(v, url);
  }
  if (el.tagName.toLowerCase() === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  return collapsedPrefix(el.textContent ?? '', MAX_TEXT);
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for consumers

/** An entity met by walkEntities: the entity, the index of its top-level ancestor, and its depth (0 at the top). */
export interface WalkedEntity {
  entity: Entity;
  topIndex: number;
  depth: number;
}

/** Every entity, top-level and nested, depth-first, with the index of its top-level ancestor. */
export function walkEntities(data: StructuredData): WalkedEntity[] {
  const out: WalkedEntity[] = [];
  data.entities.forEach((e, i) => visitEntity(e, i, 0, out));
  return out;
}

function visitEntity(e: Entity, topIndex: number, depth: number, out: WalkedEntity[]): void {
  out.push({ entity: e, topIndex, depth });
  if (depth > MAX_DEPTH + 2) return;
  // Indexed, not for-of: the values are mostly strings, and the walk over them took half the time this way (measured
  // on the corpus's 45,000 values, 2.2 -> 1.2 ms).
  for (const values of Object.values(e.properties))
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (typeof v === 'object') visitEntity(v, topIndex, depth + 1, out);
    }
}
