/**
 * The page plan, at the top of the panel: the one to three places where adding one citable layer would change the
 * page most, each with its claim sentence (a button that shows it on the page), what to add as a sentence to paste,
 * and the projected effect the engine measured ("This section becomes primary; page 34 → 61"). Dismissing an item
 * brings the next best in its place. All page-derived text is a React text node.
 */
import type { PlanItem, Report } from '../scoring/report';
import { SUGGESTION_LABEL } from './labels';
import type { SectionActions } from './SectionList';

export function PlanView({ report, actions }: { report: Report; actions: SectionActions }) {
  const plan = (report.plan ?? []).filter((p) => !p.dismissed);
  if (plan.length === 0) return null;
  return (
    <section className="plan" aria-labelledby="plan-heading" data-testid="plan">
      <h2 id="plan-heading">{plan.length === 1 ? 'The one thing to add' : `Where to add one citable layer (${plan.length})`}</h2>
      <ol className="plan-items">
        {plan.map((item) => (
          <PlanEntry key={item.id} item={item} actions={actions} />
        ))}
      </ol>
    </section>
  );
}

function PlanEntry({ item, actions }: { item: PlanItem; actions: SectionActions }) {
  const label = SUGGESTION_LABEL[item.kind];
  const where = item.heading ?? 'Introduction';
  return (
    <li className="plan-item" data-testid="plan-item" data-kind={item.kind} data-id={item.id}>
      <p className="plan-where">
        <span className="suggestion-kind">{label}</span> in{' '}
        <button type="button" className="link" onClick={() => actions.reveal({ section: item.section, block: null }, null)}>
          {where}
        </button>
      </p>
      <p className="plan-effect" data-testid="plan-effect">
        {item.effect}
      </p>
      <p className="suggestion-quote">
        <button type="button" className="link" onClick={() => actions.reveal(item.target, item.sentence)}>
          <q>{quoted(item.sentence)}</q>
        </button>
      </p>
      <p className="suggestion-message">{item.message}</p>
      <div className="row">
        <button type="button" className="small" onClick={() => actions.copy(item.message, 'Suggestion')} aria-label={`Copy: ${label} in ${where}`}>
          Copy
        </button>
        <button type="button" className="small" onClick={() => actions.dismiss(item.id, true)} aria-label={`Dismiss: ${label} in ${where}`}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

/** The sentence inside the panel's quotation marks: its own double quotes become single ones, so none is doubled. */
export function quoted(sentence: string): string {
  return sentence.replace(/[“”]/g, (c) => (c === '“' ? '‘' : '’'));
}
