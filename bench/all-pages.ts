/**
 * Every HTML page of ../shared/corpus that the robustness tools read: Readability's, Zyte's and trafilatura's
 * article pages, and extruct's structured-data pages (invalid ones included: they must be reported too).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../cli/load';
import { CORPUS, readabilityPages, trafilaturaPages, zytePages, type CorpusPage } from '../tests/corpus/corpus';

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...htmlFiles(full));
    else if (/\.html?$/.test(ent.name)) out.push(full);
  }
  return out.sort();
}

export function extructPages(): CorpusPage[] {
  const root = path.join(CORPUS, 'extruct');
  return htmlFiles(root).map((file) => ({
    name: `extruct/${path.relative(root, file)}`,
    file,
    url: null,
    html: () => decodeHtml(readFileSync(file)),
  }));
}

export function allPages(): CorpusPage[] {
  return [...readabilityPages(), ...zytePages(), ...trafilaturaPages(), ...extructPages()];
}
