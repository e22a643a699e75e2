/**
 * "Compare with…": this page (A) against another open tab's page (B), side by side: score, citable sections, each
 * kind of evidence, markup and access; what each has that the other lacks, quoted; and what A would need to add to
 * out-cite B. All page text is rendered as text.
 */
import type { Report } from '../scoring/report';
import { compareReports, countOf, KIND_NOUN, type CompareSide } from '../scoring/compare';
import { EVIDENCE_LABEL } from './labels';

function access(s: CompareSide): string {
  if (!s.access.checked) return 'Not checked';
  return s.access.searchBlocked.length ? `Blocked: ${s.access.searchBlocked.join(', ')}` : 'Allowed';
}

export function CompareView({ a, b, onClose }: { a: Report; b: Report; onClose(): void }) {
  const c = compareReports(a, b);
  const rows: Array<[string, string, string]> = [
    ['Score', `${c.a.score}/100`, `${c.b.score}/100`],
    ['Citable sections', `${c.a.citable} of ${c.a.judged}`, `${c.b.citable} of ${c.b.judged}`],
    ...c.a.evidence
      .map((e, i): [string, string, string] | null => {
        const other = c.b.evidence[i]!;
        return e.count || other.count ? [EVIDENCE_LABEL[e.kind], String(e.count), String(other.count)] : null;
      })
      .filter((r): r is [string, string, string] => r !== null),
    ['Unsourced figures', String(c.a.unsourced), String(c.b.unsourced)],
    ['Markup', c.a.markup.types.slice(0, 3).join(', ') || 'None', c.b.markup.types.slice(0, 3).join(', ') || 'None'],
    ['AI search access', access(c.a), access(c.b)],
    ['Byline', c.a.authorship.byline ?? 'None', c.b.authorship.byline ?? 'None'],
  ];
  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <div className="compare-head">
        <h2 id="compare-heading">Compared with another page</h2>
        <button type="button" onClick={onClose}>
          Back to this page
        </button>
      </div>
      <dl className="compare-pages">
        <dt>A (this page)</dt>
        <dd>{a.title ?? a.url ?? 'Untitled page'}</dd>
        <dt>B</dt>
        <dd>{b.title ?? b.url ?? 'Untitled page'}</dd>
      </dl>
      <p className={`compare-leader leader-${c.leader}`} data-testid="compare-leader">
        {c.leader === 'tie' ? 'Both pages score the same.' : c.leader === 'a' ? `This page cites better today, by ${c.a.score - c.b.score} points.` : `B cites better today, by ${c.b.score - c.a.score} points.`}
      </p>
      <table className="compare-table">
        <caption className="visually-hidden">The two pages side by side</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Measure</span>
            </th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, x, y]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{x}</td>
              <td>{y}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>What each has that the other lacks</h3>
      <ul className="compare-lacks">
        {c.onlyA.length === 0 && c.onlyB.length === 0 && <li className="muted">Both pages have the same kinds of evidence.</li>}
        {c.onlyA.map((k) => (
          <li key={`a-${k.kind}`} data-testid="only-a">
            <strong>A has {countOf(k.kind, k.count)}</strong> that B lacks{k.example && <q className="quote">{k.example.text}</q>}
          </li>
        ))}
        {c.onlyB.map((k) => (
          <li key={`b-${k.kind}`} data-testid="only-b">
            <strong>B has {countOf(k.kind, k.count)}</strong> that A lacks{k.example && <q className="quote">{k.example.text}</q>}
          </li>
        ))}
      </ul>

      <h3>To out-cite B, add</h3>
      {c.toOutcite.length === 0 ? (
        <p className="muted">Nothing: this page has at least as much of every kind of evidence, markup and access.</p>
      ) : (
        <ol className="compare-actions" data-testid="compare-actions">
          {c.toOutcite.map((x, i) => (
            <li key={i} data-kind={x.kind}>
              {x.message}
            </li>
          ))}
        </ol>
      )}
      <p className="muted small-print">Counts are of {Object.values(KIND_NOUN).length - 1} kinds of evidence in sections long enough to judge; dismissed findings are not counted.</p>
    </section>
  );
}
