import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/expert-quote';
import { runSignal } from '../../helpers';

describe('expert-quote', () => {
  const cases: [string, string, 'pass' | 'fail', string | null][] = [
    ['smallest passing: quote + speech verb + name', '“Most teams never measure the second visit,” said Ana Ruiz.', 'pass', 'attributed-quotation'],
    ['smallest failing: a quote with nobody named', '“Most teams never measure the second visit,” they say.', 'fail', null],
    ['name first', 'Ana Ruiz, head of growth at Lumen, told us: "We stopped buying links in 2023 and traffic held steady."', 'pass', 'attributed-quotation'],
    ['organisation speaking', '"The recall covers every unit sold since January," a spokesperson for Acme Robotics said.', 'pass', 'attributed-quotation'],
    ['scare quotes are not a quotation', 'Ana Ruiz said the plan was “good enough” for now.', 'fail', null],
    ['pronoun after a named person earlier', 'Ana Ruiz runs growth at Lumen. “We stopped buying links entirely in 2023,” she said.', 'pass', 'attributed-quotation'],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
    if (messageId) expect(out.findings[0]!.target).toMatchObject({ section: 0, block: 0 });
  });

  it('a title and a surname name the speaker, across the abbreviation point', () => {
    const out = runSignal(signal, '“There is no reason to believe the people in charge have changed,” said Mr. Reeves, a senior fellow at Harvard University.');
    expect(out.status).toBe('pass');
    expect(out.findings[0]!.why).toBe('quoted: Mr. Reeves');
    // The target is the quoted words, inside the quotation marks.
    expect(out.findings[0]!.target).toMatchObject({ start: 1, end: 1 + 'There is no reason to believe the people in charge have changed,'.length });
  });

  it('a blockquote with an attribution line', () => {
    const out = runSignal(signal, { heading: 'Voices', blocks: [{ kind: 'blockquote', text: 'Nobody reads the second page of results anymore, not even us. — Priya Nair, Moz' }] });
    expect(out.status).toBe('pass');
    expect(out.findings[0]!.why).toContain('Priya Nair');
  });
});
