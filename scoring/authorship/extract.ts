/**
 * Authorship and dates: who wrote the page, whether the author is introduced and identifiable elsewhere, and when
 * it was published and updated, each with where it was found. These are the signals Google's guidance on
 * "who, how, and why" asks creators to make visible
 * (https://developers.google.com/search/docs/fundamentals/creating-helpful-content) and that answer engines quote.
 * Reads the Document passed in; no browser globals.
 */
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

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function extractAuthorship(
  doc: Document,
  structured: StructuredData,
  readability: { byline: string | null; publishedTime: string | null },
  url: string | null,
): Authorship {
  const bylineSources: Authorship['bylineSources'] = [];
  const add = (value: string | null | undefined, source: Authorship['bylineSources'][number]['source']) => {
    const v = collapse(value ?? '');
    if (v && v.length <= 200 && !bylineSources.some((b) => b.value === v && b.source === source)) bylineSources.push({ value: v, source });
  };

  // Visible markers first: rel=author, itemprop=author, byline/author classes.
  for (const a of Array.from(doc.querySelectorAll('a[rel~="author"]')).slice(0, 5)) add(a.textContent, 'rel-author');
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author"]')).slice(0, 5)) {
    const name = el.querySelector('[itemprop~="name"]');
    add((name ?? el).getAttribute('content') ?? (name ?? el).textContent, 'itemprop-author');
  }
  for (const el of Array.from(doc.querySelectorAll('[class*="byline" i], [class*="author" i], [data-testid*="byline" i]')).slice(0, 20)) {
    const cls = (el.getAttribute('class') ?? '').toLowerCase();
    if (/bio|avatar|image|photo|img|about/.test(cls)) continue;
    const text = collapse(el.textContent ?? '');
    if (text && wordCount(text) <= 12) add(text, 'byline-class');
  }
  add(doc.querySelector('meta[name="author" i]')?.getAttribute('content'), 'meta-author');
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
  for (const el of Array.from(doc.querySelectorAll('[class*="bio" i], [id*="bio" i], [class*="about-the-author" i], [id*="about-the-author" i], [class*="author-info" i]')).slice(0, 20)) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (/biolog|biom|bios[a-z]/.test(label) && !/author-bio|author_bio|authorbio/.test(label)) continue; // "biology", "biome"…
    const words = wordCount(el.textContent ?? '');
    if (words > 20 && words > bio.words) bio = { present: true, words, selector: cssPath(el) };
  }

  // Profile links.
  const profileLinks: Authorship['profileLinks'] = [];
  const addProfile = (href: string, kind: Authorship['profileLinks'][number]['kind']) => {
    if (!profileLinks.some((p) => p.href === href)) profileLinks.push({ href, kind });
  };
  for (const a of Array.from(doc.querySelectorAll('a[rel~="author"][href], link[rel~="author"][href]'))) addProfile(resolveUrl(a.getAttribute('href')!, url), 'rel-author');
  const scope = Array.from(doc.querySelectorAll('[class*="author" i] a[href], [class*="byline" i] a[href], [class*="bio" i] a[href], [itemprop~="author"] a[href]'));
  for (const a of scope.slice(0, 50)) {
    const href = resolveUrl(a.getAttribute('href') ?? '', url);
    const hit = PROFILE_PATTERNS.find(([, re]) => re.test(href));
    if (hit) addProfile(href, hit[0]);
  }
  for (const e of entities.filter((x) => x.types.includes('Person'))) for (const s of strings(e, 'sameAs')) addProfile(s, 'same-as');

  // Dates with their sources.
  const published: DatedValue[] = [];
  const modified: DatedValue[] = [];
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (!key || !content) continue;
    if (PUBLISHED_META.includes(key)) published.push({ value: content, source: 'meta', detail: key });
    else if (MODIFIED_META.includes(key)) modified.push({ value: content, source: 'meta', detail: key });
  }
  for (const t of Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 10)) {
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
