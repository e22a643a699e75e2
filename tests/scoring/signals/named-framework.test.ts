import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/named-framework';
import { runSignal } from '../../helpers';

describe('named-framework', () => {
  const cases: [string, string, 'pass' | 'fail', string | null][] = [
    ['smallest passing: a coined name', 'We call this the Quiet Funnel.', 'pass', 'coined-name'],
    ['smallest failing: a method named but not introduced', 'Use a funnel to sort leads.', 'fail', null],
    ['what I call', 'This is what I call “citation bait” and it works.', 'pass', 'coined-name'],
    ['our named framework', 'Our Three-Lens Framework sorts every idea by cost, reach and proof.', 'pass', 'introduced-method'],
    ['we developed the X Method', 'We developed the Tidewater Method after two seasons of trials.', 'pass', 'introduced-method'],
    ['a well-known concept is not the page’s own', 'We call this the Pareto Principle.', 'fail', null],
    ['an existing product', 'Install Google Analytics on every page.', 'fail', null],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
  });

  it('a heading that names a method explained by steps', () => {
    const out = runSignal(signal, {
      heading: 'The Crawl Ladder Method',
      blocks: [
        { kind: 'li', ordered: true, text: 'List every template on the site.' },
        { kind: 'li', ordered: true, text: 'Rank templates by traffic.' },
      ],
    });
    expect(out.status).toBe('pass');
    expect(out.findings[0]).toMatchObject({ messageId: 'titled-method', target: { section: 0, block: null } });
  });

  it('a heading naming a well-known method does not count', () => {
    const out = runSignal(signal, { heading: 'The Scientific Method', blocks: ['Form a hypothesis.', 'Test it.', 'Repeat it.'] });
    expect(out.status).toBe('fail');
  });
});
