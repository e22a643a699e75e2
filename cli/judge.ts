/** One page's analysis, the same in the main thread and in a worker: HTML in, Report out. */
import { analyzeWithPlan } from '../scoring/plan';
import { extract } from '../scoring/extract';
import type { AccessInputs } from '../scoring/page/index';
import type { Report } from '../scoring/report';
import { parseDocument } from './load';

export interface Job {
  html: string;
  /** The page's URL (fetched, or the sample's stand-in), null for a local file. */
  url: string | null;
  /** robots.txt, llms.txt and X-Robots-Tag of a fetched page. */
  access?: AccessInputs;
}

export type JobResult = { report: Report } | { error: string };

export function judge(job: Job): JobResult {
  try {
    const snapshot = extract(parseDocument(job.html), { url: job.url });
    // With the page plan: its projections re-judge one section each (scoring/plan.ts).
    return { report: analyzeWithPlan(snapshot, job.access ? { access: job.access } : {}) };
  } catch (err) {
    return { error: `could not be analyzed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
