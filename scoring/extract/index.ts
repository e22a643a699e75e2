/**
 * extract: a Document in, a serializable Snapshot out. Runs in the extension's reader, off the page's thread, on a
 * native parse of the page's markup (entrypoints/offscreen/reader.ts), and in Node (CLI, tests).
 *
 * Readability works on a copy, so the live page is never touched. When the caller wants the original elements
 * behind the blocks (the reader, whose locators lead the content script back to them), each block or heading element of the copy is paired with
 * its original before parsing (the two trees list their elements in the same order). Readability moves the copy's
 * elements rather than copying them, so each block it keeps can be traced back to the original element; an element
 * it re-creates under another tag (div to p, h1 to h2) is traced through its children or its neighbours. A Map costs
 * less than stamping attributes on every element (measured: README, "Speed"). The elements the page-level reads
 * need come from the same walk (Node) or one native query (a browser).
 */
import { Readability } from '@mozilla/readability';
import { readBlock } from './block';
import { readerableOf, collectReaderable, type ReaderableCandidates } from './readerable';

export { readBlock } from './block';
export { readerableOf, collectReaderable, type ReaderableCandidates } from './readerable';
import { readMetaRobots } from '../access/meta-robots';
import { extractAuthorship } from '../authorship/extract';
import { extractStructuredData } from '../structured/extract';
import { SNAPSHOT_VERSION, type BlockKind, type Locator, type MetaTag, type Snapshot, type SnapshotSection } from '../snapshot';
import { cssPath } from '../dom/css-path';
import { createPageIndex, indexElement, indexPageByQuery, type PageIndex } from '../dom/page-index';
import { firstDescendant, forEachElement, forEachElementPair } from '../dom/walk';
import { normalizeSpace, readText, SKIP_TAGS } from './text';

export interface ExtractOptions {
  /** The page URL (links are resolved against it). Defaults to the document's own URL when it has one. */
  url?: string | null;
  /**
   * Stop with an ExtractError('too-large') past this many elements, instead of spending seconds in Readability
   * on a hostile or huge page. Default: no limit (the CLI; the content script counts the page's elements itself).
   */
  maxElements?: number;
  /** isProbablyReaderable's answer when the caller already asked it (the content script does, on the live page). */
  readerable?: boolean;
  /**
   * Read the page-level data (structured data, authorship, robots meta) as well as the article. Default true; the
   * benchmark turns it off to measure the article extraction alone.
   */
  pageData?: boolean;
  /**
   * Compute a CSS path for each block and heading (`locator.selector`). Off by default: the extension's reader answers
   * element indexes instead (from DetailedExtraction) and the reports locate findings by section, block and offset,
   * so nothing on the hot path reads the paths. Tools that store snapshots and need to find blocks later turn it on.
   */
  selectors?: boolean;
  /**
   * The DOM matches selectors natively (a browser; the extension's reader sets this). Blocks are then paired with their
   * originals through per-tag collections (4 times cheaper in Chromium than walking both trees in script) and the
   * page-level elements found with one query (about 10% cheaper than testing them in script). Node's DOM libraries
   * match selectors in script, so there one tree walk does both. The same snapshot either way (tested on the corpus).
   */
  nativeQueries?: boolean;
  /** When given, filled with the milliseconds each phase took (for benchmarks). */
  timings?: Record<string, number>;
}

/**
 * The only error `extract` throws. `too-large`: the caller's element limit was passed (a refusal, by request);
 * `internal`: a bug of Citable's own, worded for the user (the original error is the `cause`, for logs). A page the
 * article reader cannot read (empty, nested too deeply, a tree that makes a library throw) is not an error: it is
 * reported, with `snapshot.problem` saying why it has no article.
 */
export class ExtractError extends Error {
  constructor(
    readonly code: 'too-large' | 'internal',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExtractError';
  }
}

/**
 * Deepest nesting read. Readability's cost grows faster than the square of the depth (measured in Node: 200 levels of
 * divs 0.4–5 s depending on what they hold and how often Readability retries; 2,500 levels 2.8 min), while real
 * pages stay far shallower: the deepest of the 660 corpus pages is 51 levels (median 16), and Lighthouse already
 * flags a DOM deeper than 32 as excessive. Browsers' parsers stop nesting at 512; deeper trees come from scripts.
 */
