/** Shared body of the corpus sweeps: every page extracts and analyzes without an error, and both outputs validate. */
import { expect, it } from 'vitest';
import { analyze } from '../../scoring/analyze';
import { extract } from '../../scoring/extract';
import { Report } from '../../scoring/report';
import { Snapshot } from '../../scoring/snapshot';
import { documentOf } from '../helpers';
import type { CorpusPage } from './corpus';

export function sweep(pages: CorpusPage[]): void {
  it(`has pages (${pages.length})`, () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const snapshot = extract(documentOf(page.html()), { url: page.url });
    // The snapshot crosses a structured-clone boundary in the extension: it must survive JSON as it is.
    const roundTripped = JSON.parse(JSON.stringify(snapshot)) as unknown;
    expect(() => Snapshot.parse(roundTripped)).not.toThrow();
    const report = analyze(Snapshot.parse(roundTripped));
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.sections.every((s) => s.signals.every((o) => o.status !== 'error'))).toBe(true);
    expect(report.sections).toHaveLength(snapshot.sections.length);
  });
}
