/**
 * siteOf cuts a host at its last dots instead of splitting it into labels (scoring/authorship/citations.ts): it must
 * answer what the label split answers, on ordinary and odd hosts alike.
 */
import { describe, expect, it } from 'vitest';
import { classifyCitations, siteOf } from '../../scoring/authorship/citations';

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
