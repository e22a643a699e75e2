/** `citable` on files, stdin and lists: the built command, run as a process, as users run it. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../scoring/report';
import { execFileSync } from 'node:child_process';
import { BIN, ensureBuilt, ROOT, run } from './run';

const GOLDEN = path.join(ROOT, 'tests/golden');
const tmp = mkdtempSync(path.join(tmpdir(), 'citable-cli-'));
const f = (name: string) => path.join(tmp, name);

beforeAll(() => {
  const citable = readFileSync(path.join(GOLDEN, 'citable.html'));
  writeFileSync(f('empty.html'), '');
  writeFileSync(f('notes.txt'), 'just some notes, no markup at all');
  writeFileSync(f('citable.html.gz'), gzipSync(citable));
  writeFileSync(f('nav.html'), '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>');
  // 64 MB of zeros compressed to a few dozen KB: must stop at the 10 MB cap, not fill memory.
  writeFileSync(f('bomb.html.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024)));
  // UTF-16 (little-endian, with a BOM), as Windows tools save "Unicode" text.
  writeFileSync(f('utf16.html'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(citable.toString('utf8'), 'utf16le')]));
  // A page whose text carries terminal escapes (clear screen, a fake prompt, an OSC title) and a C1 CSI.
  writeFileSync(
    f('escapes.html'),
    `<!doctype html><html lang="en"><head><title>Evil \x1b[2J\x1b]0;pwned\x07 title \u009b31m</title></head><body><article><h1>Evil</h1>${'<p>Running text about terminals \x1b[31mred\x1b[0m and more words to make a section of an article that is long enough to be judged by the engine, with care.</p>'.repeat(6)}</article></body></html>`,
  );
  writeFileSync(f('list.txt'), `# pages to check\n${path.join(GOLDEN, 'citable.html')}\n\n${path.join(GOLDEN, 'synthesis.html')}\n`);
});

const json = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { input: string; score?: number; error?: string; url?: string | null });

describe('citable: files', () => {
  it('with no input, scores the bundled sample draft; stdout has the report only', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d{1,3}\/100 {2}How to Make Product Images Load Faster/);
    expect(stdout).toContain('What we measured on our own store');
    expect(stdout).not.toMatch(/\x1b\[/);
    expect(stderr).toBe('');
  });

  it('--json prints JSON Lines: one valid Report per input and nothing else', async () => {
    const { code, stdout } = await run(['--json', path.join(GOLDEN, 'citable.html'), f('citable.html.gz'), f('utf16.html')]);
    expect(code).toBe(0);
    const lines = json(stdout);
    expect(lines).toHaveLength(3);
    for (const obj of lines) {
      const { input: _input, ...report } = obj;
      expect(Report.safeParse(report).success).toBe(true);
    }
    // The same page, plain, gzipped and in UTF-16 with a BOM, scores the same.
    expect(new Set(lines.map((l) => l.score)).size).toBe(1);
  });

  it('gives bad inputs a one-line error naming them and still reports the good ones, in order', async () => {
    const inputs = [f('missing.html'), f('notes.txt'), f('empty.html'), f('bomb.html.gz'), tmp, '/dev/zero', path.join(GOLDEN, 'synthesis.html')];
    const { code, stdout, stderr } = await run(['--json', ...inputs]);
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((l) => l.startsWith('citable: /'));
    // Errors are printed as each input fails (inputs run concurrently); the reports keep the input order.
    expect(errors).toHaveLength(6);
    expect(errors).toEqual(expect.arrayContaining([
      `citable: ${inputs[0]}: no such file`,
      expect.stringMatching(/notes\.txt: not HTML/),
      expect.stringMatching(/empty\.html: empty page/),
      expect.stringMatching(/bomb\.html\.gz: larger than 10 MB \(stopped reading there\)/),
      expect.stringMatching(/: is a directory/),
      expect.stringMatching(/^citable: \/dev\/zero: larger than 10 MB/),
    ]));
    const lines = json(stdout);
    expect(lines.map((l) => l.input)).toEqual(inputs);
    expect(lines.slice(0, 6).every((l) => typeof l.error === 'string')).toBe(true);
    expect(lines[6]!.score).toBeTypeOf('number');
  });

  it('hints at the URL when an address is given without its scheme', async () => {
    const { code, stderr } = await run(['example.com/blog/post']);
    expect(code).toBe(1);
    expect(stderr).toBe('citable: example.com/blog/post: no such file (for a web page, give the whole URL: https://…)\n');
  });

  it('reports a page that is not an article as such', async () => {
    const { code, stdout } = await run(['--json', f('nav.html')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ readerable: false, score: 0 });
  });

  it('--md names the local file it is about', async () => {
    const { code, stdout } = await run(['--md', path.join(GOLDEN, 'synthesis.html')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Citability: \d+\/100/);
    expect(stdout).toContain(`- File: ${path.join(GOLDEN, 'synthesis.html').replace(/[_]/g, '\\_')}`);
    expect(stdout).toContain('### Why productivity matters — Synthesis');
  });

  it('names the entity of each markup issue, once, and links the documentation it cites', async () => {
    const { stdout } = await run(['--md', path.join(ROOT, 'tests/pages/product.html')]);
    const issues = stdout.split('\n').filter((l) => /^- \*\*(error|warning|info)\*\*: /.test(l));
    expect(issues.length).toBeGreaterThan(3);
    expect(new Set(issues).size).toBe(issues.length);
    expect(issues).toContain('- **warning**: Organization “Northwind Outfitters”: Organization has no "logo" \\(recommended\\) ([Google Search Central: Organization](https://developers.google.com/search/docs/appearance/structured-data/organization))');
    expect(issues.some((l) => l.startsWith('- **info**: Organization “Trail Shop Europe”: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('- **error**: BreadcrumbList: ') && l.endsWith('(https://developers.google.com/search/docs/appearance/structured-data/breadcrumb))'))).toBe(true);
  });

  it('never passes a page’s terminal escapes or control characters to the terminal or Markdown', async () => {
    for (const mode of [[], ['--md'], ['--csv']]) {
      const { code, stdout } = await run([...mode, f('escapes.html')], { env: { NO_COLOR: '' }, });
      expect(code).toBe(0);
      expect(stdout).toContain('Evil');
      expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    }
    // --json keeps the text exactly, escaped by JSON.
    const { stdout } = await run(['--json', f('escapes.html')]);
    expect((JSON.parse(stdout) as { title: string }).title).toContain('\x1b[2J');
  });

  it('reads inputs from stdin ("-") and from --urls, skipping blank lines and comments, cut by --limit', async () => {
    const list = `${path.join(GOLDEN, 'citable.html')}\n# a comment\n\n${path.join(GOLDEN, 'news.html')}\n`;
    const a = await run(['--json', '-'], { stdin: list });
    expect(a.code).toBe(0);
    expect(json(a.stdout).map((l) => path.basename(l.input))).toEqual(['citable.html', 'news.html']);
    const b = await run(['--json', '--urls', f('list.txt'), '--limit', '1']);
    expect(json(b.stdout).map((l) => path.basename(l.input))).toEqual(['citable.html']);
    const c = await run(['--json', '--urls', f('nope.txt'), path.join(GOLDEN, 'news.html')]);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain(`citable: ${f('nope.txt')}: no such file`);
    expect(json(c.stdout)).toHaveLength(1);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const pages = [path.join(GOLDEN, 'citable.html'), path.join(GOLDEN, 'synthesis.html'), path.join(GOLDEN, 'news.html')];
    const piped = await run(['--json', ...pages]);
    expect(piped.stderr).not.toMatch(/\x1b|pages ·/);
    expect(piped.stderr).toMatch(/^citable: 3 pages: 3 scored/);
    // util-linux `script` gives the command a terminal; stdout still goes to /dev/null.
    ensureBuilt();
    const tty = execFileSync('script', ['-qec', `${process.execPath} ${BIN} --json ${pages.join(' ')} > /dev/null`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(tty).toMatch(/citable .*\d\/3 pages · .* left · 0 failed/);
    expect(tty).toMatch(/citable: 3 pages: 3 scored/);
  });

  it('reads a local gzipped sitemap, scores a page listed twice once, and refuses a sitemap that declares entities', async () => {
    const loc = (p: string) => `<url><loc>http://127.0.0.1:1/${p}</loc></url>`;
    writeFileSync(f('sitemap.xml.gz'), gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${loc('a')}${loc('b')}${loc('a')}</urlset>`));
    writeFileSync(f('laughs.xml'), '<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><urlset><url><loc>&b;</loc></url></urlset>');
    const { stdout, stderr } = await run(['--json', '--sitemap', f('sitemap.xml.gz'), '--sitemap', f('laughs.xml')]);
    expect(json(stdout).map((l) => l.input)).toEqual(['http://127.0.0.1:1/a', 'http://127.0.0.1:1/b']);
    expect(stderr).toContain(`citable: ${f('laughs.xml')}: not a sitemap (it declares XML entities)\n`);
  });

  it('--min-score N exits 3 when a page scores below N, and names it', async () => {
    const pages = [path.join(GOLDEN, 'citable.html'), path.join(GOLDEN, 'synthesis.html')];
    const scores = json((await run(['--json', ...pages])).stdout).map((l) => l.score!);
    const between = Math.min(...scores) + 1;
    const low = await run(['--csv', '--min-score', String(between), ...pages]);
    expect(low.code).toBe(3);
    expect(low.stderr).toMatch(new RegExp(`1 below --min-score ${between}: .*synthesis\\.html \\(${Math.min(...scores)}\\)`));
    const ok = await run(['--csv', '--min-score', String(Math.min(...scores)), ...pages]);
    expect(ok.code).toBe(0);
  });

  it('bad usage exits 2 with a one-line reason', async () => {
    const a = await run(['--json', '--csv', 'x.html']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^citable: choose one of --json, --csv, --md/);
    const b = await run(['--bogus']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/Unknown option '--bogus'/);
    const c = await run(['--limit', 'zero', 'x.html']);
    expect(c.code).toBe(2);
    const d = await run(['compare', 'only-one.html']);
    expect(d.code).toBe(2);
  });
});

describe('citable compare', () => {
  it('puts a page against its competitor: what each has that the other lacks, and what A needs to out-cite B', async () => {
    const a = path.join(GOLDEN, 'synthesis.html');
    const b = path.join(GOLDEN, 'citable.html');
    const { code, stdout } = await run(['compare', '--json', a, b]);
    expect(code).toBe(0);
    const c = JSON.parse(stdout) as { leader: string; onlyB: Array<{ kind: string }>; toOutcite: Array<{ kind: string; message: string }> };
    expect(c.leader).toBe('b');
    expect(c.onlyB.map((k) => k.kind)).toEqual(expect.arrayContaining(['original_data', 'expert_quote']));
    expect(c.toOutcite[0]!.kind).toBe('original_data');
    const reverse = JSON.parse((await run(['compare', '--json', b, a])).stdout) as typeof c;
    expect(reverse.leader).toBe('a');
    expect(reverse.toOutcite.filter((x) => x.kind !== 'authorship' && x.kind !== 'markup')).toEqual([]);
    const html = await run(['compare', a, b, '--html', f('compare.html')]);
    expect(html.code).toBe(0);
    const page = readFileSync(f('compare.html'), 'utf8');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).toMatch(/<h2[^>]*>B cites better today, by \d+ points\.<\/h2>/);
    expect(page).toMatch(/<h3>What A needs to out-cite B<\/h3>\n<ol class="plan"><li>Add an original data point/);
    expect(page).not.toMatch(/<script|<img|<link/i);
    const text = await run(['compare', a, b]);
    expect(text.stdout).toMatch(/What A needs to out-cite B\n {2}1\. Add an original data point/);
  });
});
