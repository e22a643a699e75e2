/**
 * Whether machines can read the page: robots.txt per crawler, grouped by purpose (AI search, user-triggered
 * fetches, model training), so "blocked from ChatGPT search" is never confused with "opted out of training"; the
 * page's robots meta directives; llms.txt (information only, no weight in the score); and, on request, whether the
 * article is in the HTML the server sends or appears only after scripts run.
 */
import type { Report } from '../scoring/report';
import type { AccessFetch } from '../messaging/protocol';
import { PURPOSE_INFO, RENDER_VERDICT_LABEL, SEVERITY_ONE } from './labels';

type AccessReport = Report['access'];
type Crawler = NonNullable<AccessReport['robots']>['crawlers'][number];

const PURPOSES = ['search', 'user', 'training'] as const;

export function AccessView({ access, fetched, onCheckRender }: { access: AccessReport; fetched: AccessFetch; onCheckRender(): void }) {
  return (
    <>
      <h2 className="visually-hidden">Machine access</h2>
      {access.findings.length > 0 && (
        <ul className="issues" aria-label="Findings" data-testid="access-findings">
          {access.findings.map((f, i) => (
            <li key={i} className={`issue issue-${f.severity}`}>
              <span className={`chip chip-sev-${f.severity}`}>{SEVERITY_ONE[f.severity]}</span>
              <span className="issue-message">{f.message}</span>
            </li>
          ))}
        </ul>
      )}
      <Robots access={access} fetched={fetched} />
      <MetaRobots access={access} />
      <Llms access={access} fetched={fetched} />
      <RenderCheck access={access} fetched={fetched} onCheckRender={onCheckRender} />
      <p className="muted small-print">
        Citable reads these files from the page’s own site{fetched.origin ? ` (${fetched.origin})` : ''} only, without cookies, and
        sends nothing elsewhere.
      </p>
    </>
  );
}

function notFetched(state: AccessFetch['robots'], file: string): string {
  switch (state) {
    case 'checking':
      return `Reading ${file}…`;
    case 'redirect':
      return `${file} redirects elsewhere. Citable does not follow redirects away from the page, so it was not checked.`;
    case 'failed':
      return `${file} could not be fetched, so it was not checked.`;
    default:
      return `${file} was not checked.`;
  }
}

function Robots({ access, fetched }: { access: AccessReport; fetched: AccessFetch }) {
  const r = access.robots;
  return (
    <section aria-labelledby="access-robots">
      <h3 id="access-robots">robots.txt</h3>
      {!r ? (
        <p className="muted small">{notFetched(fetched.robots, 'robots.txt')}</p>
      ) : (
        <>
          <p className="muted small" data-testid="robots-state">
            {r.state === 'parsed' ? 'Read from the site’s robots.txt. Each crawler below is allowed or blocked for this page.' : r.explanation}
          </p>
          {PURPOSES.map((p) => (
            <div key={p} className="purpose" data-testid={`purpose-${p}`}>
              <h4>{PURPOSE_INFO[p].title}</h4>
              <p className="muted small">{PURPOSE_INFO[p].help}</p>
              <ul className="crawlers" aria-label={PURPOSE_INFO[p].title}>
                {r.crawlers
                  .filter((c) => c.purpose === p)
                  .map((c) => (
                    <CrawlerRow key={c.token} crawler={c} />
                  ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function CrawlerRow({ crawler: c }: { crawler: Crawler }) {
  const verdict = c.allowed ? 'allowed' : 'blocked';
  const why = c.verdict === 'no-robots-txt' ? 'no robots.txt' : c.verdict === 'unreachable' ? 'robots.txt unreachable' : null;
  return (
    <li className="crawler" data-testid="crawler" data-token={c.token} data-verdict={verdict}>
      <span className="crawler-name">
        {c.token} <span className="muted">({c.operator})</span>
      </span>
      <span className={`chip chip-${verdict}`}>
        {c.allowed ? 'Allowed' : 'Blocked'}
        {why && <span className="visually-hidden"> ({why})</span>}
      </span>
      {c.rule && (
        <span className="crawler-rule">
          line {c.rule.line}: <code>{c.rule.text}</code>
        </span>
      )}
      {c.note && <span className="crawler-rule">{c.note}</span>}
    </li>
  );
}

function MetaRobots({ access }: { access: AccessReport }) {
  const list = access.metaRobots;
  return (
    <section aria-labelledby="access-meta">
      <h3 id="access-meta">Robots meta tags</h3>
      {list.length === 0 ? (
        <p className="muted small">No robots meta tag limits this page.</p>
      ) : (
        <ul className="plain small">
          {list.map((d, i) => {
            const words = [
              d.noindex && 'noindex',
              d.nofollow && 'nofollow',
              d.nosnippet && 'nosnippet',
              d.maxSnippet !== null && `max-snippet:${d.maxSnippet}`,
              ...d.nonStandard,
              ...d.unknown,
            ].filter((w): w is string => typeof w === 'string');
            return (
              <li key={i}>
                {d.agent === '*' ? 'All crawlers' : d.agent} ({d.origin === 'meta' ? 'meta tag' : 'X-Robots-Tag'}):{' '}
                <code>{words.length ? words.join(', ') : 'no limits'}</code>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Llms({ access, fetched }: { access: AccessReport; fetched: AccessFetch }) {
  const l = access.llmsTxt;
  const links = l ? l.sections.reduce((n, s) => n + s.links.length, 0) : 0;
  return (
    <section aria-labelledby="access-llms" data-testid="llms-txt">
      <h3 id="access-llms">
        llms.txt <span className="chip chip-neutral">No weight in the score</span>
      </h3>
      <p className="muted small">A proposed index of a site for language models. No AI engine documents reading it, so it is shown as information only.</p>
      {!l ? (
        <p className="muted small">{notFetched(fetched.llms, 'llms.txt')}</p>
      ) : !l.present ? (
        <p className="small">This site has no llms.txt.</p>
      ) : (
        <>
          <p className="small">
            {l.title ? <strong>{l.title}</strong> : 'No title'}: {l.sections.length} section{l.sections.length === 1 ? '' : 's'}, {links} link
            {links === 1 ? '' : 's'}.
          </p>
          {l.summary && <p className="small">{l.summary}</p>}
          {l.problems.length > 0 && (
            <ul className="plain small" aria-label="llms.txt format notes">
              {l.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function RenderCheck({ access, fetched, onCheckRender }: { access: AccessReport; fetched: AccessFetch; onCheckRender(): void }) {
  const g = access.renderGap;
  const checking = fetched.render === 'checking';
  return (
    <section aria-labelledby="access-render" data-testid="render-gap">
      <h3 id="access-render">What crawlers see</h3>
      <p className="muted small">
        Most AI crawlers run no scripts. This fetches the page again from its own site, without cookies, and compares the text in
        that HTML with the article you see.
      </p>
      {g && (
        <p className={`render-verdict render-${g.verdict}`} data-testid="render-verdict" data-verdict={g.verdict}>
          {RENDER_VERDICT_LABEL[g.verdict]} ({Math.round(g.share * 100)}% of the article’s text is in the HTML.)
        </p>
      )}
      {fetched.render === 'failed' && <p className="small">The check failed: {fetched.renderDetail ?? 'no answer'}.</p>}
      <button type="button" onClick={onCheckRender} disabled={checking} aria-busy={checking}>
        {checking ? 'Checking…' : g ? 'Check again' : 'Check what crawlers see'}
      </button>
    </section>
  );
}
