import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/original-data';
import { runSignal } from '../../helpers';

describe('original-data', () => {
  const cases: [string, string, 'pass' | 'fail', string | null][] = [
    ['smallest passing: first person + research verb + a measured figure', 'We surveyed 412 nurses: 38% had skipped a break.', 'pass', 'first-party-figure'],
    ['a bare claim of research, a sample size and no result, is not data', 'We surveyed 412 nurses about night shifts.', 'fail', null],
    ['a version number in a first-person account is not data', 'I finally found RPMs that would install on Red Hat 7.2.', 'fail', null],
    ['smallest failing: a figure with no first person', 'Nurses work 12 hours on a night shift.', 'fail', null],
    ['our survey + percent', 'Our 2025 survey found that 38% of respondents never read the terms.', 'pass', 'first-party-figure'],
    ['coordinated verb', 'In May we re-encoded 1,184 photos and measured a 62% drop in page weight.', 'pass', 'first-party-figure'],
    ['first person research without a figure is not data', 'We surveyed nurses about night shifts and learned a lot.', 'fail', null],
    ['advice in the first person is not research', 'We should measure 3 things before we decide.', 'fail', null],
    ['someone else measured it', 'Gartner surveyed 1,200 CIOs and found 45% plan to cut budgets.', 'fail', null],
    ['you, not we', 'You can measure 10 pages a day with this tool.', 'fail', null],
    ['our own forecast', 'Here, we forecast a 55% chance that the incubator leads to a new top charity by December 2023.', 'pass', 'first-party-figure'],
    ['our review, with its name in between', 'As we said in our RTX 3080 review, you get 30% better performance than the RTX 2080 Ti for $700.', 'pass', 'first-party-figure'],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
    if (messageId) expect(out.findings[0]!.target).toMatchObject({ section: 0, block: 0, start: 0 });
  });

  it('a numeric table in a section that reports its own research', () => {
    const out = runSignal(signal, {
      heading: 'Results',
      blocks: [
        'We benchmarked three CDNs from five regions.',
        { rows: [['CDN', 'p50 (ms)'], ['A', '41'], ['B', '58']], caption: 'Median latency', text: '' },
      ],
    });
    expect(out.status).toBe('pass');
    expect(out.findings.map((f) => f.messageId)).toContain('results-table');
    expect(out.findings.find((f) => f.messageId === 'results-table')!.target).toEqual({ section: 0, block: 1 });
  });

  it('a numeric table with no sign it is the author’s is not original data', () => {
    const out = runSignal(signal, { heading: 'Prices', blocks: [{ rows: [['Plan', 'Price'], ['Pro', '$12']], text: '' }] });
    expect(out.status).toBe('fail');
  });

  it('a figure about the method the page itself introduces is its own result; the same figure without the coinage is not', () => {
    const figure = 'App updates using File-by-File patching are, on average, 65% smaller than the full app.';
    const coined = runSignal(signal, { heading: 'Smaller updates', blocks: ['Today, we’re excited to share a new approach that goes further — File-by-File patching.', figure] });
    expect(coined.findings.map((f) => f.messageId)).toEqual(['own-method-figure']);
    expect(runSignal(signal, { heading: 'Smaller updates', blocks: ['There is a new approach that goes further.', figure] }).status).toBe('fail');
  });
});