export const MAX_DEPTH = 128;

/** The snapshot plus references to the original elements (for the reader's locators; never serialized). */
export interface DetailedExtraction {
  snapshot: Snapshot;
  /** For each section, the original element of each block (null when Readability made the block up). */
  blockElements: (Element | null)[][];
  /** For each section, the original heading element (null for the intro). */
  headingElements: (Element | null)[];
}

const BLOCK_TAGS: Record<string, BlockKind> = {
  P: 'p', LI: 'li', BLOCKQUOTE: 'blockquote', PRE: 'pre', TABLE: 'table', FIGCAPTION: 'figcaption', DD: 'dd', DT: 'dt',
};
const HEADING = /^H([1-6])$/;
/** Elements that make a container "block-level": a div holding one of these is walked into, not read whole. */
/** What a browser never leaves inside a paragraph. */
const NESTED_IN_P = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre']);
const BLOCKISH = new Set(['p', 'li', 'blockquote', 'pre', 'table', 'figcaption', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'div', 'section', 'article', 'figure']);
const QUOTE_CHARS = 80;
/** Elements worth pairing with their originals: the ones that become blocks and headings. */
const PAIRED = new Set(['p', 'li', 'blockquote', 'pre', 'table', 'figcaption', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The snapshot alone. Without `selectors`, nothing reads the original elements behind the blocks, so the page is
 * not paired with its clone (measured in Node: the pairing walk was a quarter of extract's own work).
 */
export function extract(doc: Document, options: ExtractOptions = {}): Snapshot {
  return guarded(() => read(doc, options, options.selectors ?? false).snapshot);
}

/** The snapshot and, for each block and heading, the original element it came from (the reader's view). */
export function extractDetailed(doc: Document, options: ExtractOptions = {}): DetailedExtraction {
  return guarded(() => read(doc, options, true));
}

/** Nothing but an ExtractError leaves extract: an unexpected throw is a bug of ours, said plainly. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('internal', 'Citable could not read this page (an internal error in the extraction).', { cause: err });
  }
}

type Problem = NonNullable<Snapshot['problem']>;
const PROBLEMS: Record<Problem['code'], string> = {
  empty: 'The page is empty: there is no text on it.',
  'too-deep': `The page nests elements more than ${MAX_DEPTH} levels deep (real articles stay under 60; Lighthouse flags 32): its article was not read.`,
  'reader-failed': 'The article reader could not make sense of this page’s markup (a malformed tree): its article was not read.',
};

/** The snapshot of a page with no document at all (nothing was parsed). */
function emptyExtraction(url: string | null): DetailedExtraction {
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    url,
    title: null,
    headline: null,
    declaredLang: null,
    readerable: false,
    parsed: false,
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    sections: [],
    meta: [],
    structured: { entities: [], errors: [], jsonLdBlocks: [] },
    authorship: emptyAuthorship(),
    robotsMeta: [],
    problem: { code: 'empty', message: PROBLEMS.empty },
  };
  return { snapshot, blockElements: [], headingElements: [] };
}

/** `read()`, or `fallback()` when it throws (anything but an ExtractError, which is a decision, not a failure). */
function attempt<T>(read: () => T, fallback: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    return fallback();
  }
}

function emptyAuthorship(): Snapshot['authorship'] {
  return { byline: null, bylineSources: [], bio: { present: false, words: 0, selector: null }, profileLinks: [], published: [], modified: [] };
}

/**
 * Deeper than `limit` levels below the root? One native query in a browser (an element exactly `limit` levels
 * down exists): each element is matched against at most its own depth of ancestors, so it costs a walk of the page.
 */
function deeperThanByQuery(doc: Document, limit: number): boolean {
  return doc.querySelector(`:root${' > *'.repeat(limit)}`) !== null;
}

/**
 * Gives a page that has no `<body>` (a fragment: a draft exported from Markdown, a snippet; `<html>` without a body;
 * or a tag before `<html>` that a lenient parser left outside it) the shape a browser's parser would build, on
 * Readability's copy only: head-only tags into the head, everything else into the body, in document order. The
 * original is not touched.
 */
const HEAD_TAGS = new Set(['title', 'meta', 'base', 'link', 'style']);
function giveBody(copy: Document): void {
  if (bodyOf(copy)) return;
  const tagOf = (node: Node) => (node.nodeType === 1 ? (node as Element).localName : '');
  const tops = Array.from(copy.childNodes).filter((n) => n.nodeType !== 10); // the doctype stays where it is
  const html = (tops.find((n) => tagOf(n) === 'html') as Element | undefined) ?? copy.createElement('html');
  let head: Element | null = null;
  let body: Element | null = null;
  for (let el = html.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'head') head ??= el;
    else if (el.localName === 'body') body ??= el;
  }
  head ??= copy.createElement('head');
  body ??= copy.createElement('body');
  // Nodes before <html> go before the body's own content, the rest after it.
  const firstOfBody = body.firstChild;
  const into = (node: Node, before: boolean) => {
    const tag = tagOf(node);
    if (tag === 'head' || tag === 'body') {
      const to = tag === 'head' ? head : body;
      while (node.firstChild) to.appendChild(node.firstChild);
      node.parentNode?.removeChild(node);
    } else if (HEAD_TAGS.has(tag)) head.appendChild(node);
    else if (before) body.insertBefore(node, firstOfBody);
    else body.appendChild(node);
  };
  // In document order: what came before <html>, what is inside it, what came after.
  const inside = Array.from(html.childNodes).filter((n) => n !== head && n !== body);
  const at = tops.indexOf(html);
  for (const node of tops.slice(0, Math.max(at, 0))) into(node, at >= 0);
  for (const node of [...inside, ...tops.slice(at + 1)]) if (node !== html) into(node, false);
  if (at < 0 || html.parentNode !== copy) copy.appendChild(html);
  html.appendChild(head);
  html.appendChild(body);
}

