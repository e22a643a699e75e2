/**
 * What the toolbar button shows for a tab: the score on the badge, coloured by band, and a one-line summary as its
 * tooltip. Pure, so it is tested without a browser.
 */
import type { TabState } from '../../messaging/protocol';
import { FILE_FIX, FILE_FIX_FIREFOX } from './restricted';

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** Bands: ≥70 cites well, 40–69 some reasons to cite, <40 mostly synthesis. Colours keep white text ≥4.5:1. */
export function band(score: number): 'high' | 'mid' | 'low' {
  return score >= 70 ? 'high' : score >= 40 ? 'mid' : 'low';
}

const COLORS = { high: '#137333', mid: '#9a5b00', low: '#b3261e', none: '#5f6368' } as const;

export function badgeFor(state: TabState | null): BadgeView {
  if (!state) return { text: '', color: COLORS.none, title: 'Citable' };
  switch (state.status) {
    case 'report': {
      const r = state.report;
      const total = r.sections.length;
      const parts = [`Citable: ${r.score}/100`];
      if (total > 0) parts.push(`${r.summary.synthesis} of ${total} section${total === 1 ? ' is' : 's are'} synthesis`);
      if (r.summary.topMissing) parts.push(`Add: ${r.summary.topMissing}`);
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
