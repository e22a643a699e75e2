/**
 * Outbound citations: links from the article body to other hosts, classified by the kind of source. The classes
 * follow what readers and answer engines treat as evidence (peer-reviewed and academic, official, press, reference).
 * Host lists are short on purpose: a suffix rule (.edu, .gov…) carries most of the weight.
 */
import { z } from 'zod';
import { parsedUrl, type ParsedUrls } from '../measures/urls';

export const SourceKind = z.enum(['academic', 'government', 'news', 'reference', 'social', 'other']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Citations = z.object({
  /** Links to other hosts (deduplicated by URL). */
  total: z.number().int().nonnegative(),
  /** Distinct hosts linked. */
  hosts: z.number().int().nonnegative(),
  byKind: z.record(SourceKind, z.number().int().nonnegative()),
  links: z.array(z.object({ href: z.string(), host: z.string(), kind: SourceKind })),
});
export type Citations = z.infer<typeof Citations>;

const ACADEMIC_HOSTS = ['doi.org', 'dx.doi.org', 'arxiv.org', 'ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'scholar.google.com', 'nature.com', 'sciencedirect.com', 'springer.com', 'link.springer.com', 'jstor.org', 'wiley.com', 'onlinelibrary.wiley.com', 'tandfonline.com', 'sagepub.com', 'science.org', 'cell.com', 'thelancet.com', 'nejm.org', 'bmj.com', 'plos.org', 'journals.plos.org', 'pnas.org', 'ieee.org', 'ieeexplore.ieee.org', 'acm.org', 'dl.acm.org', 'researchgate.net', 'semanticscholar.org', 'ssrn.com', 'papers.ssrn.com', 'biorxiv.org', 'medrxiv.org', 'frontiersin.org', 'mdpi.com', 'oup.com', 'academic.oup.com', 'cambridge.org', 'orcid.org', 'nber.org'];
const ACADEMIC_SUFFIXES = ['.edu', '.ac.uk', '.ac.jp', '.ac.nz', '.ac.za', '.ac.in', '.edu.au', '.edu.cn', '.uni-heidelberg.de'];
const GOV_HOSTS = ['gov.uk', 'europa.eu', 'service-public.fr', 'who.int', 'un.org', 'oecd.org', 'worldbank.org', 'imf.org', 'census.gov'];
const GOV_SUFFIXES = ['.gov', '.mil', '.gov.uk', '.gouv.fr', '.gob.es', '.gob.mx', '.gov.au', '.gc.ca', '.govt.nz', '.gov.in', '.bund.de', '.admin.ch', '.europa.eu', '.gv.at', '.gov.br', '.go.jp', '.int'];
const NEWS_HOSTS = ['nytimes.com', 'washingtonpost.com', 'wsj.com', 'ft.com', 'economist.com', 'bbc.co.uk', 'bbc.com', 'theguardian.com', 'reuters.com', 'apnews.com', 'bloomberg.com', 'cnn.com', 'npr.org', 'latimes.com', 'lemonde.fr', 'spiegel.de', 'zeit.de', 'faz.net', 'sueddeutsche.de', 'elpais.com', 'corriere.it', 'aljazeera.com', 'theatlantic.com', 'newyorker.com', 'politico.com', 'axios.com', 'cnbc.com', 'forbes.com', 'time.com', 'telegraph.co.uk', 'independent.co.uk', 'afp.com', 'dw.com', 'nikkei.com', 'abc.net.au', 'cbc.ca'];
const REFERENCE_HOSTS = ['wikipedia.org', 'wikimedia.org', 'wikidata.org', 'britannica.com', 'merriam-webster.com', 'oed.com', 'archive.org', 'web.archive.org', 'statista.com', 'ourworldindata.org'];
const SOCIAL_HOSTS = ['twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'youtube.com', 'youtu.be', 'tiktok.com', 'reddit.com', 'threads.net', 'bsky.app', 'mastodon.social', 'pinterest.com', 't.me', 'medium.com', 'substack.com'];

/** The kinds a host can be listed as, in the order they are tested: a host listed as two kinds is the first. */
const LISTED_KINDS = ['academic', 'government', 'reference', 'news', 'social'] as const;
const [ACADEMIC, GOVERNMENT, REFERENCE, NEWS, SOCIAL] = [0, 1, 2, 3, 4];
/**
 * The host lists as one table: each listed host with a dot before it (".nature.com") to the first kind listing it. A
 * host is listed when it or a domain it is under is (`host === h || host.endsWith('.' + h)`), that is when the host
 * with a dot before it, or one of its dotted tails (".nature.com" of "link.nature.com"), is in the table. The suffix
 * lists likewise: a host ends with a suffix (each opens with a dot) when one of its dotted tails is one. A look-up per
 * tail replaced testing every entry of every list against the host (most of the cost of classifying a page's links).
 */
const LISTED_HOSTS = new Map<string, number>();
const LISTED_SUFFIXES = new Map<string, number>();
for (const [table, kind, entries] of [
  [LISTED_HOSTS, ACADEMIC, ACADEMIC_HOSTS.map((h) => `.${h}`)],
  [LISTED_SUFFIXES, ACADEMIC, ACADEMIC_SUFFIXES],
  [LISTED_HOSTS, GOVERNMENT, GOV_HOSTS.map((h) => `.${h}`)],
  [LISTED_SUFFIXES, GOVERNMENT, GOV_SUFFIXES],
  [LISTED_HOSTS, REFERENCE, REFERENCE_HOSTS.map((h) => `.${h}`)],
  [LISTED_HOSTS, NEWS, NEWS_HOSTS.map((h) => `.${h}`)],
  [LISTED_HOSTS, SOCIAL, SOCIAL_HOSTS.map((h) => `.${h}`)],
] as const) {
  for (const entry of entries) {
    if (!entry.startsWith('.')) throw new Error(`host suffix "${entry}" does not open with a dot`);
    if (!table.has(entry)) table.set(entry, kind);
  }
}
const UNLISTED = LISTED_KINDS.length;

/** Classify a host name (lower-case, without "www."). */
export function classifyHost(hostname: string): SourceKind {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  // The first kind whose list holds the host, a domain it is under, or (academic and government) one of its suffixes.
  let kind = LISTED_HOSTS.get(`.${host}`) ?? UNLISTED;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    const tail = host.slice(dot);
    kind = Math.min(kind, LISTED_HOSTS.get(tail) ?? UNLISTED, LISTED_SUFFIXES.get(tail) ?? UNLISTED);
  }
  if (kind > GOVERNMENT && /\.go[bv]\.[a-z]{2}$/.test(host)) kind = GOVERNMENT;
  if (kind > SOCIAL && (host.startsWith('mastodon.') || host.endsWith('.social'))) kind = SOCIAL;
  return kind < UNLISTED ? LISTED_KINDS[kind]! : 'other';
}

/** Second-level labels under which a country's sites register (example.co.uk): the site keeps three labels. */
const SECOND_LEVEL = new Set(['co', 'com', 'ac', 'gov', 'org', 'net', 'edu', 'gob', 'gouv']);

/**
 * Registrable-ish site of a host: the last two labels (three for ccSLDs such as co.uk), to treat www/blog as same
 * site. Cut at the last dots rather than split into labels and joined again.
 */
export function siteOf(host: string): string {
  let h = host.toLowerCase();
  if (h.startsWith('www.')) h = h.slice(4);
  const last = h.lastIndexOf('.');
  // (lastIndexOf from a negative index still looks at index 0: the guards keep "no dot before" as -1.)
  const second = last > 0 ? h.lastIndexOf('.', last - 1) : -1;
  if (second >= 0 && SECOND_LEVEL.has(h.slice(second + 1, last))) {
    const third = second > 0 ? h.lastIndexOf('.', second - 1) : -1;
    return h.slice(third + 1);
  }
  return h.slice(second + 1);
}

/** Links to other sites than the page's, deduplicated, classified. Links that are not http(s) are ignored. */
export function classifyCitations(links: { href: string }[], pageUrl: string | null, urls?: ParsedUrls): Citations {
  let pageSite: string | null = null;
  try {
    if (pageUrl) pageSite = siteOf(new URL(pageUrl).hostname);
  } catch {
    pageSite = null;
  }
  const seen = new Set<string>();
  // The same href always gives the same answer: each is parsed once (an article links a source in several places).
  const tried = new Set<string>();
  // And the same host: its site and its kind are read once (a page links many addresses on a few hosts; reading
  // them per link was most of the citations' cost).
  const hosts = new Map<string, { site: string; host: string; kind: SourceKind }>();
  const out: Citations['links'] = [];
  for (const { href } of links) {
    if (tried.has(href)) continue;
    tried.add(href);
    // An http(s) address with its slashes reads the same with the page's address as its base or without one: the
    // sentences' sources parsed most of them already.
    let url = urls && (href.startsWith('https://') || href.startsWith('http://')) ? parsedUrl(href, urls) : null;
    if (!url) {
      try {
        url = pageUrl ? new URL(href, pageUrl) : new URL(href);
      } catch {
        continue;
      }
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const hostname = url.hostname;
    let read = hosts.get(hostname);
    if (!read) {
      read = { site: siteOf(hostname), host: hostname.toLowerCase().replace(/^www\./, ''), kind: classifyHost(hostname) };
      hosts.set(hostname, read);
    }
    if (pageSite && read.site === pageSite) continue;
    // The address without its fragment: what `url.hash = ''` leaves, cut from the serialization (a parsed URL's only
    // "#" opens its fragment) instead of parsing the URL again through the setter.
    const whole = url.href;
    const fragment = whole.indexOf('#');
    const address = fragment < 0 ? whole : whole.slice(0, fragment);
    if (seen.has(address)) continue;
    seen.add(address);
    out.push({ href: address, host: read.host, kind: read.kind });
  }
  const byKind: Record<SourceKind, number> = { academic: 0, government: 0, news: 0, reference: 0, social: 0, other: 0 };
  for (const l of out) byKind[l.kind]++;
  return { total: out.length, hosts: new Set(out.map((l) => l.host)).size, byKind, links: out };
}