/**
 * The document's title as a browser gives it (the first title element, preferring the head's), read without
 * `document.title`: linkedom's getter inserts a head into a document that has none, which would change the page.
 */
function titleOf(doc: Document): string {
  const root = doc.documentElement;
  if (root?.localName === 'html') {
    for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
      if (el.localName === 'head') {
        const t = el.getElementsByTagName('title')[0];
        if (t) return t.textContent ?? '';
      }
    }
  }
  for (const t of Array.from(doc.getElementsByTagName('title'))) {
    let inSvg = false;
    for (let up = t.parentElement; up && !inSvg; up = up.parentElement) inSvg = up.localName === 'svg';
    if (!inSvg) return t.textContent ?? '';
  }
  return '';
}

/** What Readability reads from the head: the title, metas, a base URL and JSON-LD (everything else it removes or skips). */
function keptInHead(el: Element): boolean {
  const tag = el.localName;
  return tag === 'title' || tag === 'meta' || tag === 'base' || (tag === 'script' && el.getAttribute('type') === 'application/ld+json');
}

/**
 * Readability's copy of the page, in a browser: the whole body, and of the head only what Readability reads. A
 * full copy clones the head's stylesheets, scripts and links only for Readability to remove or walk past them.
 * Measured in Chromium: Readability's output identical on all 85 real corpus pages, copy + parse 2% cheaper (median
 * per page, alternating order). In linkedom it gains nothing, so Node keeps the full copy its pairing walk needs.
 * Falls back to a full copy for a document of unusual shape.
 */
function readerCopy(doc: Document): Document {
  const root = doc.documentElement;
  if (root.localName !== 'html' || doc.children.length !== 1 || !bodyOf(doc)) return doc.cloneNode(true) as Document;
  const copy = doc.cloneNode(false) as Document;
  const html = copy.importNode(root, false);
  copy.appendChild(html);
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName !== 'head') {
      html.appendChild(copy.importNode(child, true));
      continue;
    }
    const head = copy.importNode(child, false);
    for (let h = child.firstElementChild; h; h = h.nextElementSibling) if (keptInHead(h)) head.appendChild(copy.importNode(h, true));
    html.appendChild(head);
  }
  return copy;
}

/**
 * The body element, found without `document.body`: linkedom's getter inserts a head and a body into a document
 * whose root does not start with them, which would change the page being read.
 */
function bodyOf(doc: Document): Element | null {
  for (let el = doc.documentElement?.firstElementChild; el; el = el.nextElementSibling) if (el.localName === 'body') return el;
  return null;
}

