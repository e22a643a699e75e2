/** The panel's non-report states: analyzing, not an article, unreadable, off, error. */
import type { TabState } from '../messaging/protocol';

export function StatusView({ state, onRescan }: { state: Exclude<TabState, { status: 'report' }>; onRescan(): void }) {
  switch (state.status) {
    case 'analyzing':
      return (
        <div className="status" role="status" data-testid="status-analyzing">
          <p className="status-title">Analyzing this page…</p>
        </div>
      );
    case 'not-article':
      return (
        <div className="status" data-testid="status-not-article">
          <p className="status-title">Not an article</p>
          <p>{state.reason}</p>
          <button type="button" onClick={onRescan}>
            Analyze anyway
          </button>
        </div>
      );
    case 'unreadable':
      return (
        <div className="status" data-testid="status-unreadable">
          <p className="status-title">Citable cannot read this page</p>
          <p>{state.reason}</p>
        </div>
      );
    case 'disabled':
      return (
        <div className="status" data-testid="status-disabled">
          <p className="status-title">{state.reason === 'site-off' ? 'Citable is off for this site' : 'Automatic scoring is off'}</p>
          <p>You can still analyze this page on request. Change this in the options.</p>
          <button type="button" onClick={onRescan}>
            Analyze this page
          </button>
        </div>
      );
    case 'error':
      return (
        <div className="status" role="alert" data-testid="status-error">
          <p className="status-title">The analysis failed</p>
          <p>{state.reason}</p>
          <button type="button" onClick={onRescan}>
            Try again
          </button>
        </div>
      );
  }
}
