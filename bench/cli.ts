/**
 * npm run bench:cli — the command as users run it, whole processes, measured side by side in one run (not a timed
 * test). Prints ratios, so a busy machine moves both sides of each figure alike:
 *
 * 1. Start-up: `citable` scoring the bundled sample against `node -e ''` (Node's own start), alternating runs.
 * 2. Throughput over 200 local corpus pages (the Zyte benchmark's 181 and the first Readability pages): `citable
 *    --json` with 1 analysis thread and with one per core, against Readability alone (a Node process that reads,
 *    parses with linkedom and runs Readability on the same files, nothing else). Rounds alternate.
 *
 * Options: --runs N (start-up samples per side, default 15), --rounds N (throughput rounds, default 3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'dist/citable.mjs');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const args = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const RUNS = opt('runs', 15);
const ROUNDS = opt('rounds', 3);

if (!existsSync(CORPUS)) {
  console.error('bench:cli: ../shared/corpus not found; nothing to measure');
  process.exit(1);
}
execFileSync(process.execPath, ['cli/build.mjs'], { cwd: ROOT, stdio: 'inherit' });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function timed(argv: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.slice(0, 3).join(' ')}… exited ${r.status}: ${r.stderr?.toString().slice(0, 300)}`);
  return ms;
}

// Other processes share the cores: the ratios hold better than the absolute figures, and the load says how busy.
console.log(`Load average before: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${availableParallelism()} cores`);

// 1. Start-up.
const nodeOnly: number[] = [];
const sample: number[] = [];
const help: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nodeOnly.push(timed(['-e', '']));
  sample.push(timed([BIN]));
  help.push(timed([BIN, '--help']));
}
const n0 = median(nodeOnly);
console.log(`\nStart-up (median of ${RUNS} alternating runs)`);
console.log(`  node -e ''                          ${n0.toFixed(0)} ms`);
console.log(`  citable --help (loads everything)   ${median(help).toFixed(0)} ms  (${(median(help) / n0).toFixed(2)}× node)`);
console.log(`  citable (scores the 451-word sample) ${median(sample).toFixed(0)} ms  (${(median(sample) / n0).toFixed(2)}× node; ${(median(sample) - n0).toFixed(0)} ms over node's own start)`);

// 2. Throughput over 200 local pages.
const zyte = path.join(CORPUS, 'article-extraction-benchmark/html');
const files = readdirSync(zyte).filter((n) => n.endsWith('.html.gz')).sort().map((n) => path.join(zyte, n));
const rd = path.join(CORPUS, 'readability');
for (const d of readdirSync(rd).sort()) {
  if (files.length >= 200) break;
  const f = path.join(rd, d, 'source.html');
  if (existsSync(f)) files.push(f);
}
const list = path.join(tmpdir(), 'citable-bench-pages.txt');
writeFileSync(list, files.join('\n'));
// Readability alone, as a whole process on the same files: read (gunzip), parse with linkedom, Readability.parse.
const readabilityOnly = path.join(tmpdir(), 'citable-bench-readability.mjs');
writeFileSync(
  readabilityOnly,
  `import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))});
const { Readability } = require('@mozilla/readability');
const { parseHTML } = await import(require.resolve('linkedom'));
for (const f of readFileSync(process.argv[2], 'utf8').split('\\n')) {
  let b = readFileSync(f);
  if (f.endsWith('.gz')) b = gunzipSync(b);
  const { document } = parseHTML(b.toString('utf8'));
  new Readability(document).parse();
}
`,
);
const cores = availableParallelism();
const t1: number[] = [];
const tn: number[] = [];
const tr: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  tr.push(timed([readabilityOnly, list]));
  t1.push(timed([BIN, '--json', '-q', '--workers', '1', '--urls', list]));
  tn.push(timed([BIN, '--json', '-q', '--workers', String(cores), '--urls', list]));
}
const rate = (ms: number) => (files.length / ms) * 1000;
const [m1, mn, mr] = [median(t1), median(tn), median(tr)];
console.log(`\nThroughput over ${files.length} local corpus pages, whole processes (median of ${ROUNDS} alternating rounds, ${cores} cores)`);
console.log(`  Readability alone (read + linkedom + parse)  ${rate(mr).toFixed(1)} pages/s`);
console.log(`  citable, 1 analysis thread                   ${rate(m1).toFixed(1)} pages/s  (${(m1 / mr).toFixed(2)}× Readability's time)`);
console.log(`Load average after: ${loadavg().map((x) => x.toFixed(1)).join(', ')}`);
console.log(`  citable, ${cores} analysis threads                  ${rate(mn).toFixed(1)} pages/s  (${(mn / mr).toFixed(2)}× Readability's time; ${(m1 / mn).toFixed(2)}× faster than 1 thread)`);