/** Marks, on the clone only, the h1 elements Readability will re-create as h2, so a section keeps its real level. */
const H1_MARK = 'data-citable-h1';

function read(doc: Document, options: ExtractOptions, withElements: boolean): DetailedExtraction {
  if (!doc?.documentElement) {
    // Text with no element at all (linkedom keeps it as the document's only child): read as the body of a page.
    const text = doc && Array.from(doc.childNodes ?? []).some((n) => n.nodeType === 3 && n.textContent?.trim());
    if (!text) return emptyExtraction(options.url ?? null);
    const page = doc.cloneNode(true) as Document;
    giveBody(page);
    return read(page, { ...options, url: options.url ?? null }, false);
  }
  const url = options.url ?? pageUrl(doc);
  const timings = options.timings;
  let mark = timings ? performance.now() : 0;
  const lap = (phase: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[phase] = (timings[phase] ?? 0) + now - mark;
    mark = now;
  };
  if (options.maxElements !== undefined) {
    const count = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
    if (count > options.maxElements) throw new ExtractError('too-large', `page has ${count} elements, more than the ${options.maxElements} this analysis reads`);
  }
  // In a browser the depth is asked before anything is copied; in Node the walk below measures it.
  let tooDeep = options.nativeQueries ? deeperThanByQuery(doc, MAX_DEPTH) : false;
  const clone = options.nativeQueries ? readerCopy(doc) : (doc.cloneNode(true) as Document);
  lap('clone');
  // Pair the elements that can become blocks or headings with their originals (same shape, same order), and find the
  // page's elements for the page-level reads. Elements Readability re-creates are traced through neighbours and
  // ancestors below.
  const pairs = new Map<Element, Element>();
  const withPageData = options.pageData ?? true;
  let metas: Element[];
  let index: PageIndex | null;
  let firstH1: Element | null = null;
  /** Filled by the Node walk, which visits every element anyway (see readerableOf). */
  let readerableCandidates: ReaderableCandidates | null = null;
  if (options.nativeQueries) {
    // Without a body (a fragment), readerCopy copied the whole document: the two are paired whole.
    const body = bodyOf(doc) ?? doc;
    const copyBody = bodyOf(clone) ?? clone;
    if (withElements && !tooDeep) {
      // The article comes from the body (Readability reads nothing else for it), and the copy's body is whole.
      for (const tag of PAIRED) {
        const originals = body.getElementsByTagName(tag);
        const copies = copyBody.getElementsByTagName(tag);
        // The lengths read once: each read of a live collection's length is a call into the DOM (measured: twice the cost).
        const n = Math.min(originals.length, copies.length);
        for (let i = 0; i < n; i++) pairs.set(copies[i]!, originals[i]!);
      }
    }
    index = withPageData ? indexPageByQuery(doc) : null;
    metas = index ? index.metas : Array.from(doc.getElementsByTagName('meta'));
    firstH1 = doc.getElementsByTagName('h1')[0] ?? null;
  } else {
    const found: Element[] = [];
    const walked = withPageData ? createPageIndex() : null;
    const candidates = options.readerable === undefined ? (readerableCandidates = { blocks: [], divBreaks: [] }) : null;
    // The chain of ancestors of the element being visited (document order): its length is the element's depth.
    const chain: Element[] = [];
    const visit = (o: Element, c: Element | null) => {
      const parent = o.parentElement;
      while (chain.length > 0 && chain[chain.length - 1] !== parent) chain.pop();
      if (chain.push(o) > MAX_DEPTH) tooDeep = true;
      const tag = o.localName;
      if (candidates) collectReaderable(candidates, o, tag);
      if (PAIRED.has(tag)) {
        if (c) pairs.set(c, o);
        if (tag === 'h1' && !firstH1) firstH1 = o;
      }
      // The index keeps the metas (those with attributes: the only ones readMeta can use); without it, collect them.
      if (walked) indexElement(walked, o, tag);
      else if (tag === 'meta') found.push(o);
    };
    if (withElements) forEachElementPair(doc, clone, visit);
    else forEachElement(doc, (o) => visit(o, null));
    metas = walked ? walked.metas : found;
    index = walked;
  }
  for (const h1 of Array.from(clone.getElementsByTagName('h1'))) h1.setAttribute(H1_MARK, '');
  lap('pair');
  const readerable = options.readerable ?? readerableOf(doc, readerableCandidates ?? undefined);
  lap('readerable');

  let parsed: ReturnType<Readability<Element>['parse']> = null;
  let problem: Problem['code'] | null = tooDeep ? 'too-deep' : null;
  if (!tooDeep) {
    try {
      giveBody(clone);
      // keepClasses: the class attributes of the article are never read, so Readability need not walk it to strip them.
      parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
    } catch (err) {
      // A library that throws on a strange tree (Readability's _grabArticle on some pages with deleted or duplicated
      // tags; a stack overflow on a tree nested past the depth check) costs the page its article, not its report.
      problem = err instanceof RangeError ? 'too-deep' : 'reader-failed';
    }
  }
  lap('readability');
  // Both caches live for this extraction only: the page may change before the next one.
  const pathCache = new Map<Element, string | null>();
  const indexCache = new Map<Element, Map<Element, number>>();
  const original = (el: Element | null): Element | null => {
    if (!el) return null;
    const direct = pairs.get(el);
    if (direct) return direct;
    // Re-created by Readability: its moved children or neighbours still know where it was.
    const child = el.firstElementChild ? pairs.get(el.firstElementChild) : undefined;
    if (child?.parentElement) return child.parentElement;
    const prev = el.previousElementSibling ? pairs.get(el.previousElementSibling) : undefined;
    if (prev?.nextElementSibling) return prev.nextElementSibling;
    const next = el.nextElementSibling ? pairs.get(el.nextElementSibling) : undefined;
    if (next?.previousElementSibling) return next.previousElementSibling;
    for (let cur = el.parentElement; cur; cur = cur.parentElement) {
      const up = pairs.get(cur);
      if (up) return up;
    }
    return null;
  };
  const withSelectors = options.selectors ?? false;
  const nativeQueries = options.nativeQueries ?? false;
  const locate = (orig: Element | null, text: string): Locator => ({
    selector: withSelectors && orig ? cssPath(orig, pathCache, indexCache) : null,
    quote: text.slice(0, QUOTE_CHARS),
  });

  const sections: SnapshotSection[] = [];
  const blockElements: (Element | null)[][] = [];
  const headingElements: (Element | null)[] = [];
  const docTitle = titleOf(doc);
  const title = clean(parsed?.title) ?? clean(docTitle);
  if (parsed?.content) {
    try {
      let current: SnapshotSection = { heading: null, level: 0, headingLocator: null, blocks: [] };
      let currentEls: (Element | null)[] = [];
      sections.push(current);
      blockElements.push(currentEls);
      headingElements.push(null);
      walkArticle(parsed.content, {
        heading(el, level) {
          // Wikipedia-style "[edit]" links are not part of a heading.
          const text = normalizeSpace(readText(el, url).text).replace(/\s*\[\s*edit\s*\]$/i, '');
          if (!text) return;
          const orig = withElements ? original(el) : null;
          current = { heading: text, level: el.hasAttribute(H1_MARK) ? 1 : level, headingLocator: locate(orig, text), blocks: [] };
          currentEls = [];
          sections.push(current);
          blockElements.push(currentEls);
          headingElements.push(orig);
        },
        block(el, kind, ordered) {
          const block = readBlock(el, kind, url, ordered, nativeQueries);
          if (!block) return;
          const orig = withElements ? original(el) : null;
          // A table's text joins cells with " | ", which the DOM's text does not have: quote its first cell.
          block.locator = locate(orig, block.table ? (block.table.rows[0]?.[0] ?? '') : block.text);
          current.blocks.push(block);
          currentEls.push(orig);
        },
      });
      // An empty intro (the article opens with a heading) is not a section.
      if (sections[0]!.blocks.length === 0 && sections.length > 1) {
        sections.shift();
        blockElements.shift();
        headingElements.shift();
      }
    } catch (err) {
      // Reading Readability's article recurses over it too: the same failure, met one step later.
      if (!(err instanceof RangeError)) throw err;
      problem = 'too-deep';
      parsed = null;
      sections.length = blockElements.length = headingElements.length = 0;
    }
  }
  if (!parsed?.content && problem === null && !(bodyOf(doc) ?? doc.documentElement).textContent?.trim()) problem = 'empty';

  // Structured data and authorship are read from the original page: Readability strips both from its article.
  lap('sections');
  // Each page-level read stands alone: one that throws on a strange page costs its own part of the report only.
  const noStructure = (message: string): Snapshot['structured'] => ({ entities: [], errors: message ? [{ format: 'json-ld', severity: 'error', message }] : [], jsonLdBlocks: [] });
  const structured = index ? attempt(() => extractStructuredData(doc, { url }, index), () => noStructure('The structured data of this page could not be read (an internal error).')) : noStructure('');
  lap('structured');
  const authorship = index
    ? attempt(() => extractAuthorship(doc, structured, { byline: parsed?.byline ?? null, publishedTime: parsed?.publishedTime ?? null }, url, index.authorship), emptyAuthorship)
    : emptyAuthorship();
  lap('authorship');
  const robotsMeta = index ? attempt(() => readMetaRobots(doc, index.metas), () => []) : [];
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    url,
    title,
    headline: clean((firstH1 as Element | null)?.textContent) ?? clean(docTitle),
    declaredLang: declaredLang(doc, metas),
    readerable,
    parsed: Boolean(parsed?.content),
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    publishedTime: clean(parsed?.publishedTime),
    excerpt: clean(parsed?.excerpt),
    sections,
    meta: readMeta(metas),
    structured,
    authorship,
    robotsMeta,
    ...(problem ? { problem: { code: problem, message: PROBLEMS[problem] } } : {}),
  };
  lap('meta');
  return { snapshot, blockElements, headingElements };
}

