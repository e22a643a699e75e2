/**
 * A whole-site audit, as an SEO runs one: the built `citable` against a local HTTP server (127.0.0.1) serving a
 * sitemap index (a plain sitemap, a gzipped one, a nested index) of 200 real corpus pages, a robots.txt that keeps
 * Citable out of /private/, a page that never finishes and one that fails. Then the fetching layer's limits, each
 * against a server built to break it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../scoring/report';
import { firstPlanItem } from '../../scoring/format/plan';
import { browserTestsEnabled, CHROMIUM, SCREENSHOTS } from '../e2e/harness';
import { ROOT, run } from './run';

const CORPUS = path.resolve(ROOT, '../shared/corpus');
const ZYTE = path.join(CORPUS, 'article-extraction-benchmark/html');
const READABILITY = path.join(CORPUS, 'readability');

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(host: string, handler: Handler): Promise<{ server: Server; base: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return { server, base: `http://${host}:${(server.address() as AddressInfo).port}`, seen };
}

const close = (s: Server | undefined) => new Promise<void>((r) => (s ? (s.closeAllConnections(), s.close(() => r())) : r()));

/** 200 real pages: the Zyte benchmark's 181 (served gzip-encoded, as stored) and the first Readability pages. */
function corpusPages(): Array<{ path: string; body: Buffer; gzip: boolean }> {
  const pages: Array<{ path: string; body: Buffer; gzip: boolean }> = [];
  for (const name of readdirSync(ZYTE).filter((n) => n.endsWith('.html.gz')).sort()) pages.push({ path: `/articles/${name.slice(0, 16)}`, body: readFileSync(path.join(ZYTE, name)), gzip: true });
  for (const dir of readdirSync(READABILITY).sort()) {
    if (pages.length >= 200) break;
    const file = path.join(READABILITY, dir, 'source.html');
    if (existsSync(file)) pages.push({ path: `/guides/${dir}`, body: readFileSync(file), gzip: false });
  }
  return pages.slice(0, 200);
}

