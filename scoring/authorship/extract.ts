/**
 * Authorship and dates: who wrote the page, whether the author is introduced and identifiable elsewhere, and when
 * it was published and updated, each with where it was found. These are the signals Google's guidance on
 * "who, how, and why" asks creators to make visible
 * (https://developers.google.com/search/docs/fundamentals/creating-helpful-content) and that answer engines quote.
 * Reads the Document passed in; no browser globals.
 */
import { indexPage } from '../dom/page-index';
import { z } from 'zod';
import type { Entity, StructuredData } from '../structured/schema';
import { walkEntities } from '../structured/extract';
import { ARTICLE_TYPES } from '../structured/rules';
import { cssPath, resolveUrl } from '../structured/dom';
import { collapse } from '../structured/normalize';

export const DateSource = z.enum(['meta', 'time', 'json-ld', 'microdata', 'rdfa', 'readability']);

export const DatedValue = z.object({
  /** As written (ISO 8601 mostly). */
  value: z.string(),
  source: DateSource,
  /** Detail: the meta name/property, or a selector. */
  detail: z.string(),
});
export type DatedValue = z.infer<typeof DatedValue>;

export const Authorship = z.object({
  /** The byline shown, best source first, and where each candidate came from. */
  byline: z.string().nullable(),
  bylineSources: z.array(z.object({ value: z.string(), source: z.enum(['rel-author', 'itemprop-author', 'byline-class', 'meta-author', 'json-ld', 'readability']) })),
  /** An author bio of more than 20 words on the page. */
  bio: z.object({ present: z.boolean(), words: z.number().int().nonnegative(), selector: z.string().nullable() }),
  /** Links to the author's profiles (rel=author, or well-known profile hosts), deduplicated. */
  profileLinks: z.array(z.object({ href: z.string(), kind: z.enum(['rel-author', 'linkedin', 'twitter', 'github', 'mastodon', 'orcid', 'scholar', 'wikipedia', 'same-as']) })),
  published: z.array(DatedValue),
  modified: z.array(DatedValue),
});
export type Authorship = z.infer<typeof Authorship>;

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'revised'];

