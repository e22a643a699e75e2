/**
 * The side panel: the report of one tab. Which tab: `?tab=<id>` when given (tests, or a panel opened in a tab),
 * otherwise the active tab of this window, followed as the user switches tabs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Target } from '../../scoring/report';
import { reportToMarkdown } from '../../scoring/format/markdown';
import type { TabState } from '../../messaging/protocol';
import { askBackground, onBackgroundState } from '../../messaging/client';
import { ScoreSummary } from '../../components/ScoreSummary';
import { SectionList, type SectionActions } from '../../components/SectionList';
import { StatusView } from '../../components/StatusView';
import { ViewTabs, type ViewTab } from '../../components/ViewTabs';
import { MarkupView } from '../../components/MarkupView';
import { AuthorshipView } from '../../components/AuthorshipView';
import { AccessView } from '../../components/AccessView';

type ViewId = 'sections' | 'markup' | 'authorship' | 'access';

/** While the page is being read, ask again this often (a page that never reports becomes "cannot read"). */
const POLL_MS = 1500;

const TRIGGER_TEXT: Record<Extract<TabState, { status: 'report' }>['trigger'], string> = {
  load: 'Page',
  edit: 'After an edit, changed paragraphs',
  structure: 'After a change, page',
  navigation: 'After navigation, page',
  manual: 'Page',
  dismiss: 'Page',
  render: 'After the crawler check, page',
};

function tabFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const fixedTab = useRef(tabFromQuery());
  const [tabId, setTabId] = useState<number | null>(fixedTab.current);
  const [state, setState] = useState<TabState | null>(null);
  const [notice, setNotice] = useState('');
  const [view, setView] = useState<ViewId>('sections');

  // Which tab.
  useEffect(() => {
    if (fixedTab.current !== null) return;
    void activeTabId().then(setTabId);
    const onActivated = () => void activeTabId().then(setTabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  // Its state: ask once, then follow the background's broadcasts.
  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    setState(null);
    void askBackground({ type: 'panel/get-state', tabId }).then((r) => alive && r && setState(r.state));
    const off = onBackgroundState((msg) => {
      if (msg.tabId === tabId) setState(msg.state);
    });
    return () => {
      alive = false;
      off();
    };
  }, [tabId]);

  useEffect(() => {
    if (tabId === null || (state && state.status !== 'analyzing')) return;
    const timer = setInterval(() => {
      void askBackground({ type: 'panel/get-state', tabId }).then((r) => r && setState(r.state));
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [tabId, state]);

  const say = useCallback((text: string) => {
    setNotice(text);
    window.setTimeout(() => setNotice((n) => (n === text ? '' : n)), 4000);
  }, []);

  const actions: SectionActions = {
    reveal(target: Target, quote: string | null) {
      if (tabId === null) return;
      void askBackground({ type: 'panel/reveal', tabId, target, quote }).then((r) => {
        if (r && !r.ok) say(`Could not show it on the page: ${r.detail ?? 'no answer'}.`);
      });
    },
    dismiss(id: string, dismissed: boolean) {
      if (tabId === null) return;
      void askBackground({ type: 'panel/dismiss', tabId, id, dismissed }).then((r) => {
        if (r?.ok) {
          setState(r.state);
          say(dismissed ? 'Dismissed: not counted in the score.' : 'Restored.');
        }
      });
    },
    copy(text: string, what = 'Suggestion') {
      navigator.clipboard.writeText(text).then(
        () => say(`${what} copied.`),
        () => say('Could not copy: the clipboard is not available.'),
      );
    },
  };

  const checkRender = () => {
    if (tabId === null) return;
    void askBackground({ type: 'panel/check-render', tabId }).then((r) => {
      if (r) setState(r.state);
      if (!r?.ok) say(`Could not check what crawlers see: ${r?.detail ?? 'no answer'}.`);
    });
  };

  const rescan = () => {
    if (tabId !== null) void askBackground({ type: 'panel/rescan', tabId }).then((r) => r && setState(r.state));
  };

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>Citable</h1>
        {state?.status === 'report' && state.report.title && <p className="page-title">{state.report.title}</p>}
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {notice && (
        <p className="toast" aria-hidden="true">
          {notice}
        </p>
      )}
      {state === null ? (
        <StatusView state={{ status: 'analyzing', url: null }} onRescan={rescan} />
      ) : state.status === 'report' ? (
        <>
          <ScoreSummary report={state.report} />
          <ViewTabs<ViewId> label="Report views" selected={view} onSelect={setView} tabs={viewsFor(state, actions, checkRender)} />
          <section className="export" aria-labelledby="export-heading">
            <h2 id="export-heading">Export</h2>
            <div className="row">
              <button type="button" onClick={() => download(state, 'md')}>
                Markdown
              </button>
              <button type="button" onClick={() => download(state, 'json')}>
                JSON
              </button>
              <button type="button" onClick={rescan}>
                Analyze again
              </button>
            </div>
            <p className="muted small-print" data-testid="timing" data-trigger={state.trigger}>
              {TRIGGER_TEXT[state.trigger]} read in {Math.round(state.extractMs)} ms, judged in {Math.round(state.analyzeMs)} ms, in
              your browser.
            </p>
          </section>
        </>
      ) : (
        <StatusView state={state} onRescan={rescan} />
      )}
    </main>
  );
}

/** The section list (the main view), then the page-level views: markup, authorship, machine access. */
function viewsFor(state: Extract<TabState, { status: 'report' }>, actions: SectionActions, checkRender: () => void): ViewTab<ViewId>[] {
  const r = state.report;
  const problems = (n: number) => (n > 0 ? { text: String(n), label: `${n} to look at` } : undefined);
  return [
    {
      id: 'sections',
      label: 'Sections',
      render: () => (
        <>
          <h2 className="visually-hidden">Sections</h2>
          <SectionList sections={r.sections} actions={actions} />
        </>
      ),
    },
    {
      id: 'markup',
      label: 'Markup',
      badge: problems(r.schema.issues.filter((i) => i.severity !== 'info').length),
      render: () => <MarkupView schema={r.schema} onCopy={(text, what) => actions.copy(text, what)} />,
    },
    { id: 'authorship', label: 'Authorship', render: () => <AuthorshipView authorship={r.authorship} /> },
    {
      id: 'access',
      label: 'Machine access',
      badge: problems(r.access.findings.filter((f) => f.severity !== 'info').length),
      render: () => <AccessView access={r.access} fetched={state.fetched} onCheckRender={checkRender} />,
    },
  ];
}

function download(state: Extract<TabState, { status: 'report' }>, kind: 'md' | 'json'): void {
  const body = kind === 'md' ? reportToMarkdown(state.report) : JSON.stringify(state.report, null, 2);
  const blob = new Blob([body], { type: kind === 'md' ? 'text/markdown' : 'application/json' });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = `citable-${fileStem(state.url)}.${kind}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

function fileStem(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80) || 'page';
  } catch {
    return 'page';
  }
}
