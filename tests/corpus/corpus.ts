/**
 * The real pages of ../shared/corpus, read from there at test time (never copied into the project).
 * Where ../shared is absent the suites say so and skip; CI always has it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../cli/load';

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
export const HAVE_CORPUS = existsSync(CORPUS);
if (!HAVE_CORPUS) console.warn(`\n*** ../shared/corpus not found at ${CORPUS}: real-page suites are SKIPPED ***\n`);

export interface CorpusPage {
  name: string;
  file: string;
  /** The page's real URL where the corpus records it. */
  url: string | null;
  html(): string;
}

export function readabilityPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'source.html')))
    .sort()
    .map((d) => ({ name: `readability/${d}`, file: path.join(dir, d, 'source.html'), url: `http://fakehost/test/${d}`, html: () => decodeHtml(readFileSync(path.join(dir, d, 'source.html'))) }));
}

export function zytePages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'article-extraction-benchmark');
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(path.join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const file = path.join(dir, 'html', f);
      return { name: `zyte/${id.slice(0, 12)}`, file, url: truth[id]?.url ?? null, html: () => decodeHtml(gunzipSync(readFileSync(file))) };
    });
}

export function trafilaturaPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'trafilatura-eval-subset');
  if (!existsSync(dir)) return [];
  const subset = JSON.parse(readFileSync(path.join(dir, 'evaldata-subset.json'), 'utf8')) as Record<string, { file: string }>;
  const urlOf = new Map(Object.entries(subset).map(([url, v]) => [v.file, url]));
  return readdirSync(path.join(dir, 'html'))
    .filter((f) => f.endsWith('.gz'))
    .sort()
    .map((f) => {
      const file = path.join(dir, 'html', f);
      return { name: `trafilatura/${f}`, file, url: urlOf.get(f.replace(/\.gz$/, '')) ?? null, html: () => decodeHtml(gunzipSync(readFileSync(file))) };
    });
}