interface ArticleVisitor {
  heading(el: Element, level: number): void;
  block(el: Element, kind: BlockKind, ordered: boolean): void;
}

/** Walks Readability's article in document order, calling back for headings and for text blocks. */
function walkArticle(root: Element, visit: ArticleVisitor, ordered = false): void {
  for (const el of Array.from(root.children)) {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    const h = HEADING.exec(tag);
    if (h) {
      visit.heading(el, Number(h[1]));
      continue;
    }
    if (tag === 'UL' || tag === 'OL') {
      walkArticle(el, visit, tag === 'OL');
      continue;
    }
    const kind = BLOCK_TAGS[tag];
    if (kind === 'li' && firstDescendant(el, BLOCKISH)) {
      // A list item holding paragraphs or a nested list: its own text first, then its nested lists.
      visit.block(el, 'li', ordered);
      for (const child of Array.from(el.children)) {
        if (/^(UL|OL)$/i.test(child.tagName)) walkArticle(child, visit, /^OL$/i.test(child.tagName));
      }
      continue;
    }
    // A paragraph that holds paragraphs or headings ("<p><span><p>…</p><h4>…</h4>"): a browser's parser closes the
    // outer paragraph at the inner one, so the blocks are siblings; a DOM built without the HTML parser's rules
    // (linkedom) keeps the nesting, and reading it as one block would lose every heading inside.
    if (kind === 'p' && firstDescendant(el, NESTED_IN_P)) {
      walkArticle(el, visit, ordered);
      continue;
    }
    if (kind) {
      visit.block(el, kind, ordered);
      continue;
    }
    if (firstDescendant(el, BLOCKISH)) {
      walkArticle(el, visit, ordered);
      continue;
    }
    visit.block(el, 'other', ordered);
  }
}

function readMeta(metas: Element[]): MetaTag[] {
  const out: MetaTag[] = [];
  for (const meta of metas) {
    const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    const content = meta.getAttribute('content');
    if (key && content !== null && out.length < 300) out.push({ key: key.trim().toLowerCase(), content: content.trim() });
  }
  return out;
}

function declaredLang(doc: Document, metas: Element[]): string | null {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    metas.find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')?.getAttribute('content') ??
    null;
  const tag = raw?.trim().toLowerCase().split(/[-_,;\s]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

function pageUrl(doc: Document): string | null {
  const u = doc.URL || doc.documentURI;
  return u && /^https?:/i.test(u) ? u : null;
}

function clean(s: string | null | undefined): string | null {
  const t = s ? normalizeSpace(s) : '';
  return t || null;
}

