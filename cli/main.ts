/**
 * `citable`: the command line. Built ahead of time to plain JavaScript (dist/citable.mjs, see cli/build.mjs), so
 * nothing is compiled at run time. The same file is the analysis worker (worker threads load it again).
 *
 *   citable [options] [file.html | file.html.gz | url | -]...
 *   citable compare A B
 *
 * stdout carries only the report (text, --json, --csv or --md); progress, errors and the summary go to stderr.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Report } from '../scoring/report';
import { BAND_RANGES, scoreBand } from '../scoring/weights';
import { reportToMarkdown, mdText } from '../scoring/format/markdown';
import { compareReports } from '../scoring/compare';
import { csvLines, errorRow, reportRow } from './csv';
import { InputError } from './errors';
import { DEFAULT_FETCH, Fetcher, VERSION } from './fetch';
import { comparisonToHtml, reportsToHtml, type PageResult } from './html';
import { readListFile, readStdinList, sitemapUrls, type InputProblem } from './inputs';
import { judge, type Job, type JobResult } from './judge';
import { isUrl, loadInput } from './load';
import { Pool } from './pool';
import { sanitize, stripControls } from './safe';
import { painter, reportToTerminal } from './terminal';
import { comparisonToMarkdown, comparisonToTerminal } from './compare-out';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** The bundled sample draft: public/ sits beside dist/ (and beside cli/ when run from source). */
const SAMPLE = path.resolve(HERE, '../public/sample-draft.html');
const SAMPLE_URL = 'https://drafts.citable.example/sample-draft';
/** A page whose analysis takes longer than this is reported as an error (its worker is replaced). */
const ANALYSIS_TIMEOUT_MS = 60_000;

const USAGE = `usage: citable [options] [file.html | file.html.gz | url | -]...
       citable compare <A> <B> [--json | --md] [--html FILE]

Scores each page: which sections give a reason to cite it, and what to add where.
With no input, scores the bundled sample draft. "-" reads one input per line from stdin.

Inputs
  --urls FILE            one file or URL per line (# comments and blank lines skipped)
  --sitemap URL|FILE     every page of a sitemap (indexes, nested and gzipped sitemaps); repeatable
  --limit N              score at most N pages

Output (stdout carries only the report)
  --json                 JSON Lines: one full report per line
  --csv                  one row per page, with a header row
  --md                   a Markdown report per page
  --html FILE            also write one self-contained, printable HTML report of every page
  --out-csv FILE         also write the CSV to FILE (so one run gives the CSV, the HTML and the JSON Lines)
  --out-jsonl FILE       also write the JSON Lines to FILE
  --min-score N          exit 3 when any page scores below N (for CI)
  --no-color             plain text (also NO_COLOR=1, or when stdout is not a terminal)
  --no-progress          no progress bar (it is only drawn when stderr is a terminal)
  -q, --quiet            no summary on stderr

Fetching (polite by default)
  --ignore-robots        fetch pages robots.txt disallows for Citable (it is still read for the report)
  --per-host N           requests at a time to one host (default ${DEFAULT_FETCH.perHost})
  --delay MS             milliseconds between requests to one host (default ${DEFAULT_FETCH.delayMs}; a larger Crawl-delay wins, up to 10 s)
  --timeout S            seconds per request, body included (default ${DEFAULT_FETCH.timeoutMs / 1000})
  --max-size MB          largest page read, after decompression (default ${DEFAULT_FETCH.maxBytes / 1024 / 1024})
  --max-redirects N      redirects followed (default ${DEFAULT_FETCH.maxRedirects})

Analysis
  --workers N            analysis threads (default: one per core, ${availableParallelism()} here)

Exit status: 0 all pages scored; 1 an input could not be read; 2 bad usage; 3 a page scored below --min-score.`;

interface Options {
  mode: 'text' | 'json' | 'csv' | 'md';
  html: string | null;
  minScore: number | null;
  colour: boolean;
  progress: boolean;
  quiet: boolean;
  workers: number;
}

class UsageError extends Error {}

