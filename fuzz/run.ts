/**
 * npm run fuzz -- [--seed N] [--cases N] [--time SECONDS] [--out DIR] [--light] [--replay FILE | --case N]
 *
 * Mutates real corpus pages (../shared/corpus) and runs each through parse, extract and analyze as the command line
 * does: counts crashes (anything thrown, a signal's "error"), invalid snapshots or reports, runs over 2 s, and hangs
 * (a case still running after 30 s is stopped: the cases run in a worker the harness can terminate). Seeded and
 * reproducible: case i of seed s is the same page with the same mutations on any machine. Each failing case is
 * written to DIR with a one-line reproduction. Stops after --cases or --time, whichever comes first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { builtCases, fuzzCase, runCase } from './cases';

const SLOW_MS = 2000;
const HANG_MS = 30_000;

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(opt('seed') ?? 1);
const total = Number(opt('cases') ?? 10_000);
const seconds = Number(opt('time') ?? 1_200);
const outDir = path.resolve(opt('out') ?? 'fuzz-failures');
const light = args.includes('--light');

if (opt('replay')) {
  const file = opt('replay')!;
  const url = opt('url') ?? 'https://fuzz.example/page';
  const r = runCase({ html: readFileSync(file, 'utf8'), url });
  console.log(`${file}: ${r.outcome} in ${r.ms.toFixed(0)} ms${r.detail ? ` — ${r.detail}` : ''}`);
  process.exit(r.outcome === 'ok' && r.ms <= SLOW_MS ? 0 : 1);
}
if (opt('case')) {
  const c = fuzzCase(seed, Number(opt('case')), builtCases(light));
  const r = runCase(c);
  console.log(`case ${c.index} (${c.name}): ${r.outcome} in ${r.ms.toFixed(0)} ms${r.detail ? ` — ${r.detail}` : ''}`);
  process.exit(r.outcome === 'ok' && r.ms <= SLOW_MS ? 0 : 1);
}

interface Failure {
  index: number;
  name: string;
  kind: 'crash' | 'invalid' | 'slow' | 'hang';
  ms: number;
  detail: string | null;
}

const failures: Failure[] = [];
const times: number[] = [];
let slowest = { index: -1, name: '', ms: 0 };
let done = 0;
const started = performance.now();
const deadline = started + seconds * 1000;

function record(f: Failure): void {
  failures.push(f);
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `seed${seed}-case${f.index}.html`);
  writeFileSync(file, fuzzCase(seed, f.index, builtCases(light)).html);
  const repro = `npm run fuzz -- --replay ${path.relative(process.cwd(), file)}   # or: npm run fuzz -- --seed ${seed}${light ? ' --light' : ''} --case ${f.index}`;
  console.log(`${f.kind.toUpperCase()} case ${f.index} (${f.name}) ${f.ms.toFixed(0)} ms${f.detail ? `: ${f.detail}` : ''}\n  ${repro}`);
}

/** Runs cases [from, total) in a worker; resolves with the index to resume from (after a hang), or null when done. */
function runWorker(from: number): Promise<number | null> {
  return new Promise((resolve) => {
    // The worker registers tsx's loader itself (Node 20 does not pass --import on to workers), then loads the cases.
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { seed, from, to: total, light, slowMs: SLOW_MS } });
    let current: { index: number; name: string; at: number } | null = null;
    let finished = false;
    const finish = (next: number | null) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(next);
    };
    const watchdog = setInterval(() => {
      if (current && performance.now() - current.at > HANG_MS) {
        record({ index: current.index, name: current.name, kind: 'hang', ms: performance.now() - current.at, detail: `still running after ${HANG_MS / 1000} s; stopped` });
        done++;
        finish(current.index + 1 < total ? current.index + 1 : null);
      }
    }, 500);
    worker.on('message', (m: { type: string; index: number; name: string; outcome?: string; ms?: number; detail?: string | null }) => {
      if (m.type === 'start') {
        if (performance.now() > deadline) return finish(null);
        current = { index: m.index, name: m.name, at: performance.now() };
      } else if (m.type === 'done') {
        done++;
        current = null;
        const ms = m.ms!;
        times.push(ms);
        if (ms > slowest.ms) slowest = { index: m.index, name: m.name, ms };
        if (m.outcome !== 'ok') record({ index: m.index, name: m.name, kind: m.outcome as Failure['kind'], ms, detail: m.detail ?? null });
        else if (ms > SLOW_MS) record({ index: m.index, name: m.name, kind: 'slow', ms, detail: null });
        if (done % 500 === 0) console.log(`… ${done} cases, ${failures.length} failing, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      } else if (m.type === 'end') finish(null);
    });
    worker.on('error', (err) => {
      if (!current) console.error(`fuzz: the worker failed: ${err.message}`);
      if (current) record({ index: current.index, name: current.name, kind: 'crash', ms: performance.now() - current.at, detail: `the worker died: ${err.message}` });
      finish(current && current.index + 1 < total ? current.index + 1 : null);
    });
  });
}

let next: number | null = 0;
while (next !== null && performance.now() < deadline) next = await runWorker(next);

times.sort((a, b) => a - b);
const q = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))]! : 0);
const count = (k: Failure['kind']) => failures.filter((f) => f.kind === k).length;
console.log(
  [
    `fuzz seed ${seed}${light ? ' (light)' : ''}: ${done} cases (${builtCases(light).length} built, ${Math.max(0, done - builtCases(light).length)} mutated corpus pages) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    `crashes ${count('crash')}, invalid ${count('invalid')}, over ${SLOW_MS / 1000} s ${count('slow')}, hangs ${count('hang')}`,
    `per case: median ${q(0.5).toFixed(0)} ms, p99 ${q(0.99).toFixed(0)} ms, slowest ${slowest.ms.toFixed(0)} ms (case ${slowest.index}: ${slowest.name})`,
    failures.length ? `failing cases written to ${path.relative(process.cwd(), outDir)}/` : 'no failing case',
  ].join('\n'),
);
process.exitCode = failures.length > 0 ? 1 : 0;
