/** What the corpus benchmarks share: their options (--runs, --limit, --corpus) and the order statistics they print. */
import { HAVE_CORPUS } from '../tests/corpus/corpus';

const args = process.argv.slice(2);
export const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
export const RUNS = Number(opt('runs') ?? 3);
export const LIMIT = opt('limit') ? Number(opt('limit')) : Infinity;
export const ONLY = opt('corpus');

/** Exits with a clear message when ../shared/corpus is not there. */
export function requireCorpus(name: string): void {
  if (!HAVE_CORPUS) {
    console.error(`${name}: ../shared/corpus not found; nothing to measure`);
    process.exit(1);
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
