/**
 * tsx bench/identity.ts — a fingerprint of every report the engine writes on the real pages, to show that a change meant
 * to be invisible (a speed-up) changed no output. Not a test: it prints hashes and compares them with a saved run.
 *
 * For each of the corpus pages (tests/corpus/corpus.ts) and each labelled page of ../shared/labels dev and dev-de
 * (training/labels.ts): extract, then analyze twice — plain, and with every other evidence and suggestion id of the
 * plain report dismissed (which re-measures features without the dismissed sentences) — and hash
 * JSON.stringify of both reports. Reports hold no timings or other run-dependent fields, so nothing is excluded.
 *
 *   tsx bench/identity.ts --save .bench/identity.txt     record a baseline (one line per page: name, hash)
 *   tsx bench/identity.ts --check .bench/identity.txt    compare with it; exits 1 and names the pages that differ
 *   --dump DIR                                           also write each report as JSON into DIR, to diff
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { parseDocument } from '../cli/load';
import { readabilityPages, trafilaturaPages, zytePages } from '../tests/corpus/corpus';
import { loadLabelled } from '../training/labels';
import type { Snapshot } from '../scoring/snapshot';
import { opt, requireCorpus } from './common';

requireCorpus('identity');

const save = opt('save');
const check = opt('check');
const dump = opt('dump');
if (dump) mkdirSync(dump, { recursive: true });

const lines: string[] = [];
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

function fingerprint(name: string, snapshot: Snapshot): void {
  const plain = analyze(snapshot);
  const ids = plain.sections.flatMap((s) => [...s.evidence.map((e) => e.id), ...s.suggestions.map((x) => x.id)]);
  const dismissed = ids.filter((_, i) => i % 2 === 0);
  const withDismissed = analyze(snapshot, { dismissed });
  const a = JSON.stringify(plain);
  const b = JSON.stringify(withDismissed);
  lines.push(`${name}\t${sha(a)}\t${sha(b)}`);
  if (dump) writeFileSync(path.join(dump, `${name.replace(/[^\w.-]+/g, '_')}.json`), `${a}\n${b}\n`);
}

const t0 = performance.now();
for (const page of [...readabilityPages(), ...zytePages(), ...trafilaturaPages()]) {
  fingerprint(page.name, extract(parseDocument(page.html()), { url: page.url }));
}
for (const set of ['dev', 'dev-de']) {
  for (const p of loadLabelled(set)) fingerprint(`${set}/${p.label.page}`, p.snapshot);
}
const all = sha(lines.join('\n'));
console.log(`${lines.length} pages, 2 reports each, fingerprint ${all} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

if (save) {
  writeFileSync(save, `${lines.join('\n')}\n`);
  console.log(`saved to ${save}`);
}
if (check) {
  const before = new Map(
    readFileSync(check, 'utf8')
      .trim()
      .split('\n')
      .map((l) => [l.split('\t')[0]!, l] as const),
  );
  const differ = lines.filter((l) => before.get(l.split('\t')[0]!) !== l).map((l) => l.split('\t')[0]!);
  const missing = [...before.keys()].filter((k) => !lines.some((l) => l.startsWith(`${k}\t`)));
  if (differ.length || missing.length || before.size !== lines.length) {
    console.log(`DIFFERENT: ${differ.length} pages differ, ${missing.length} missing: ${[...differ, ...missing].slice(0, 20).join(', ')}`);
    process.exit(1);
  }
  console.log(`identical to ${check}: all ${lines.length} pages, both reports`);
}
