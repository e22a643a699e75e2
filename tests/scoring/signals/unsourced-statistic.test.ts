import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/unsourced-statistic';
import { runSignal } from '../../helpers';

describe('unsourced-statistic', () => {
  const cases: [string, string, 'pass' | 'warn', string | null][] = [
    ['smallest passing: no figures at all', 'Write clearly.', 'pass', null],
    ['smallest failing: a bare percentage', 'About 64% of adults use it.', 'warn', 'no-source'],
    ['a vague appeal', 'Studies show 70% of buyers read reviews first.', 'warn', 'vague-source'],
    ['money without a source', 'The market is worth $4.2 billion.', 'warn', 'no-source'],
    ['a named source clears it', 'According to Statista, the market is worth $4.2 billion.', 'pass', null],
    ['the author’s own research clears it', 'We surveyed 300 buyers; 70% read reviews first.', 'pass', null],
    ['small counts in advice are not statistics', 'Follow these 3 steps every morning.', 'pass', null],
    ['a reported count is a fact, not a statistic', 'The bombing killed more than 200 people in Nairobi.', 'pass', null],
    ['a rate is a statistic', 'The average worker is interrupted every 11 minutes.', 'warn', 'no-source'],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
    if (messageId) expect(out.findings[0]!.target).toMatchObject({ section: 0, block: 0, start: 0 });
  });
});
