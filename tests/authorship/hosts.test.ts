/**
 * The host readings of the citations (scoring/authorship/citations.ts) were made cheaper: siteOf cuts a host at its
 * last dots instead of splitting it into labels, and classifyHost looks the host's dotted tails up in one table
 * instead of testing every list entry against it. Each must answer what the plain reading answers, on ordinary and
 * odd hosts.
 */
import { describe, expect, it } from 'vitest';
import { classifyCitations, classifyHost, siteOf } from '../../scoring/authorship/citations';

/** The label split siteOf replaced, kept here as its specification. */
function bySplit(host: string): string {
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  const n = /^(co|com|ac|gov|org|net|edu|gob|gouv)$/.test(labels[labels.length - 2] ?? '') && labels.length > 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

const HOSTS = [
  'example.com', 'www.example.com', 'WWW.Example.COM', 'blog.example.com', 'a.b.c.example.com', 'example.co.uk', 'www.bbc.co.uk',
  'news.bbc.co.uk', 'co.uk', 'www.co.uk', 'gov.uk', 'www.gov.uk', 'x.gob.mx', 'service.gouv.fr', 'a.edu.au', 'edu.au', 'localhost',
  '', '.', '..', '...', '.com', 'com.', 'example.com.', 'example.co.uk.', '.co.uk', 'co..uk', 'a..b', 'www.', 'www', 'www.www.com',
  '127.0.0.1', '[::1]', 'xn--bcher-kva.example', 'org.net.com', 'a.org.uk', 'www.co', '.co.', 'x.co.', 'a.b.co.uk',
];

/** The entry-by-entry test classifyHost replaced, on the same lists, kept here as its specification. */
const LISTS = {
  academic: ['doi.org', 'dx.doi.org', 'arxiv.org', 'ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'scholar.google.com', 'nature.com', 'sciencedirect.com', 'springer.com', 'link.springer.com', 'jstor.org', 'wiley.com', 'onlinelibrary.wiley.com', 'tandfonline.com', 'sagepub.com', 'science.org', 'cell.com', 'thelancet.com', 'nejm.org', 'bmj.com', 'plos.org', 'journals.plos.org', 'pnas.org', 'ieee.org', 'ieeexplore.ieee.org', 'acm.org', 'dl.acm.org', 'researchgate.net', 'semanticscholar.org', 'ssrn.com', 'papers.ssrn.com', 'biorxiv.org', 'medrxiv.org', 'frontiersin.org', 'mdpi.com', 'oup.com', 'academic.oup.com', 'cambridge.org', 'orcid.org', 'nber.org'],
  academicSuffixes: ['.edu', '.ac.uk', '.ac.jp', '.ac.nz', '.ac.za', '.ac.in', '.edu.au', '.edu.cn', '.uni-heidelberg.de'],
  gov: ['gov.uk', 'europa.eu', 'service-public.fr', 'who.int', 'un.org', 'oecd.org', 'worldbank.org', 'imf.org', 'census.gov'],
  govSuffixes: ['.gov', '.mil', '.gov.uk', '.gouv.fr', '.gob.es', '.gob.mx', '.gov.au', '.gc.ca', '.govt.nz', '.gov.in', '.bund.de', '.admin.ch', '.europa.eu', '.gv.at', '.gov.br', '.go.jp', '.int'],
  news: ['nytimes.com', 'washingtonpost.com', 'wsj.com', 'ft.com', 'economist.com', 'bbc.co.uk', 'bbc.com', 'theguardian.com', 'reuters.com', 'apnews.com', 'bloomberg.com', 'cnn.com', 'npr.org', 'latimes.com', 'lemonde.fr', 'spiegel.de', 'zeit.de', 'faz.net', 'sueddeutsche.de', 'elpais.com', 'corriere.it', 'aljazeera.com', 'theatlantic.com', 'newyorker.com', 'politico.com', 'axios.com', 'cnbc.com', 'forbes.com', 'time.com', 'telegraph.co.uk', 'independent.co.uk', 'afp.com', 'dw.com', 'nikkei.com', 'abc.net.au', 'cbc.ca'],
  reference: ['wikipedia.org', 'wikimedia.org', 'wikidata.org', 'britannica.com', 'merriam-webster.com', 'oed.com', 'archive.org', 'web.archive.org', 'statista.com', 'ourworldindata.org'],
  social: ['twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'youtube.com', 'youtu.be', 'tiktok.com', 'reddit.com', 'threads.net', 'bsky.app', 'mastodon.social', 'pinterest.com', 't.me', 'medium.com', 'substack.com'],
};
function byEntries(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const listed = (list: string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));
  const ends = (list: string[]) => list.some((s) => host.endsWith(s));
  if (listed(LISTS.academic) || ends(LISTS.academicSuffixes)) return 'academic';
  if (listed(LISTS.gov) || ends(LISTS.govSuffixes) || /\.gob\.[a-z]{2}$/.test(host) || /\.gov\.[a-z]{2}$/.test(host)) return 'government';
  if (listed(LISTS.reference)) return 'reference';
  if (listed(LISTS.news)) return 'news';
  if (listed(LISTS.social) || /^mastodon\.|\.social$/.test(host)) return 'social';
  return 'other';
}

describe('classifyHost', () => {
  it('answers what testing every list entry answers', () => {
    const listed = Object.values(LISTS).flat().map((h) => h.replace(/^\./, ''));
    const hosts = [
      ...HOSTS, ...listed, ...listed.map((h) => `www.${h}`), ...listed.map((h) => `sub.${h}`), ...listed.map((h) => `x${h}`), ...listed.map((h) => `${h}.evil.com`),
      'WWW.Nature.COM', 'edu', '.edu', 'stanford.edu', 'cs.stanford.edu', 'stanfordedu', 'ox.ac.uk', 'mil', 'army.mil', 'x.gob.ar', 'x.gov.za', 'gov.za',
      'mastodon.example', 'foo.social', 'social', 'time.com.au', 'nottime.com', 'ft.com.', 'www.www.bbc.com', 'who.int', 'x.int', 'int',
    ];
    for (const h of hosts) expect([h, classifyHost(h)]).toEqual([h, byEntries(h)]);
  });
});

describe('siteOf', () => {
  it('answers what splitting the host into labels answers', () => {
    for (const h of HOSTS) expect([h, siteOf(h)]).toEqual([h, bySplit(h)]);
  });
  it('leaves the citations of a page on its own site out, subdomains and ccSLDs included', () => {
    const links = ['https://www.bbc.co.uk/a', 'https://news.bbc.co.uk/b', 'https://bbc.com/c', 'https://sub.co.uk/d', 'https://x.example.co.uk/e#f', 'https://x.example.co.uk/e#g'].map((href) => ({ href }));
    const c = classifyCitations(links, 'https://bbc.co.uk/story');
    expect(c.links.map((l) => [l.href, l.host, l.kind])).toEqual([
      ['https://bbc.com/c', 'bbc.com', 'news'],
      ['https://sub.co.uk/d', 'sub.co.uk', 'other'],
      ['https://x.example.co.uk/e', 'x.example.co.uk', 'other'],
    ]);
  });
});
