/**
 * Who wrote the page and when, each with where it was found, and what it cites (links to other sites, by kind of
 * source). Page-derived text is React text; links are links only for http(s) URLs (see SafeLink).
 */
import type { Report } from '../scoring/report';
import { BYLINE_SOURCE_LABEL, DATE_SOURCE_LABEL, PROFILE_KIND_LABEL, SOURCE_KIND_LABEL } from './labels';
import { SafeLink } from './SafeLink';

type AuthorshipReport = Report['authorship'];
/** The citation list is cut here ("and 40 more"): the counts by kind above it cover all. */
const MAX_LINKS = 25;

/** A found value and where it was found ("from JSON-LD"), or a muted "none found". */
function SourcedValue({ value, source, labels, none }: { value: string | null | undefined; source: string | null | undefined; labels: Record<string, string>; none: string }) {
  if (!value) return <span className="muted">{none}</span>;
  return (
    <>
      {value}
      {source && <span className="fact-source">from {labels[source] ?? source}</span>}
    </>
  );
}

export function AuthorshipView({ authorship: a }: { authorship: AuthorshipReport }) {
  const c = a.citations;
  const kinds = Object.entries(c.byKind).filter(([, n]) => n > 0);
  return (
    <>
      <h2 className="visually-hidden">Authorship</h2>
      <section aria-labelledby="author-who">
        <h3 id="author-who">Author</h3>
        <dl className="facts">
          <div>
            <dt>Byline</dt>
            <dd data-testid="byline">
              <SourcedValue value={a.byline} source={a.bylineSource} labels={BYLINE_SOURCE_LABEL} none="None found" />
            </dd>
          </div>
          <div>
            <dt>Bio</dt>
            <dd>{a.bio ? 'An author bio is on the page.' : <span className="muted">No author bio found.</span>}</dd>
          </div>
          <div>
            <dt>Profiles</dt>
            <dd>
              {a.profileLinks.length === 0 ? (
                <span className="muted">No profile links (author page, ORCID, LinkedIn…).</span>
              ) : (
                <ul className="plain">
                  {a.profileLinks.map((p) => (
                    <li key={p.href}>
                      {PROFILE_KIND_LABEL[p.kind] ?? p.kind}: <SafeLink href={p.href} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="author-dates">
        <h3 id="author-dates">Dates</h3>
        <dl className="facts">
          <div>
            <dt>Published</dt>
            <dd data-testid="published">
              <SourcedValue value={a.published?.value} source={a.published?.source} labels={DATE_SOURCE_LABEL} none="No date found" />
            </dd>
          </div>
          <div>
            <dt>Updated</dt>
            <dd>
              <SourcedValue value={a.modified?.value} source={a.modified?.source} labels={DATE_SOURCE_LABEL} none="No date found" />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="author-citations">
        <h3 id="author-citations">Sources cited</h3>
        <p className="small" data-testid="citations">
          {c.total === 0
            ? 'No links to other sites in the article.'
            : `${c.total} link${c.total === 1 ? '' : 's'} to ${c.hosts} other site${c.hosts === 1 ? '' : 's'}.`}
        </p>
        {kinds.length > 0 && (
          <ul className="kind-counts" aria-label="Links by kind of source">
            {kinds.map(([k, n]) => (
              <li key={k}>
                <span className="chip chip-neutral">{SOURCE_KIND_LABEL[k] ?? k}</span> {n}
              </li>
            ))}
          </ul>
        )}
        {c.links.length > 0 && (
          <ul className="plain links" aria-label="Links to other sites">
            {c.links.slice(0, MAX_LINKS).map((l) => (
              <li key={l.href}>
                <SafeLink href={l.href}>{l.host}</SafeLink> <span className="muted small">({SOURCE_KIND_LABEL[l.kind] ?? l.kind})</span>
              </li>
            ))}
            {c.links.length > MAX_LINKS && <li className="muted small">and {c.links.length - MAX_LINKS} more</li>}
          </ul>
        )}
      </section>
    </>
  );
}
