/**
 * npm run score -- [--json | --md] <file.html | file.html.gz | url>...
 * Scores each input; with none, the bundled sample draft. Bad inputs get a one-line error and a non-zero exit, and
 * the other inputs are still reported.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { reportToMarkdown } from '../scoring/format/markdown';
import type { Report } from '../scoring/report';
import { fetchSameOrigin, InputError, isUrl, loadInput, parseDocument } from './load';
import { painter, reportToTerminal } from './terminal';

const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/sample-draft.html');
const SAMPLE_URL = 'https://drafts.citable.example/sample-draft';

const USAGE = `usage: npm run score -- [--json | --md] <file.html | file.html.gz | url>...
  no input      score the bundled sample draft (public/sample-draft.html)
  --json        one JSON report per input, one per line
  --md          a Markdown report per input
  --no-color    plain text (also NO_COLOR=1)`;

export async function scoreInput(input: string, urlOverride?: string): Promise<Report> {
  const page = await loadInput(input);
  const snapshot = extract(parseDocument(page.html), { url: urlOverride ?? page.url });
  if (!isUrl(input) || !page.url) return analyze(snapshot);
  // Requests go to the page's own origin only: its robots.txt and llms.txt.
  const [robots, llms] = await Promise.all([fetchSameOrigin(page.url, '/robots.txt'), fetchSameOrigin(page.url, '/llms.txt')]);
  return analyze(snapshot, { access: { robots, llms } });
}

async function main(argv: string[]): Promise<number> {
  let mode: 'text' | 'json' | 'md' = 'text';
  let colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const inputs: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') mode = 'json';
    else if (arg === '--md') mode = 'md';
    else if (arg === '--no-color') colour = false;
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      console.error(`citable: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  const useSample = inputs.length === 0;
  if (useSample) inputs.push(SAMPLE);
  const paint = painter(colour);
  let failed = 0;
  let first = true;
  for (const input of inputs) {
    try {
      const report = await scoreInput(input, useSample ? SAMPLE_URL : undefined);
      if (mode === 'json') process.stdout.write(`${JSON.stringify({ input, ...report })}\n`);
      else {
        if (!first) process.stdout.write('\n');
        process.stdout.write(`${mode === 'md' ? reportToMarkdown(report) : reportToTerminal(report, input, paint)}\n`);
      }
    } catch (err) {
      failed++;
      const reason = err instanceof InputError ? err.message : `could not be analyzed: ${err instanceof Error ? err.message : String(err)}`;
      process.stderr.write(`citable: ${input}: ${reason}\n`);
      if (mode === 'json') process.stdout.write(`${JSON.stringify({ input, error: reason })}\n`);
    }
    first = false;
  }
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`citable: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