const PROFILE_PATTERNS: [Authorship['profileLinks'][number]['kind'], RegExp][] = [
  ['linkedin', /^https?:\/\/([a-z]+\.)?linkedin\.com\/in\//i],
  ['twitter', /^https?:\/\/(www\.|mobile\.)?(twitter|x)\.com\/[A-Za-z0-9_]{1,15}\/?$/i],
  ['github', /^https?:\/\/(www\.)?github\.com\/[A-Za-z0-9-]+\/?$/i],
  ['mastodon', /^https?:\/\/[^/]*(mastodon|\.social)[^/]*\/@[\w.]+\/?$/i],
  ['orcid', /^https?:\/\/(www\.)?orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\/?$/i],
  ['scholar', /^https?:\/\/scholar\.google\.[a-z.]+\/citations\?.*user=/i],
  ['wikipedia', /^https?:\/\/[a-z-]+\.wikipedia\.org\/wiki\//i],
];

const hasType = (e: Entity, types: string[]) => e.types.some((t) => types.includes(t));
const strings = (e: Entity, prop: string): string[] =>
  (e.properties[prop] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());

/** True when `el` has at most `limit` descendant elements (counting stops at the limit: cheap on huge containers). */
function hasAtMost(el: Element, limit: number): boolean {
  let count = 0;
  const stack: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (++count > limit) return false;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return true;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The elements authorship reads, gathered in one pass over the page (selector engines walk the tree per query). */
interface Gathered {
  relAuthor: Element[];
  itempropAuthor: Element[];
  bylineClass: Element[];
  bioish: Element[];
  profileScope: Element[];
  metas: Element[];
  times: Element[];
}

function gather(elements: Iterable<Element>): Gathered {
  const g: Gathered = { relAuthor: [], itempropAuthor: [], bylineClass: [], bioish: [], profileScope: [], metas: [], times: [] };
  for (const el of elements) {
    const tag = el.localName;
    if (tag === 'meta') {
      if (el.getAttribute('content') !== null) g.metas.push(el);
      continue;
    }
    if (tag === 'time') {
      if (el.getAttribute('datetime') !== null) g.times.push(el);
      continue;
    }
    if ((tag === 'a' || tag === 'link') && el.getAttribute('href') !== null) {
      const rel = el.getAttribute('rel');
      if (rel && ` ${rel.toLowerCase()} `.includes(' author ')) g.relAuthor.push(el);
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop && ` ${itemprop.toLowerCase()} `.includes(' author ')) g.itempropAuthor.push(el);
    // The attribute node: linkedom answers getAttribute('class') by building a DOMTokenList (see dom/page-index).
    const cls = el.getAttributeNode('class')?.value ?? null;
    const id = el.getAttribute('id');
    if (cls === null && id === null) continue;
    const c = (cls ?? '').toLowerCase();
    const i = (id ?? '').toLowerCase();
    if (c.includes('byline') || c.includes('author')) g.bylineClass.push(el);
    if (c.includes('bio') || i.includes('bio') || c.includes('about-the-author') || i.includes('about-the-author') || c.includes('author-info')) g.bioish.push(el);
  }
  // Profile links live inside small author containers: query those few containers, not every link on the page.
  const containers = [...g.itempropAuthor, ...g.bylineClass, ...g.bioish].slice(0, 40);
  const seen = new Set<Element>();
  for (const box of containers) {
    if (!hasAtMost(box, 200)) continue;
    // By tag, not `a[href]`: linkedom compiles a selector on every call. Same elements, same order.
    for (const a of Array.from(box.getElementsByTagName('a'))) {
      if (a.hasAttribute('href') && !seen.has(a)) {
        seen.add(a);
        g.profileScope.push(a);
      }
    }
  }
  return g;
}

export function extractAuthorship(
  doc: Document,
  structured: StructuredData,
  readability: { byline: string | null; publishedTime: string | null },
  url: string | null,
  /** The candidate elements, when the caller already queried them (extract does, with indexPage). */
  candidates?: Element[],
): Authorship {
  // The candidates (one walk of the page), then the exact tests in script.
  const g = gather(candidates ?? indexPage(doc).authorship);
  const bylineSources: Authorship['bylineSources'] = [];
  const add = (value: string | null | undefined, source: Authorship['bylineSources'][number]['source']) => {
    const v = collapse(value ?? '');
    if (v && v.length <= 200 && !bylineSources.some((b) => b.value === v && b.source === source)) bylineSources.push({ value: v, source });
  };

  // Visible markers first: rel=author, itemprop=author, byline/author classes.
  for (const a of g.relAuthor.filter((x) => x.tagName.toLowerCase() === 'a').slice(0, 5)) add(a.textContent, 'rel-author');
  for (const el of g.itempropAuthor.slice(0, 5)) {
    const name = el.querySelector('[itemprop~="name"]');
    add((name ?? el).getAttribute('content') ?? (name ?? el).textContent, 'itemprop-author');
  }
  for (const el of g.bylineClass.slice(0, 20)) {
    const cls = (el.getAttribute('class') ?? '').toLowerCase();
    if (/bio|avatar|image|photo|img|about/.test(cls)) continue;
    // A byline is a few elements at most; a page container whose class mentions "author" is not read whole.
    if (!hasAtMost(el, 15)) continue;
    const text = collapse(el.textContent ?? '');
    if (text && wordCount(text) <= 12) add(text, 'byline-class');
  }
  add(g.metas.find((m) => (m.getAttribute('name') ?? '').toLowerCase() === 'author')?.getAttribute('content'), 'meta-author');
  const entities = walkEntities(structured).map((w) => w.entity);
  const article = entities.find((e) => hasType(e, ARTICLE_TYPES)) ?? null;
  if (article) {
    for (const v of article.properties.author ?? []) {
      if (typeof v === 'string') add(v, 'json-ld');
      else if (typeof v === 'object') add(strings(v, 'name')[0], 'json-ld');
    }
  }
  add(readability.byline, 'readability');

  // Bio: an element whose class/id names a bio, with more than 20 words.
  let bio: Authorship['bio'] = { present: false, words: 0, selector: null };
  for (const el of g.bioish.slice(0, 20)) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (/biolog|biom|bios[a-z]/.test(label) && !/author-bio|author_bio|authorbio/.test(label)) continue; // "biology", "biome"…
    if (!hasAtMost(el, 60)) continue;
    const words = wordCount(el.textContent ?? '');
    if (words > 20 && words > bio.words) bio = { present: true, words, selector: cssPath(el) };
  }

  // Profile links.
  const profileLinks: Authorship['profileLinks'] = [];
  const addProfile = (href: string, kind: Authorship['profileLinks'][number]['kind']) => {
    if (!profileLinks.some((p) => p.href === href)) profileLinks.push({ href, kind });
  };
  for (const a of g.relAuthor) addProfile(resolveUrl(a.getAttribute('href')!, url), 'rel-author');
  for (const a of g.profileScope.slice(0, 50)) {
    const href = resolveUrl(a.getAttribute('href') ?? '', url);
    const hit = PROFILE_PATTERNS.find(([, re]) => re.test(href));
    if (hit) addProfile(href, hit[0]);
  }
  for (const e of entities.filter((x) => x.types.includes('Person'))) for (const s of strings(e, 'sameAs')) addProfile(s, 'same-as');

  // Dates with their sources.
  const published: DatedValue[] = [];
  const modified: DatedValue[] = [];
  for (const meta of g.metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!key || !content) continue;
    if (PUBLISHED_META.includes(key)) published.push({ value: content, source: 'meta', detail: key });
    else if (MODIFIED_META.includes(key)) modified.push({ value: content, source: 'meta', detail: key });
  }
  for (const t of g.times.slice(0, 10)) {
    const v = (t.getAttribute('datetime') ?? '').trim();
    if (!v) continue;
    const hint = `${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`.toLowerCase();
    (/modif|updat/.test(hint) ? modified : published).push({ value: v, source: 'time', detail: cssPath(t) });
  }
  for (const e of entities.filter((x) => hasType(x, ARTICLE_TYPES) || hasType(x, ['WebPage']))) {
    const src = e.format;
    for (const v of strings(e, 'datePublished')) published.push({ value: v, source: src, detail: `${e.types[0]}.datePublished` });
    for (const v of strings(e, 'dateModified')) modified.push({ value: v, source: src, detail: `${e.types[0]}.dateModified` });
  }
  if (readability.publishedTime) published.push({ value: readability.publishedTime, source: 'readability', detail: 'publishedTime' });

  const dedupe = (list: DatedValue[]) => list.filter((d, i) => list.findIndex((x) => x.value === d.value && x.source === d.source) === i);
  return {
    byline: bylineSources[0]?.value ?? null,
    bylineSources,
    bio,
    profileLinks,
    published: dedupe(published),
    modified: dedupe(modified),
  };
}
