import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/sourced-statistic';
import { runSignal } from '../../helpers';

describe('sourced-statistic', () => {
  const cases: [string, string | { heading: string; blocks: { text: string; links: [string, string][] }[] }, 'pass' | 'fail', string | null][] = [
    ['smallest passing: according to a named source', 'According to Pew Research Center, 64% of adults use it.', 'pass', 'stat-named'],
    ['smallest failing: a figure with no source', 'About 64% of adults use it.', 'fail', null],
    ['a linked source', { heading: 'Data', blocks: [{ text: 'Roughly 64% of adults use it, per a national survey.', links: [['a national survey', 'https://www.pewresearch.org/x']] }] }, 'pass', 'stat-link'],
    ['a bibliographic citation', 'Mobile traffic rose to 58% of visits (Smith et al., 2021).', 'pass', 'stat-citation'],
    ['named source with a finding verb', 'Gartner estimates that spending will reach $4.2 billion next year.', 'pass', 'stat-named'],
    ['a vague appeal is not a source', 'Studies show that 64% of adults use it.', 'fail', null],
    ['a year is not a statistic', 'According to Pew Research Center, the survey ran in 2023.', 'fail', null],
    ['an internal navigation link is not a source', { heading: 'Data', blocks: [{ text: 'About 64% of adults use it. Read more.', links: [['Read more', 'https://blog.example.com/other']] }] }, 'fail', null],
  ];
  it.each(cases)('%s', (_name, spec, status, messageId) => {
    const out = runSignal(signal, spec);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
  });

  it('reads linked sources in any language', () => {
    const out = runSignal(
      signal,
      { heading: 'Daten', blocks: [{ text: 'Laut einer Umfrage nutzen 64 Prozent der Erwachsenen das Internet täglich, und die Zahl steigt seit Jahren weiter an, wie die Statistik zeigt.', links: [['einer Umfrage', 'https://www.destatis.de/x']] }] },
      { declaredLang: 'de' },
    );
    expect(out.status).toBe('pass');
    expect(out.findings[0]!.messageId).toBe('stat-link');
  });
});