function intOption(values: Record<string, unknown>, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
  const raw = values[name];
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} needs a number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got "${String(raw)}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'compare') return compareCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      md: { type: 'boolean' },
      html: { type: 'string' },
      'out-csv': { type: 'string' },
      'out-jsonl': { type: 'string' },
      urls: { type: 'string', multiple: true },
      sitemap: { type: 'string', multiple: true },
      limit: { type: 'string' },
      'min-score': { type: 'string' },
      'no-color': { type: 'boolean' },
      'no-progress': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      'ignore-robots': { type: 'boolean' },
      'per-host': { type: 'string' },
      delay: { type: 'string' },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
      'max-redirects': { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`citable ${VERSION}\n`);
    return 0;
  }
  const modes = (['json', 'csv', 'md'] as const).filter((m) => values[m]);
  if (modes.length > 1) throw new UsageError(`choose one of --json, --csv, --md (got ${modes.map((m) => `--${m}`).join(' and ')})`);
  const fetcher = new Fetcher({
    perHost: intOption(values, 'per-host', 1, 64) ?? DEFAULT_FETCH.perHost,
    delayMs: intOption(values, 'delay', 0, 600_000) ?? DEFAULT_FETCH.delayMs,
    timeoutMs: (intOption(values, 'timeout', 1, 3600) ?? DEFAULT_FETCH.timeoutMs / 1000) * 1000,
    maxBytes: (intOption(values, 'max-size', 1, 1024) ?? DEFAULT_FETCH.maxBytes / 1024 / 1024) * 1024 * 1024,
    maxRedirects: intOption(values, 'max-redirects', 0, 50) ?? DEFAULT_FETCH.maxRedirects,
    obeyRobots: !values['ignore-robots'],
  });
  const limit = intOption(values, 'limit', 1) ?? Number.MAX_SAFE_INTEGER;
  const opts: Options = {
    mode: modes[0] ?? 'text',
    html: values.html ?? null,
    minScore: intOption(values, 'min-score', 0, 100),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !values['no-color'],
    progress: Boolean(process.stderr.isTTY) && !values['no-progress'],
    quiet: Boolean(values.quiet),
    workers: intOption(values, 'workers', 1, 256) ?? availableParallelism(),
  };

  // Gather the inputs, in the order given; lists and sitemaps that cannot be read are reported and skipped.
  const problems: InputProblem[] = [];
  const inputs: string[] = [];
  const add = (list: string[]) => {
    for (const x of list) if (inputs.length < limit) inputs.push(x);
  };
  for (const p of positionals) {
    if (p === '-') {
      try {
        add(await readStdinList(process.stdin));
      } catch (err) {
        problems.push({ input: '-', reason: err instanceof Error ? err.message : String(err) });
      }
    } else add([p]);
  }
  for (const file of values.urls ?? []) {
    try {
      add(await readListFile(file));
    } catch (err) {
      problems.push({ input: file, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  for (const source of values.sitemap ?? []) {
    if (inputs.length >= limit) break;
    add(await sitemapUrls(source, fetcher, limit - inputs.length, problems));
  }
  const useSample = inputs.length === 0 && problems.length === 0 && positionals.length === 0 && !values.urls && !values.sitemap;
  if (useSample) inputs.push(SAMPLE);
  for (const p of problems) process.stderr.write(`citable: ${stripControls(p.input)}: ${p.reason}\n`);
  if (inputs.length === 0) {
    process.stderr.write('citable: no pages to score\n');
    return 1;
  }

  const started = Date.now();
  const workers = Math.min(opts.workers, inputs.length);
  const pool = workers > 1 ? new Pool(workers, SELF, ANALYSIS_TIMEOUT_MS) : null;
  const run = (job: Job): Promise<JobResult> => (pool ? pool.run(job) : Promise.resolve(judge(job)));

  const multibar = opts.progress && inputs.length > 1 ? new cliProgress.MultiBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: 'citable {bar} {value}/{total} pages · {eta_formatted} left · {failed} failed', autopadding: true }, cliProgress.Presets.shades_classic) : null;
  const bar = multibar?.create(inputs.length, 0, { failed: 0 });
  const warn = (line: string) => (multibar ? multibar.log(`${line}\n`) : process.stderr.write(`${line}\n`));

  // Results are printed in input order as they complete (a slow page holds back only what comes after it).
  const results: PageResult[] = new Array(inputs.length);
  let printed = 0;
  let failed = 0;
  const paint = painter(opts.colour);
  const files = [
    values['out-csv'] ? { path: values['out-csv'], stream: createWriteStream(values['out-csv']), mode: 'csv' as const } : null,
    values['out-jsonl'] ? { path: values['out-jsonl'], stream: createWriteStream(values['out-jsonl']), mode: 'json' as const } : null,
  ].filter((x) => x !== null);
  for (const file of files) {
    file.stream.on('error', (err: NodeJS.ErrnoException) => {
      process.stderr.write(`citable: ${file.path}: cannot write (${err.code ?? err.message})\n`);
      failed++;
    });
  }
  const emit = () => {
    while (printed < inputs.length && results[printed]) {
      const r = results[printed]!;
      process.stdout.write(render(r, opts, paint, printed === 0));
      for (const file of files) file.stream.write(render(r, { ...opts, mode: file.mode }, paint, printed === 0));
      if (!opts.html) results[printed] = { input: r.input, ...(r.report ? { report: slim(r.report) } : { error: r.error! }) };
      printed++;
    }
  };

  const scoreOne = async (input: string, i: number): Promise<void> => {
    let result: PageResult;
    try {
      const page = await loadInput(input, fetcher);
      const url = useSample ? SAMPLE_URL : page.url;
      let access: Job['access'];
      if (page.url && isUrl(input)) {
        // robots.txt and llms.txt of the page's own origin (each fetched once per run), for the machine-access view.
        const origin = new URL(page.url).origin;
        const [robots, llms] = await Promise.all([fetcher.robotsOf(origin), fetcher.llmsOf(origin)]);
        access = { robots: { status: robots.status, text: robots.text }, llms: { status: llms.status, text: llms.text }, xRobotsTag: page.xRobotsTag ?? null };
      }
      const out = await run({ html: page.html, url, ...(access ? { access } : {}) });
      result = 'report' in out ? { input, report: out.report } : { input, error: out.error };
    } catch (err) {
      result = { input, error: err instanceof InputError ? err.message : `could not be analyzed: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (result.error) {
      failed++;
      warn(`citable: ${stripControls(input)}: ${result.error}`);
    }
    results[i] = result;
    bar?.increment(1, { failed });
    emit();
  };

  // Enough pages in flight to keep every worker and every host queue busy; the fetcher keeps each host polite.
  const inFlight = Math.max(8, workers * 4, fetcher.settings.perHost * 4);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, inputs.length) }, async () => {
      while (next < inputs.length) {
        const i = next++;
        await scoreOne(inputs[i]!, i);
      }
    }),
  );
  multibar?.stop();
  await pool?.close();
  await Promise.all(files.map((file) => new Promise<void>((r) => file.stream.end(r))));

  const all = results.filter(Boolean);
  if (opts.html) {
    try {
      await writeFile(opts.html, reportsToHtml(all, { generated: new Date(), command: `citable ${argv.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}` }));
    } catch (err) {
      process.stderr.write(`citable: ${opts.html}: cannot write the HTML report (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
      failed++;
    }
  }
  const scores = all.filter((r) => r.report).map((r) => ({ input: r.input, score: r.report!.score }));
  const below = opts.minScore === null ? [] : scores.filter((s) => s.score < opts.minScore!);
  if (!opts.quiet && (inputs.length > 1 || below.length > 0)) process.stderr.write(summary(all, Date.now() - started, workers, opts, below));
  if (failed > 0 || problems.length > 0) return 1;
  return below.length > 0 ? 3 : 0;
}

/** What is kept of a report once printed, when no HTML report needs it whole: enough for the summary. */
function slim(r: Report): Report {
  return { ...r, sections: [], schema: { ...r.schema, entities: [], issues: [], suggested: null } };
}

function render(r: PageResult, opts: Options, paint: ReturnType<typeof painter>, first: boolean): string {
  if (opts.mode === 'json') return `${JSON.stringify(r.report ? { input: r.input, ...r.report } : { input: r.input, error: r.error })}\n`;
  if (opts.mode === 'csv') return csvLines([r.report ? reportRow(r.input, sanitize(r.report)) : errorRow(r.input, r.error!)], first);
  if (!r.report) return '';
  const report = sanitize(r.report);
  const input = stripControls(r.input);
  if (opts.mode === 'md') {
    const md = reportToMarkdown(report);
    const nl = md.indexOf('\n');
    // A local file has no URL: the report names the file it is about.
    const named = report.url ? md : `${md.slice(0, nl)}\n\n- File: ${mdText(input)}${md.slice(nl)}`;
    return `${first ? '' : '\n---\n\n'}${named}\n`;
  }
  return `${first ? '' : '\n'}${reportToTerminal(report, input, paint)}\n`;
}

function summary(all: PageResult[], ms: number, workers: number, opts: Options, below: Array<{ input: string; score: number }>): string {
  const ok = all.filter((r) => r.report).map((r) => r.report!);
  const scores = ok.map((r) => r.score).sort((a, b) => a - b);
  const med = scores.length ? scores[scores.length >> 1]! : 0;
  const sections = ok.reduce((n, r) => n + r.summary.primary + r.summary.supported + r.summary.synthesis, 0);
  const citable = ok.reduce((n, r) => n + r.summary.primary + r.summary.supported, 0);
  const blocked = ok.filter((r) => (r.access.robots?.byPurpose.search.blocked.length ?? 0) > 0).length;
  const lines = [
    `citable: ${all.length} page${all.length === 1 ? '' : 's'}: ${ok.length} scored, ${all.length - ok.length} could not be read · ${(ms / 1000).toFixed(1)} s (${((all.length / ms) * 1000).toFixed(1)} pages/s, ${workers} analysis thread${workers === 1 ? '' : 's'})`,
  ];
  if (ok.length) {
    lines.push(
      `  scores: median ${med}, lowest ${scores[0]}, highest ${scores[scores.length - 1]} · ${scores.filter((s) => scoreBand(s) === 'high').length} give reasons to cite (${BAND_RANGES.high}), ${scores.filter((s) => scoreBand(s) === 'mid').length} some, ${scores.filter((s) => scoreBand(s) === 'low').length} few`,
      `  sections: ${citable} of ${sections} citable (${sections ? Math.round((citable / sections) * 100) : 0}%) · ${ok.filter((r) => !r.readerable).length} not articles · ${blocked} blocked from AI search`,
    );
  }
  if (opts.minScore !== null) {
    lines.push(below.length ? `  ${below.length} below --min-score ${opts.minScore}: ${below.slice(0, 5).map((b) => `${stripControls(b.input)} (${b.score})`).join(', ')}${below.length > 5 ? ', …' : ''}` : `  every page scored ${opts.minScore} or more`);
  }
  if (opts.html) lines.push(`  HTML report: ${opts.html}`);
  return `${lines.join('\n')}\n`;
}

async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, md: { type: 'boolean' }, html: { type: 'string' }, 'no-color': { type: 'boolean' }, 'ignore-robots': { type: 'boolean' }, timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`compare takes two pages, A and B (got ${positionals.length})`);
  const fetcher = new Fetcher({ ...DEFAULT_FETCH, obeyRobots: !values['ignore-robots'], timeoutMs: (intOption(values, 'timeout', 1, 3600) ?? DEFAULT_FETCH.timeoutMs / 1000) * 1000 });
  const reports: Report[] = [];
  let failed = false;
  for (const input of positionals) {
    try {
      const page = await loadInput(input, fetcher);
      let access: Job['access'];
      if (page.url) {
        const origin = new URL(page.url).origin;
        const [robots, llms] = await Promise.all([fetcher.robotsOf(origin), fetcher.llmsOf(origin)]);
        access = { robots: { status: robots.status, text: robots.text }, llms: { status: llms.status, text: llms.text }, xRobotsTag: page.xRobotsTag ?? null };
      }
      const out = judge({ html: page.html, url: page.url, ...(access ? { access } : {}) });
      if ('error' in out) throw new InputError(out.error);
      reports.push(out.report);
    } catch (err) {
      failed = true;
      process.stderr.write(`citable: ${stripControls(input)}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  if (failed) return 1;
  const comparison = compareReports(reports[0]!, reports[1]!);
  const names = positionals.map((p) => stripControls(p)) as [string, string];
  if (values.html) {
    try {
      await writeFile(values.html, comparisonToHtml(comparison, names, { generated: new Date() }));
    } catch (err) {
      process.stderr.write(`citable: ${values.html}: cannot write the HTML report (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`);
      return 1;
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ inputs: { a: names[0], b: names[1] }, ...comparison })}\n`);
  else if (values.md) process.stdout.write(comparisonToMarkdown(sanitize(comparison), names));
  else process.stdout.write(comparisonToTerminal(sanitize(comparison), names, painter(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !values['no-color'])));
  return 0;
}

function start(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`citable: ${err instanceof Error ? err.message : String(err)}${usage ? '\nTry citable --help.' : ''}\n`);
      process.exitCode = 2;
    },
  );
}

if (isMainThread) start();
else if ((workerData as { citableWorker?: boolean } | null)?.citableWorker) {
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(judge(job)));
}
