/**
 * The side panel: the report of one tab. Which tab: `?tab=<id>` when given (tests, or a panel opened in a tab),
 * otherwise the active tab of this window, followed as the user switches tabs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Report, Target } from '../../scoring/report';
import { reportToMarkdown } from '../../scoring/format/markdown';
import type { ReportsReply, TabState } from '../../messaging/protocol';
import { askBackground, listReports, onBackgroundState } from '../../messaging/client';
import { CompareView } from '../../components/CompareView';
import { PlanView } from '../../components/PlanView';
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
  /** "Compare with…": the other tabs with a report, once asked; and the one compared with. */
  const [choices, setChoices] = useState<ReportsReply['tabs'] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [compare, setCompare] = useState<Report | null>(null);
  /** On a page that is not an article, the user asked to see its sections judged anyway. */
  const [judgeAnyway, setJudgeAnyway] = useState(false);
  /** Pages already read on request for their page-level checks (once per tab and URL). */
  const pageLevelAsked = useRef(new Set<string>());

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
    setCompare(null);
    setChoices(null);
    setJudgeAnyway(false);
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

  // A page that is not an article still has markup, authorship and machine access to check (a product or category
  // page): the panel asks for one read of it, on request only, so the badge and the automatic check stay as they are.
  useEffect(() => {
    if (tabId === null || state?.status !== 'not-article' || /not a web page/.test(state.reason)) return;
    const key = `${tabId}|${state.url}`;
    if (pageLevelAsked.current.has(key)) return;
    pageLevelAsked.current.add(key);
    void askBackground({ type: 'panel/rescan', tabId });
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

  const openCompare = () => {
    if (tabId === null) return;
    void listReports(tabId).then((tabs) => {
      const usable = tabs.filter((t) => t.tabId !== tabId);
      if (usable.length === 0) say('Open the other page in a tab first: Citable compares pages it has read.');
      setChoices(usable);
      setChosen(usable[0]?.tabId ?? null);
    });
  };

  const runCompare = () => {
    if (chosen === null) return;
    void askBackground({ type: 'panel/get-state', tabId: chosen }).then((r) => {
      if (r?.state.status === 'report') {
        setCompare(r.state.report);
        setChoices(null);
      } else say('That page has no report yet.');
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
      ) : state.status === 'report' && compare ? (
        <CompareView a={state.report} b={compare} onClose={() => setCompare(null)} />
      ) : state.status === 'report' ? (
        <>
          {pageLevelOnly(state.report, judgeAnyway) ? (
            <div className="not-article" data-testid="status-not-article">
              <p className="status-title">Not an article</p>
              <p>There is no article here to judge for citability. What an SEO checks on any page is below: its structured data, who it names as author, and whether AI crawlers may read it.</p>
              {/* Why there is no article (an empty page, one nested too deeply to read…): the report's own notes, as text. */}
              {state.report.notes.length > 0 && (
                <ul className="notes">
                  {state.report.notes.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              )}
              {state.report.sections.length > 0 && (
                <button type="button" onClick={() => setJudgeAnyway(true)}>
                  Judge its text anyway
                </button>
              )}
            </div>
          ) : (
            <>
              <PlanView report={state.report} actions={actions} />
              <ScoreSummary report={state.report} />
            </>
          )}
          <ViewTabs<ViewId>
            label="Report views"
            selected={pageLevelOnly(state.report, judgeAnyway) && view === 'sections' ? 'markup' : view}
            onSelect={setView}
            tabs={viewsFor(state, actions, checkRender, pageLevelOnly(state.report, judgeAnyway))}
          />
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
              <button type="button" onClick={openCompare} aria-expanded={choices !== null}>
                Compare with…
              </button>
            </div>
            {choices !== null && choices.length > 0 && (
              <div className="compare-row">
                <label htmlFor="compare-with" className="visually-hidden">
                  Page to compare with
                </label>
                <select id="compare-with" value={chosen ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
                  {choices.map((t) => (
                    <option key={t.tabId} value={t.tabId}>
                      {`${t.score} · ${t.title ?? t.url}`}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={runCompare}>
                  Compare
                </button>
              </div>
            )}
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
/** A page that is not an article shows its page-level views only (unless the user asks to judge its text). */
function pageLevelOnly(r: Report, judgeAnyway: boolean): boolean {
  return r.sections.length === 0 || (!r.readerable && !judgeAnyway);
}

function viewsFor(state: Extract<TabState, { status: 'report' }>, actions: SectionActions, checkRender: () => void, pageLevel: boolean): ViewTab<ViewId>[] {
  const r = state.report;
  const problems = (n: number) => (n > 0 ? { text: String(n), label: `${n} to look at` } : undefined);
  const views: ViewTab<ViewId>[] = [
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
  // No article, no sections to list: the page-level views are the report.
  return pageLevel ? views.filter((v) => v.id !== 'sections') : views;
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
