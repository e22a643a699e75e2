import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/unsourced-statistic';
import { runSignal } from '../../helpers';

describe('unsourced-statistic', () => {
  const cases: [string, string, 'pass' | 'warn', string | null][] = [
    ['smallest passing: no figures at all', 'Write clearly.', 'pass', null],
    ['smallest failing: a bare percentage', 'About 64% of adults use it every week.', 'warn', 'no-source'],
    ['a vague appeal', 'Studies show 70% of buyers read reviews first.', 'warn', 'vague-source'],
    ['a market-sized sum without a source', 'The market is worth $4.2 billion.', 'warn', 'no-source'],
    ['a named source clears it', 'According to Statista, the market is worth $4.2 billion.', 'pass', null],
    ['the author’s own research clears it', 'We surveyed 300 buyers; 70% read reviews first.', 'pass', null],
    ['small counts in advice are not statistics', 'Follow these 3 steps every morning.', 'pass', null],
    ['a reported count is a fact, not a statistic', 'The bombing killed more than 200 people in Nairobi.', 'pass', null],
    ['a rate is a statistic', 'The average worker is interrupted every 11 minutes.', 'warn', 'no-source'],
    // The false flags: attributed in the sentence, or not a statistic at all.
    ['a figure officials gave', 'About 1,300 homes, or 40% of the town, were evacuated, agency officials said.', 'pass', null],
    ['a figure someone told a reporter', 'The district lost 12% of its teachers last year, the union told reporters.', 'pass', null],
    ['a setting in an example', 'In this example we set the bucket size to 5% of the table.', 'pass', null],
    ['a bucket size in a configuration sentence', 'The sampling bucket is 5% of all requests in this configuration.', 'pass', null],
    ['a price in a listing', 'The RTX 3070 starts at $499 and the premium models sell for $569.', 'pass', null],
    ['a paywall price', 'Unlimited access to the archive costs $7/month after the free trial.', 'pass', null],
    ['a discount', 'Today’s offer is good for a 25% discount on the usual price.', 'pass', null],
    ['an instruction in a recipe', 'After that, fry the okra over medium heat till 80% done from all sides.', 'pass', null],
    ['dates, versions and sizes', 'Version 2.3 shipped on 12 March 2019 with a 64GB drive and a 6.1-inch screen.', 'pass', null],
    ['a footnoted figure', 'In the 2013 census, 74.0% of residents identified ethnically as European.[212]', 'pass', null],
    ['a spec line too short to claim anything', 'Over 30% larger display', 'pass', null],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
    if (messageId) expect(out.findings[0]!.target).toMatchObject({ section: 0, block: 0, start: 0 });
  });

  it('a linked source clears the figure', () => {
    const text = 'About 64% of adults use it every week, a Pew survey found.';
    expect(runSignal(signal, { heading: 'Use', blocks: [{ text, links: [['Pew survey', 'https://www.pewresearch.org/x']] }] }).status).toBe('pass');
    expect(runSignal(signal, { heading: 'Use', blocks: ['About 64% of adults use it every week.'] }).status).toBe('warn');
  });

  it('a section that relays its sources does not flag the figures it relays', () => {
    const relayed = {
      heading: 'The outbreak',
      blocks: [
        'Health officials said the outbreak began in May.',
        'Dr. Ana Ruiz told reporters that the ward was full.',
        'Cases rose by 50 percent in the week to 4 October.',
      ],
    };
    expect(runSignal(signal, relayed).status).toBe('pass');
    // The same figure in a section of the writer's own assertions is flagged.
    const asserted = { heading: 'The outbreak', blocks: ['The outbreak began in May.', 'The ward was full within days.', 'Cases rose by 50 percent in the week to 4 October.'] };
    expect(runSignal(signal, asserted).status).toBe('warn');
  });

  it('figures read off a flattened table are data, not claims', () => {
    const run = 'Most active developers Herbert 63 16.6% Jurgen 56 14.7% Armin 56 14.7% Oliver 46 12.1% Tsutomu 33 8.7%';
    expect(runSignal(signal, { heading: 'Statistics', blocks: [run, 'So one company wrote about 60% of the changes.'] }).status).toBe('pass');
  });
});
