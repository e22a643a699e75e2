/**
 * npm run agreement — how far the engine's verdicts agree with careful readers on the labelled pages of
 * ../shared/labels (dev/, dev-de/), beside how far two readers agree with each other (dev-second/).
 * A benchmark that prints figures, not a test with a threshold. `--verbose` lists every disagreement.
 *
 * Options: --set dev|dev-de (default both), --verbose, --json (one JSON object with the figures).
 */
import { analyze } from '../scoring/analyze';
import type { Report } from '../scoring/report';
import { haveLabels, LABEL_EVIDENCE, loadLabelled, matchSections, normHeading, readLabelSet, type LabelledPage, type LabelEvidence, type LabelVerdict } from './labels';
import { cohenKappa, spearman } from './stats';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;

if (!haveLabels()) {
  console.error('agreement: ../shared/labels not found; nothing to measure');
  process.exit(1);
}

type Three = LabelVerdict;
const bin = (v: Three) => (v === 'synthesis' ? 'synthesis' : 'citable');

export interface SetFigures {
  set: string;
  pages: number;
  sections: number;
  found: number;
  binaryKappa: number;
  accuracy: number;
  threeKappa: number;
  synthPrecision: number;
  synthRecall: number;
  evidence: Record<string, { precision: number; recall: number; tp: number; fp: number; fn: number }>;
  pageRho: number;
}

function engineVerdict(v: Report['sections'][number]['verdict']): Three {
  // A section the readers judged (25 words or more by their count) that the engine counts short has nothing to cite.
  return v === 'short' ? 'synthesis' : v;
}

