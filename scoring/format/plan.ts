/**
 * The page plan, read defensively: the ordered list of what to add where. Reports that carry a `plan` (issue 10)
 * give its items; older reports fall back to the summary's single most useful addition. Every presenter (CSV, HTML
 * report, compare) reads the plan through here, so wiring the real plan in is one change.
 */
import type { Report } from '../report';

/** One thing to add, where. */
export interface PlanItem {
  /** Section index, or null when the item is about the page as a whole. */
  section: number | null;
  heading: string | null;
  /** What to add, in one sentence. */
  message: string;
  /** The kind of evidence or fix (original_data, source, …), when known. */
  kind: string | null;
  /** The page score before → after, when the plan projects it. */
  projected: { before: number; after: number } | null;
  /** Where the item came from: the page plan, or the summary's "most important to add". */
  from: 'plan' | 'summary';
}

interface PlanLike {
  section?: unknown;
  heading?: unknown;
  sentence?: unknown;
  message?: unknown;
  kind?: unknown;
  projected?: { pageScoreBefore?: unknown; pageScoreAfter?: unknown } | null;
}

/** The page plan's items, best first; at most one (the summary's) when the report has no plan. */
export function planOf(report: Report): PlanItem[] {
  const plan = (report as Report & { plan?: unknown }).plan;
  if (Array.isArray(plan) && plan.length > 0) {
    return (plan as PlanLike[]).map((p) => ({
      section: typeof p.section === 'number' ? p.section : null,
      heading: typeof p.heading === 'string' ? p.heading : null,
      message: typeof p.message === 'string' && p.message !== '' ? p.message : typeof p.sentence === 'string' ? p.sentence : '',
      kind: typeof p.kind === 'string' ? p.kind : null,
      projected:
        p.projected && typeof p.projected.pageScoreBefore === 'number' && typeof p.projected.pageScoreAfter === 'number'
          ? { before: p.projected.pageScoreBefore, after: p.projected.pageScoreAfter }
          : null,
      from: 'plan' as const,
    })).filter((p) => p.message !== '');
  }
  const top = report.summary.topMissing;
  if (!top) return [];
  // topMissing names its section in quotes ("Original data in “Why it matters”: …"): find it to locate the item.
  const named = report.sections.find((s) => s.heading && top.includes(`“${s.heading}”`)) ?? (/\bin the introduction\b/i.test(top) ? report.sections.find((s) => s.heading === null) : undefined);
  return [{ section: named?.index ?? null, heading: named?.heading ?? null, message: top, kind: null, projected: null, from: 'summary' }];
}

/** The first item of the page plan, or null when there is nothing to add. */
export function firstPlanItem(report: Report): PlanItem | null {
  return planOf(report)[0] ?? null;
}
