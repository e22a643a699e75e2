/** The page score, what drives it, and the language the analysis used. */
import type { Report } from '../scoring/report';
import { bandOf, languageName } from './labels';

export function ScoreSummary({ report }: { report: Report }) {
  const band = bandOf(report.score, report.languageSupport === 'full');
  const s = report.summary;
  const total = report.sections.length;
  return (
    <section className="summary" aria-labelledby="score-heading">
      <div className={`score score-${band.id}`}>
        <h2 id="score-heading" className="visually-hidden">Page score</h2>
        <p className="score-number" data-testid="page-score">
          <span className="score-value">{report.score}</span>
          <span className="score-max">/100</span>
        </p>
        <div>
          <p className="score-band">{band.label}</p>
          <p className="score-counts">
            {total} section{total === 1 ? '' : 's'}: {s.primary} primary, {s.supported} supported, {s.synthesis} synthesis
            {s.short ? `, ${s.short} short` : ''}
          </p>
        </div>
      </div>
      {/* The page plan above says it, with its projected effect, when there is one. */}
      {s.topMissing && !report.plan?.length && (
        <p className="top-missing">
          <strong>Most useful to add: </strong>
          {s.topMissing}
        </p>
      )}
      <details className="drivers">
        <summary>What drives the score</summary>
        <table>
          <caption className="visually-hidden">Score parts</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Points</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {report.scoreParts.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td className="num">
                  {Math.round(p.points)} / {Math.round(p.weight * 100)}
                </td>
                <td>{p.detail}</td>
              </tr>
            ))}
            {report.penalties.map((p) => (
              <tr key={p.id} className="penalty">
                <th scope="row">Penalty</th>
                <td className="num">−{Math.round(p.points)}</td>
                <td>{p.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {s.dismissed > 0 && (
          <p className="muted">
            {s.dismissed} dismissed finding{s.dismissed === 1 ? ' is' : 's are'} not counted.
          </p>
        )}
      </details>
      <p className="language" data-testid="language">
        Analyzed as {languageName(report.lang)}
        {report.langSource !== 'unknown' ? ` (${report.langSource.replace('+', ' and ')})` : ''}
        {report.languageSupport === 'full' ? ': full support.' : ': not fully judged — the score is shown, not a verdict; some signals read English wording only.'}
      </p>
      {report.notes.length > 0 && (
        <ul className="notes">
          {report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