const urlset = (base: string, paths: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${base}${p}</loc></url>`).join('')}</urlset>`;
const index = (base: string, paths: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<sitemap><loc>${base}${p}</loc></sitemap>`).join('')}</sitemapindex>`;

describe('citable --sitemap: a 200-page site audit', () => {
  const pages = corpusPages();
  let site: Awaited<ReturnType<typeof serve>>;
  const tmp = mkdtempSync(path.join(tmpdir(), 'citable-site-'));
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    expect(pages).toHaveLength(200);
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const timers: NodeJS.Timeout[] = [];
    site = await serve('127.0.0.1', (req, res) => {
      const url = req.url ?? '/';
      const base = site.base;
      const paths = pages.map((p) => p.path);
      if (url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n\nUser-agent: Citable\nDisallow: /private/\n\nUser-agent: OAI-SearchBot\nDisallow: /guides/\n');
      if (url === '/sitemap_index.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(index(base, ['/sitemaps/first.xml', '/sitemaps/second.xml.gz', '/sitemaps/nested.xml']));
      if (url === '/sitemaps/first.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(urlset(base, [...paths.slice(0, 80), '/private/secret', '/slow']));
      if (url === '/sitemaps/second.xml.gz') return void res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(urlset(base, [...paths.slice(80, 150), '/fails'])));
      if (url === '/sitemaps/nested.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(index(base, ['/sitemaps/third.xml']));
      if (url === '/sitemaps/third.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(urlset(base, paths.slice(150)));
      if (url === '/fails') return void res.writeHead(500).end('server error');
      if (url === '/slow') {
        // Headers at once, then the body a few bytes a second: only a deadline on the body stops it.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><body><p>');
        const t = setInterval(() => res.write('slow '), 200);
        timers.push(t);
        res.on('close', () => clearInterval(t));
        return;
      }
      const page = byPath.get(url);
      if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.gzip ? { 'content-encoding': 'gzip' } : {}) }).end(page.body);
      res.writeHead(404).end('not found');
    });
    result = await run(
      ['--sitemap', `${site.base}/sitemap_index.xml`, '--json', '--out-csv', path.join(tmp, 'audit.csv'), '--html', path.join(tmp, 'audit.html'), '--delay', '0', '--per-host', '6', '--timeout', '6'],
      { timeoutMs: 180_000 },
    );
  }, 200_000);
  afterAll(() => close(site?.server));

  it('reads the index, the plain, gzipped and nested sitemaps, and reports every page in sitemap order', () => {
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; error?: string } & Record<string, unknown>);
    expect(lines).toHaveLength(203);
    const expected = [...pages.slice(0, 80).map((p) => p.path), '/private/secret', '/slow', ...pages.slice(80, 150).map((p) => p.path), '/fails', ...pages.slice(150).map((p) => p.path)];
    expect(lines.map((l) => new URL(l.input).pathname)).toEqual(expected);
    const reports = lines.filter((l) => !l.error);
    expect(reports).toHaveLength(200);
    for (const { input: _input, ...r } of reports) expect(Report.safeParse(r).success).toBe(true);
    // Every page's own robots.txt was read for the machine-access view: /guides/ is closed to OAI-SearchBot.
    const guide = reports.find((r) => String(r.input).includes('/guides/')) as unknown as Report;
    expect(guide.access.robots?.byPurpose.search.blocked).toContain('OAI-SearchBot');
  });

  it('honours robots.txt for Citable, and reports a slow and a failing page without stopping the rest', () => {
    expect(site.seen.filter((u) => u.startsWith('/private/'))).toEqual([]);
    expect(site.seen.filter((u) => u === '/robots.txt')).toHaveLength(1);
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('citable: http'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/private\/secret: not fetched: disallowed for Citable by robots\.txt \(--ignore-robots to fetch anyway\)$/),
        expect.stringMatching(/\/slow: timed out after 6 s while reading the body$/),
        expect.stringMatching(/\/fails: HTTP 500$/),
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/citable: 203 pages: 200 scored, 3 could not be read/);
    // stderr is not a terminal here: no progress bar, no escape sequences.
    expect(result.stderr).not.toMatch(/\x1b/);
  });

  it('writes a CSV a spreadsheet reads: one row per page with its plan’s first item, markup and AI-search access', () => {
    const rows = parse(readFileSync(path.join(tmp, 'audit.csv')), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(203);
    const jsonl = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; score?: number } & Report);
    rows.forEach((row, i) => {
      expect(row.input).toBe(jsonl[i]!.input);
      if (jsonl[i]!.score === undefined) expect(row.error).not.toBe('');
      else {
        expect(Number(row.score)).toBe(jsonl[i]!.score);
        expect(row.error).toBe('');
        // The page plan's first item (or, until reports carry a plan, the summary's most important addition).
        expect(row.first_action).toBe((firstPlanItem(jsonl[i]!)?.message ?? '').replace(/\s+/g, ' ').trim());
      }
    });
    const scored = rows.filter((r) => r.error === '');
    // A plan wherever a section's claim can be backed: about a fifth of these news and test pages (placeholder Latin,
    // bylines, captions and primary news sections get none).
    expect(scored.filter((r) => r.first_action !== '').length).toBeGreaterThan(0.15 * scored.length);
    expect(new Set(scored.map((r) => r.ai_search_access))).toEqual(new Set(['allowed', 'blocked: OAI-SearchBot']));
    expect(scored.filter((r) => r.markup_types !== '').length).toBeGreaterThan(50);
  });

  it.runIf(browserTestsEnabled())('writes one self-contained HTML report that loads nothing and shows every page, lowest score first', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${path.join(tmp, 'audit.html')}`);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      const scores = await page.$$eval('section[aria-labelledby=all] tbody tr .score', (els) => els.map((e) => Number(e.textContent)));
      expect(scores).toHaveLength(200);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(await page.locator('article.page').count()).toBe(200);
      expect(await page.locator('#failed ~ table tbody tr').count()).toBe(3);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'cli-html-report.png') });
    } finally {
      await browser.close();
    }
  });
});

describe('fetching limits', () => {
  let a: Awaited<ReturnType<typeof serve>>;
  let b: Awaited<ReturnType<typeof serve>>;
  const article = readFileSync(path.join(ROOT, 'tests/golden/citable.html'));
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));

  beforeAll(async () => {
    // A second host on another loopback address: robots.txt and llms.txt redirects to it must not be followed.
    b = await serve('127.0.0.2', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n'));
    a = await serve('127.0.0.1', (req, res) => {
      const url = req.url ?? '/';
      if (url === '/robots.txt' || url === '/llms.txt') return void res.writeHead(301, { location: `${b.base}${url}` }).end();
      if (url === '/article') return void res.writeHead(200, { 'content-type': 'text/html' }).end(article);
      if (url === '/utf16') return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article.toString('utf8'), 'utf16le')]));
      if (url === '/endless') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const pump = () => {
          while (res.write(chunk)) {
            /* until the socket pushes back */
          }
        };
        res.on('drain', pump);
        pump();
        return;
      }
      if (url === '/bomb') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
      if (url === '/loop-a') return void res.writeHead(302, { location: '/loop-b' }).end();
      if (url === '/loop-b') return void res.writeHead(302, { location: '/loop-a' }).end();
      if (url.startsWith('/wait/')) return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(article), 1000);
      if (url.startsWith('/hop')) {
        const n = Number(url.slice(4));
        return void res.writeHead(302, { location: `/hop${n + 1}` }).end();
      }
      res.writeHead(404).end();
    });
  });
  afterAll(async () => {
    await close(a?.server);
    await close(b?.server);
  });

  it('stops an endless body and a gzip bomb at the size cap, and still reports the other inputs', async () => {
    const { code, stdout, stderr } = await run(['--json', '--max-size', '2', '--delay', '0', `${a.base}/endless`, `${a.base}/bomb`, `${a.base}/article`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/endless: larger than 2 MB \(stopped reading there\)/);
    expect(stderr).toMatch(/\/bomb: larger than 2 MB once decompressed \(stopped reading there\)/);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { score?: number; summary?: { primary: number } });
    // The article after the two refused inputs is read whole: its primary sections are all there.
    expect(lines[2]!.summary!.primary).toBeGreaterThanOrEqual(4);
  });

  it('starts a request’s deadline when it leaves, not while it waits its turn in the host’s queue', async () => {
    // One request at a time to this host, each answered after 1 s: the fourth waits 3 s for its turn, past the 2 s
    // deadline, and must still be fetched.
    const urls = [1, 2, 3, 4].map((n) => `${a.base}/wait/${n}`);
    const { code, stdout, stderr } = await run(['--json', '--per-host', '1', '--delay', '0', '--timeout', '2', ...urls]);
    expect(stderr).not.toMatch(/timed out/);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(4);
  });

  it('says a host that does not answer is unreachable, and still reports the rest', async () => {
    // A port that was just free: nothing listens there.
    const gone = await serve('127.0.0.1', () => undefined);
    await close(gone.server);
    const { code, stdout, stderr } = await run(['--json', '--delay', '0', `${gone.base}/nothing`, `${a.base}/article`]);
    expect(code).toBe(1);
    expect(stderr).toContain(`citable: ${gone.base}/nothing: unreachable (ECONNREFUSED)\n`);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l) as { summary?: { primary: number } })[1]!.summary!.primary).toBeGreaterThanOrEqual(4);
  });

  it('waits the Crawl-delay a site asks of Citable between two of its requests', async () => {
    const times: number[] = [];
    const polite = await serve('127.0.0.1', (req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: Citable\nCrawl-delay: 1\nAllow: /\n');
      if (req.url === '/llms.txt') return void res.writeHead(404).end();
      times.push(Date.now());
      res.writeHead(200, { 'content-type': 'text/html' }).end(article);
    });
    try {
      const { code } = await run(['--json', '--delay', '0', '--per-host', '4', ...[1, 2, 3].map((n) => `${polite.base}/page/${n}`)]);
      expect(code).toBe(0);
      expect(times).toHaveLength(3);
      // Requests start 1 s apart; they arrive 1 s ± the difference of two connection latencies apart. Without the
      // delay (--delay 0, --per-host 4) all three would arrive within a few milliseconds.
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(500);
      expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1500);
    } finally {
      await close(polite.server);
    }
  });

  it('reports a redirect loop as a loop, and too many redirects as such', async () => {
    const { stderr } = await run(['--json', '--delay', '0', `${a.base}/loop-a`, `${a.base}/hop0`]);
    expect(stderr).toMatch(/\/loop-a: redirect loop \(127\.0\.0\.1:\d+\/loop-a → 127\.0\.0\.1:\d+\/loop-b → 127\.0\.0\.1:\d+\/loop-a\)/);
    expect(stderr).toMatch(/\/hop0: too many redirects \(more than 5\)/);
    expect(stderr).not.toMatch(/unreachable/);
  });

  it('never follows a robots.txt or llms.txt redirect to another host; decodes UTF-16 with a BOM', async () => {
    const { code, stdout } = await run(['--json', '--delay', '0', `${a.base}/article`, `${a.base}/utf16`]);
    expect(code).toBe(0);
    expect(b.seen).toEqual([]);
    const [plain, utf16] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { score: number; title: string });
    expect(utf16!.score).toBe(plain!.score);
    expect(utf16!.title).toBe(plain!.title);
  });
});
