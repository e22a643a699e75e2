/**
 * The page's structured data: what was found (type and format), what is missing, the other problems grouped by
 * severity with where each rule comes from, and the JSON-LD to paste. The snippet is shown as text in a <pre>,
 * never as HTML.
 */
import type { Report } from '../scoring/report';
import { docsUrl, whyItMatters } from '../scoring/structured/docs';
import { FORMAT_LABEL, SEVERITY_ONE } from './labels';
import { SafeLink } from './SafeLink';

type SchemaReport = Report['schema'];
type Issue = SchemaReport['issues'][number];

const SEVERITIES = ['error', 'warning', 'info'] as const;
/** Past this many property names an entity's list is cut ("and 12 more"). */
const MAX_PROPS = 12;

export function MarkupView({ schema, onCopy }: { schema: SchemaReport; onCopy(text: string, what: string): void }) {
  const missing = schema.issues.filter((i) => i.missing);
  const others = schema.issues.filter((i) => !i.missing);
  const { total, errors } = schema.blocks;
  return (
    <>
      <h2 className="visually-hidden">Markup</h2>
      <section aria-labelledby="markup-found">
        <h3 id="markup-found">Found on the page</h3>
        <p className="muted small">
          {schema.entities.length === 0
            ? 'No structured data (JSON-LD, microdata or RDFa).'
            : `${schema.entities.length} item${schema.entities.length === 1 ? '' : 's'} of structured data`}
          {total > 0 && ` · ${total} JSON-LD block${total === 1 ? '' : 's'}${errors ? `, ${errors} could not be parsed` : ''}`}
        </p>
        {schema.entities.length > 0 && (
          <ul className="cards" aria-label="Structured data found">
            {schema.entities.map((e, i) => (
              <li key={i} className="card" data-testid="entity" data-format={e.format}>
                <p className="card-head">
                  <span className="entity-type">{e.types.length ? e.types.join(', ') : '(no type)'}</span>
                  <span className="chip chip-neutral">{FORMAT_LABEL[e.format]}</span>
                </p>
                <p className="muted small">
                  {e.properties.length === 0
                    ? 'No properties.'
                    : `${e.properties.slice(0, MAX_PROPS).join(', ')}${e.properties.length > MAX_PROPS ? ` and ${e.properties.length - MAX_PROPS} more` : ''}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="markup-missing">
        <h3 id="markup-missing">What is missing</h3>
        {missing.length === 0 ? (
          <p className="muted small">Nothing: the markup says what the page shows.</p>
        ) : (
          <IssueList issues={missing} label="Missing markup" />
        )}
      </section>

      <section aria-labelledby="markup-issues">
        <h3 id="markup-issues">Problems in the markup</h3>
        {others.length === 0 ? (
          <p className="muted small">None found.</p>
        ) : (
          byEntity(others).map(([entity, list]) => (
            <div key={entity} className="entity-group" data-testid="entity-issues">
              <h4>
                {entity} ({list.length})
              </h4>
              <IssueList issues={list} label={`Problems of ${entity}`} />
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="markup-snippet">
        <h3 id="markup-snippet">Suggested JSON-LD</h3>
        {schema.suggested === null ? (
          <p className="muted small">Nothing to add.</p>
        ) : (
          <div data-testid="suggested-jsonld">
            <p className="small">
              Built from what the page shows. Check the values, then paste it inside a{' '}
              <code>{'<script type="application/ld+json">'}</code> element in the page’s head.
            </p>
            <pre className="snippet">
              <code>{schema.suggested}</code>
            </pre>
            <button type="button" onClick={() => onCopy(schema.suggested!, 'JSON-LD snippet')}>
              Copy
            </button>
          </div>
        )}
      </section>
    </>
  );
}

/**
 * Problems grouped by the entity they are about (errors first within each), and the same problem on the same
 * entity said once (an entity read twice, nested in another and on its own, is one entity): four Organizations
 * without sameAs read as four named entities, not one line four times.
 */
function byEntity(issues: Issue[]): Array<[string, Array<Issue & { count: number }>]> {
  const groups = new Map<string, Map<string, Issue & { count: number }>>();
  for (const i of issues) {
    const entity = i.entity ?? (i.ruleId.endsWith('-parse') ? 'Markup that could not be read' : 'The page');
    let g = groups.get(entity);
    if (!g) groups.set(entity, (g = new Map()));
    const key = `${i.ruleId}|${i.message}`;
    const hit = g.get(key);
    // The same entity met twice (nested in another, and on its own) keeps the more severe of its two readings.
    if (hit) {
      hit.count++;
      if (SEVERITIES.indexOf(i.severity) < SEVERITIES.indexOf(hit.severity)) hit.severity = i.severity;
    } else g.set(key, { ...i, count: 1 });
  }
  return [...groups].map(([entity, g]) => [entity, [...g.values()].sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity))]);
}

function IssueList({ issues, label }: { issues: Array<Issue & { count?: number }>; label: string }) {
  return (
    <ul className="issues" aria-label={label}>
      {issues.map((i, n) => {
        const url = docsUrl(i.source);
        return (
          <li key={n} className={`issue issue-${i.severity}`} data-testid="schema-issue" data-rule={i.ruleId} data-severity={i.severity}>
            <span className={`chip chip-sev-${i.severity}`}>{SEVERITY_ONE[i.severity]}</span>
            <span className="issue-message">
              {i.message}
              <span className="issue-why" data-testid="issue-why">
                {whyItMatters(i.ruleId)}
              </span>
            </span>
            <span className="issue-source">
              Source: {url ? <SafeLink href={url}>{i.source}</SafeLink> : i.source}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
