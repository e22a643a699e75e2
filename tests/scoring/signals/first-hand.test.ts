import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/first-hand';
import { runSignal } from '../../helpers';

describe('first-hand', () => {
  const cases: [string, string, 'pass' | 'fail', string | null][] = [
    ['smallest passing: I + past action + a specific', 'I tried the Porto ferry.', 'pass', 'first-person-account'],
    ['the author was there: a visit with a name and a place', 'I visited the Lello bookshop in Porto in May.', 'pass', 'first-person-on-site'],
    ['a recap of what everyone saw is not an account', "This year we saw Samsung almost fold the Fold and Apple improve the iPhone 11's camera.", 'fail', null],
    ['steering the text is not an account', 'Before we start, I’ve got to warn you about something that Apple did in 2019.', 'fail', null],
    ['citing the author’s published work is not an account of doing it', 'Steyer is in fourth place in both states, according to our forecasts — ahead of Buttigieg.', 'fail', null],
    ['smallest failing: no first person', 'Porto is lovely in May.', 'fail', null],
    ['team built, with a name', 'Last spring our team rebuilt the checkout in Svelte.', 'pass', 'first-person-account'],
    ['research without a figure is an account of research', 'We compared how editors at the Toronto Star plan their workflow.', 'pass', 'first-person-research'],
    ['no specifics: a vague anecdote', 'I tried it and it was great.', 'fail', null],
    ['an organisation announcing its own act', 'Today, we filed a settlement with the federal court that will end the program.', 'pass', 'first-person-account'],
    ['opinion, not an account', 'I think Porto is lovely.', 'fail', null],
    ['modal advice', 'We can visit Porto in May.', 'fail', null],
    ['an errand of the author’s, with a name', 'The day the update shipped, I rushed over to Best Buy to find the cheapest compatible TV.', 'pass', 'first-person-account'],
    ['choosing at the counter, with a name', 'We picked out a couple of each flavour at Dezuka Suisan and took the tray to the counter.', 'pass', 'first-person-account'],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
    if (messageId) expect(out.findings[0]!.target).toMatchObject({ section: 0, block: 0, start: 0 });
  });

  it('in a recipe or a how-to, a step in the first person is not an account, but being there still is', () => {
    const recipe = ['2 cups oats', '1 cup creamy peanut butter', 'I used creamy peanut butter from Trader Joe’s.'];
    expect(runSignal(signal, { heading: 'PB filling', blocks: recipe }).status).toBe('fail');
    expect(runSignal(signal, { heading: 'Make the flavoured oil', blocks: ['We used Gia Garlic puree from Tesco and mixed it into the oil.'] }).status).toBe('fail');
    const visit = runSignal(signal, { heading: 'Take breaks', blocks: ['Take a break every hour.', 'In March I spent two weeks at the Toyota plant in Georgetown and timed every break.'] });
    expect(visit.findings.map((f) => f.messageId)).toEqual(['first-person-on-site']);
  });

  it('a sentence of original data is not counted twice as an account', () => {
    const out = runSignal(signal, 'We surveyed 412 nurses in Ohio.');
    expect(out.status).toBe('fail');
  });
});
