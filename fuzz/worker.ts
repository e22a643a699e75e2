/** Runs fuzz cases [from, to) for ./run.ts, reporting each case's start and result, so a hang can be pinned on one. */
import { parentPort, workerData } from 'node:worker_threads';
import { builtCases, fuzzCase, runCase } from './cases';

const { seed, from, to, light } = workerData as { seed: number; from: number; to: number; light: boolean };
const built = builtCases(light);
for (let index = from; index < to; index++) {
  const c = fuzzCase(seed, index, built);
  parentPort!.postMessage({ type: 'start', index, name: c.name, bytes: c.html.length });
  const result = runCase(c);
  parentPort!.postMessage({ type: 'done', index, name: c.name, ...result });
}
parentPort!.postMessage({ type: 'end' });
