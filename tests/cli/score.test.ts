/** The command line, run as users run it: real processes, real files, a real local HTTP server. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../scoring/report';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const GOLDEN = path.join(ROOT, 'tests/golden');

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['cli/score.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: Server;
let base = '';
const tmp = mkdtempSync(path.join(tmpdir(), 'citable-cli-'));

beforeAll(async () => {
  const { readFileSync } = await import('node:fs');
  const citable = readFileSync(path.join(GOLDEN, 'citable.html'));
  server = createServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(citable);
    else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(path.join(tmp, 'empty.html'), '');
  writeFileSync(path.join(tmp, 'notes.txt'), 'just some notes, no markup at all');
  writeFileSync(path.join(tmp, 'citable.html.gz'), gzipSync(readFileSync(path.join(GOLDEN, 'citable.html'))));
  writeFileSync(path.join(tmp, 'nav.html'), '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>');
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('npm run score', () => {
  it('with no input, scores the bundled sample draft', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d{1,3}\/100 {2}How to Make Product Images Load Faster/);
    expect(stdout).toContain('What we measured on our own store');
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('--json prints one valid report per input, one per line, with the contract’s fields', async () => {
    const { code, stdout } = await run(['--json', path.join(GOLDEN, 'citable.html'), path.join(tmp, 'citable.html.gz')]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const obj = JSON.parse(line) as Record<string, unknown> & { sections: Record<string, unknown>[] };
      for (const key of ['url', 'title', 'lang', 'readerable', 'score', 'sections']) expect(obj).toHaveProperty(key);
      expect(Number.isInteger(obj.score)).toBe(true);
      for (const s of obj.sections) for (const key of ['heading', 'level', 'words', 'verdict', 'score', 'evidence', 'suggestions']) expect(s).toHaveProperty(key);
      const { input: _input, ...report } = obj;
      expect(Report.safeParse(report).success).toBe(true);
    }
    expect(JSON.parse(lines[0]!).score).toBe(JSON.parse(lines[1]!).score);
  });

  it('fetches a URL with Node’s fetch and records it', async () => {
    const { code, stdout } = await run(['--json', `${base}/article`]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as { url: string; score: number };
    expect(r.url).toBe(`${base}/article`);
    expect(r.score).toBeGreaterThan(80);
  });

  it('gives bad inputs a one-line error naming them, exits non-zero, and still reports the good ones', async () => {
    const closed = 'http://127.0.0.1:9/nothing';
    const inputs = [path.join(tmp, 'missing.html'), path.join(tmp, 'notes.txt'), path.join(tmp, 'empty.html'), closed, `${base}/image`, `${base}/gone`, path.join(GOLDEN, 'synthesis.html')];
    const { code, stdout, stderr } = await run(['--json', ...inputs]);
    expect(code).toBe(1);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(6);
    expect(errors[0]).toBe(`citable: ${inputs[0]}: no such file`);
    expect(errors[1]).toMatch(/notes\.txt: not HTML/);
    expect(errors[2]).toMatch(/empty\.html: empty page/);
    expect(errors[3]).toMatch(/127\.0\.0\.1:9\/nothing: unreachable/);
    expect(errors[4]).toMatch(/\/image: not HTML \(content-type image\/png\)/);
    expect(errors[5]).toMatch(/\/gone: HTTP 404/);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; error?: string; score?: number });
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 6).every((l) => typeof l.error === 'string')).toBe(true);
    expect(lines[6]!.score).toBeTypeOf('number');
  });

  it('reports a page that is not an article as such', async () => {
    const { code, stdout } = await run(['--json', path.join(tmp, 'nav.html')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ readerable: false, score: 0 });
  });

  it('--md prints a Markdown report', async () => {
    const { code, stdout } = await run(['--md', path.join(GOLDEN, 'synthesis.html')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Citability: \d+\/100/);
    expect(stdout).toContain('### Why productivity matters — Synthesis');
  });
});
