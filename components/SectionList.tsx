/**
 * The sections of the page in order, each with its verdict, the evidence found (quoted) and what to add. Every
 * piece of page-derived text is a React text node. Sections and evidence are buttons: Enter or Space (or a click)
 * scrolls the page to them and highlights them.
 */
import type { Evidence, SectionReport, Suggestion, Target } from '../scoring/report';
import { EVIDENCE_LABEL, SUGGESTION_LABEL, VERDICT_HELP, VERDICT_LABEL } from './labels';

export interface SectionActions {
  reveal(target: Target, quote: string | null): void;
  dismiss(id: string, dismissed: boolean): void;
  /** Copies text to the clipboard and says so (`what` names it: "Suggestion", "JSON-LD snippet"). */
  copy(text: string, what?: string): void;
}

export function SectionList({ sections, actions }: { sections: SectionReport[]; actions: SectionActions }) {
  if (sections.length === 0) return <p className="muted">No sections were found in the article.</p>;
  return (
    <ol className="sections" aria-label="Sections">
      {sections.map((s) => (
        <SectionItem key={s.index} section={s} actions={actions} />
      ))}
    </ol>
  );
}

function SectionItem({ section, actions }: { section: SectionReport; actions: SectionActions }) {
  const title = section.heading ?? 'Introduction';
  return (
    <li className={`section verdict-${section.verdict}`} data-testid="section" data-verdict={section.verdict}>
      <h3 className="section-title">
        <button
          type="button"
          className="section-head"
          onClick={() => actions.reveal({ section: section.index, block: null }, null)}
        >
          <span className="section-name">{title}</span>
          <span className="section-meta">
            <span className={`chip chip-${section.verdict}`} title={VERDICT_HELP[section.verdict]}>
              {VERDICT_LABEL[section.verdict]}
            </span>
            <span className="section-score">
              {section.score}
              <span className="visually-hidden"> of 100</span>
            </span>
            <span className="muted">{section.words} words</span>
            <span className="visually-hidden">. Show on page</span>
          </span>
        </button>
      </h3>
      {section.evidence.length > 0 && (
        <ul className="evidence" aria-label={`Evidence in ${title}`}>
          {section.evidence.map((e) => (
            <EvidenceItem key={e.id} evidence={e} actions={actions} />
          ))}
        </ul>
      )}
      {section.drivers.length > 0 && (
        // The fitted verdict splits by sentence: the sentences that moved it most, so the verdict says why.
        <details className="section-why" data-testid="section-why">
          <summary>Why {VERDICT_LABEL[section.verdict].toLowerCase()}</summary>
          <ul>
            {section.drivers.map((d, i) => (
              <li key={i}>
                <button type="button" className="finding-body" onClick={() => actions.reveal(d.target, d.text)}>
                  <q className="finding-quote">{d.text}</q>
                  <span className="finding-why">{d.weight > 0 ? 'reads as something to cite' : 'reads as general explanation'}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {section.suggestions.length > 0 && (
        // Collapsed: the page plan above says what to add first; a section's own suggestions are there when wanted.
        <details className="suggestions" data-testid="suggestions">
          <summary>
            What could be added here ({section.suggestions.length})
          </summary>
          {section.suggestions.map((s) => (
            <SuggestionCard key={s.id} suggestion={s} actions={actions} />
          ))}
        </details>
      )}
    </li>
  );
}

function EvidenceItem({ evidence, actions }: { evidence: Evidence; actions: SectionActions }) {
  const warn = evidence.kind === 'unsourced_stat';
  return (
    <li className={`finding${evidence.dismissed ? ' dismissed' : ''}${warn ? ' warn' : ''}`} data-testid="evidence">
      <button type="button" className="finding-body" onClick={() => actions.reveal(evidence.target, evidence.text)}>
        <span className="finding-kind">
          {EVIDENCE_LABEL[evidence.kind]}
          {evidence.dismissed ? ' (dismissed)' : ''}
        </span>
        <q className="finding-quote">{evidence.text}</q>
        <span className="finding-why">{evidence.why}</span>
      </button>
      <DismissToggle id={evidence.id} dismissed={evidence.dismissed} what={EVIDENCE_LABEL[evidence.kind]} actions={actions} />
    </li>
  );
}

function SuggestionCard({ suggestion, actions }: { suggestion: Suggestion; actions: SectionActions }) {
  const label = SUGGESTION_LABEL[suggestion.kind];
  return (
    <div className={`suggestion${suggestion.dismissed ? ' dismissed' : ''}`} data-testid="suggestion">
      <p className="suggestion-kind">
        {label}
        {suggestion.dismissed ? ' (dismissed)' : ''}
      </p>
      <p className="suggestion-message">{suggestion.message}</p>
      {suggestion.quote && (
        <p className="suggestion-quote">
          {suggestion.target ? (
            <button type="button" className="link" onClick={() => actions.reveal(suggestion.target!, suggestion.quote)}>
              <q>{suggestion.quote}</q>
            </button>
          ) : (
            <q>{suggestion.quote}</q>
          )}
        </p>
      )}
      <div className="row">
        <button type="button" className="small" onClick={() => actions.copy(suggestion.message)} aria-label={`Copy suggestion: ${label}`}>
          Copy
        </button>
        <DismissToggle id={suggestion.id} dismissed={suggestion.dismissed} what={`suggestion: ${label}`} actions={actions} />
      </div>
    </div>
  );
}

/** Dismiss or restore one finding; the label names what, so screen readers tell the buttons apart. */
function DismissToggle({ id, dismissed, what, actions }: { id: string; dismissed: boolean; what: string; actions: SectionActions }) {
  return (
    <button
      type="button"
      className="small"
      aria-pressed={dismissed}
      onClick={() => actions.dismiss(id, !dismissed)}
      aria-label={`${dismissed ? 'Restore' : 'Dismiss'} ${what}`}
    >
      {dismissed ? 'Restore' : 'Dismiss'}
    </button>
  );
}
