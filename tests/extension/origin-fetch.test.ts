/**
 * The content script's requests to the page's own origin, against a real HTTP server on loopback: a body that never
 * ends is given up at the deadline (not only headers that never come), and a cut-off robots.txt is no answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchOriginFiles } from '../../entrypoints/content/origin-fetch';

let server: Server;
let base = '';
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') {
      // Headers and the first line at once, then nothing, ever: the connection stays open.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('User-agent: *\nDisallow: /private\n');
      open.add(res);
      return;
    }
    if (req.url === '/llms.txt') {
      res.writeHead(200, { 'content-type': 'text/markdown' });
      res.end('# Site\n');
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.stubGlobal('location', new URL(`${base}/article`));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('origin fetch', () => {
  it('gives up a robots.txt whose body never ends, and still reads llms.txt', async () => {
    const reply = await fetchOriginFiles(300);
    expect(reply.origin).toBe(base);
    expect(reply.robots).toEqual({ outcome: 'network', status: null, text: null });
    expect(reply.llms).toEqual({ outcome: 'ok', status: 200, text: '# Site\n' });
  });
});