function measureSet(set: string, pages: LabelledPage[], log: string[]): SetFigures {
  const truth: Three[] = [];
  const said: Three[] = [];
  const ev = Object.fromEntries(LABEL_EVIDENCE.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<LabelEvidence, { tp: number; fp: number; fn: number }>;
  /** With --verbose: findings of a kind the readers did not name for the section (the evidence's false positives). */
  const unnamed: string[] = [];
  const ratings: number[] = [];
  const scores: number[] = [];
  let judged = 0;
  let found = 0;
  for (const p of pages) {
    const report = analyze(p.snapshot);
    ratings.push(p.label.page_rating);
    scores.push(report.score);
    const labelled = p.label.sections.filter((s) => !s.skip && s.verdict);
    judged += labelled.length;
    report.sections.forEach((s, i) => {
      const li = p.match[i]!;
      if (li < 0) return;
      const l = p.label.sections[li]!;
      if (l.skip || !l.verdict) return;
      found++;
      const v = engineVerdict(s.verdict);
      truth.push(l.verdict);
      said.push(v);
      const kinds = new Set(s.evidence.filter((e) => !e.dismissed).map((e) => e.kind as string));
      for (const k of LABEL_EVIDENCE) {
        const has = kinds.has(k);
        const want = l.evidence.includes(k);
        if (has && want) ev[k].tp++;
        else if (has) {
          ev[k].fp++;
          if (verbose) unnamed.push(`+ ${p.label.page} § ${normHeading(s.heading)}: ${k} “${s.evidence.find((e) => e.kind === k)!.text.slice(0, 120)}” (reader: ${l.evidence.join(', ') || 'none'})`);
        }
        else if (want) ev[k].fn++;
      }
      if (verbose && (bin(v) !== bin(l.verdict) || v !== l.verdict)) {
        const first = p.snapshot.sections[i]!.blocks.find((b) => b.kind !== 'table' && b.kind !== 'pre')?.text.slice(0, 160) ?? '';
        const evs = s.evidence.filter((e) => !e.dismissed).map((e) => `${e.kind}: “${e.text.slice(0, 90)}”`);
        log.push(
          `${bin(v) !== bin(l.verdict) ? '✗' : '~'} ${p.label.page} § ${normHeading(s.heading)} (${s.words} w): engine ${v}, reader ${l.verdict} [${l.evidence.join(', ')}]\n` +
            `    reader: ${l.note}\n    first: ${first}\n` +
            (evs.length ? evs.map((e) => `    engine ${e}`).join('\n') : '    engine: no evidence'),
        );
      }
    });
    if (verbose) for (const u of p.unmatched) log.push(`? ${p.label.page} § ${normHeading(u.heading)} (${u.words} w, ${u.verdict}): no engine section with this heading`);
  }
  const evidence: SetFigures['evidence'] = {};
  for (const k of LABEL_EVIDENCE) {
    const { tp, fp, fn } = ev[k];
    evidence[k] = { precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN, tp, fp, fn };
  }
  const synthTp = truth.filter((t, i) => t === 'synthesis' && said[i] === 'synthesis').length;
  if (unnamed.length > 0) log.push(`${set}: findings of a kind the readers did not name for their section`, ...unnamed.sort());
  return {
    set,
    pages: pages.length,
    sections: judged,
    found,
    binaryKappa: cohenKappa(truth.map(bin), said.map(bin)),
    accuracy: truth.filter((t, i) => bin(t) === bin(said[i]!)).length / Math.max(1, truth.length),
    threeKappa: cohenKappa(truth, said),
    synthPrecision: synthTp / Math.max(1, said.filter((s) => s === 'synthesis').length),
    synthRecall: synthTp / Math.max(1, truth.filter((t) => t === 'synthesis').length),
    evidence,
    pageRho: spearman(scores, ratings),
  };
}

/** Two readers: dev-second/ against the same pages in dev/ (or dev-de/). */
function ceiling(): { sections: number; binaryKappa: number; accuracy: number; threeKappa: number; pageRho: number; pages: number } {
  const first = new Map([...readLabelSet('dev'), ...readLabelSet('dev-de')].map((l) => [l.page, l]));
  const a: Three[] = [];
  const b: Three[] = [];
  const ra: number[] = [];
  const rb: number[] = [];
  for (const second of readLabelSet('dev-second')) {
    const one = first.get(second.page);
    if (!one) continue;
    ra.push(one.page_rating);
    rb.push(second.page_rating);
    const { match } = matchSections(
      second.sections.map((s) => (s.heading === '(intro)' ? null : s.heading)),
      one.sections,
    );
    second.sections.forEach((s, i) => {
      const o = one.sections[match[i]!];
      if (!o || s.skip || o.skip || !s.verdict || !o.verdict) return;
      a.push(o.verdict);
      b.push(s.verdict);
    });
  }
  return {
    pages: ra.length,
    sections: a.length,
    binaryKappa: cohenKappa(a.map(bin), b.map(bin)),
    accuracy: a.filter((x, i) => bin(x) === bin(b[i]!)).length / Math.max(1, a.length),
    threeKappa: cohenKappa(a, b),
    pageRho: spearman(ra, rb),
  };
}

const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const sets = setArg ? [setArg] : ['dev', 'dev-de'];
const results: SetFigures[] = [];
const log: string[] = [];
for (const set of sets) {
  const pages = loadLabelled(set);
  results.push(measureSet(set, pages, log));
}
const top = ceiling();
if (!asJson) console.log('The shipped model was fitted on dev/: its figures there are in-sample. `npm run train` prints the cross-validated ones (held-out pages); dev-de/ was never fitted.\n');
if (asJson) {
  console.log(JSON.stringify({ sets: results, ceiling: top }));
} else {
  if (verbose) console.log(`${log.join('\n')}\n`);
  for (const r of results) {
    console.log(`== ${r.set}: ${r.pages} pages, ${r.sections} judged sections, ${r.found} found (${((100 * r.found) / Math.max(1, r.sections)).toFixed(1)}%)`);
    console.log(`   synthesis vs citable: κ ${f2(r.binaryKappa)}, accuracy ${f2(r.accuracy)}   (two readers: κ ${f2(top.binaryKappa)}, accuracy ${f2(top.accuracy)})`);
    console.log(`   primary/supported/synthesis: κ ${f2(r.threeKappa)}   (two readers: ${f2(top.threeKappa)})`);
    console.log(`   synthesis flags: precision ${f2(r.synthPrecision)}, recall ${f2(r.synthRecall)}`);
    console.log(`   page score vs rating: Spearman ρ ${f2(r.pageRho)}   (two readers: ${f2(top.pageRho)} over ${top.pages} pages)`);
    console.log('   evidence         precision  recall   (tp / fp / fn)');
    for (const [k, e] of Object.entries(r.evidence)) console.log(`   ${k.padEnd(16)} ${f2(e.precision).padStart(9)} ${f2(e.recall).padStart(7)}   (${e.tp} / ${e.fp} / ${e.fn})`);
  }
}
