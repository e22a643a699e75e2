/**
 * What the toolbar button shows for a tab: the score on the badge, coloured by band, and a one-line summary as its
 * tooltip. Pure, so it is tested without a browser.
 */
import type { TabState } from '../../messaging/protocol';
import { scoreBand } from '../../scoring/weights';
import { FILE_FIX, FILE_FIX_FIREFOX } from './restricted';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** Bands (scoring/weights.ts SCORE_BANDS, derived from readers' page ratings). Colours keep white text ≥4.5:1. */
export const band = scoreBand;

const COLORS = { high: '#137333', mid: '#9a5b00', low: '#b3261e', none: '#5f6368' } as const;

export function badgeFor(state: TabState | null): BadgeView {
  if (!state) return { text: '', color: COLORS.none, title: 'Citable' };
  switch (state.status) {
    case 'report': {
      const r = state.report;
      // A page that is not an article (read on request for its markup and access) has no citability score to show.
      if (!r.readerable || r.sections.length === 0) return { text: '', color: COLORS.none, title: 'Citable: not an article; markup, authorship and machine access in the panel' };
      const total = r.sections.length;
      const parts = [`Citable: ${r.score}/100`];
      if (total > 0) parts.push(`${r.summary.synthesis} of ${total} section${total === 1 ? ' is' : 's are'} synthesis`);
      if (r.summary.topMissing) parts.push(`Add: ${r.summary.topMissing}`);
      // A language the engine does not fully judge gets a neutral badge: its score is not presented as a verdict.
      if (r.languageSupport !== 'full') {
        parts[0] = `Citable: ${r.score}/100, not fully judged (${r.lang ?? 'unknown language'})`;
        return { text: String(r.score), color: COLORS.none, title: truncate(parts.join(' · '), 250) };
      }
      return { text: String(r.score), color: COLORS[band(r.score)], title: truncate(parts.join(' · '), 250) };
    }
    case 'analyzing':
      return { text: '', color: COLORS.none, title: 'Citable: analyzing…' };
    case 'not-article':
      return { text: '', color: COLORS.none, title: 'Citable: not an article' };
    case 'unreadable':
      // The reason is the tooltip, so nobody has to open the panel to learn it; "!" when the user can fix it.
      return { text: state.reason === FILE_FIX || state.reason === FILE_FIX_FIREFOX ? '!' : '–', color: COLORS.none, title: truncate(`Citable cannot read this page. ${state.reason}`, 250) };
    case 'disabled':
      return { text: '', color: COLORS.none, title: state.reason === 'site-off' ? 'Citable: off for this site' : 'Citable: automatic scoring is off' };
    case 'error':
      return { text: '', color: COLORS.none, title: truncate(`Citable: could not analyze (${state.reason})`, 250) };
  }
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
