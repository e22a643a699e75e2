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

  describe('German', () => {
    const de = { declaredLang: 'de' };
    const filler = 'Die Stadt hat im vergangenen Jahr neue Radwege gebaut, und viele Menschen fahren nun jeden Tag mit dem Fahrrad zur Arbeit.';
    const run = (blocks: string[], heading = 'Radwege') => runSignal(signal, { heading, blocks: [...blocks, filler, filler] }, de);
    const cases: [string, string, string | null][] = [
      ['verb and name after the quotation', '„Wir haben mehr Radwege gebaut als jede andere Stadt im Land“, sagte Bürgermeisterin Anna Krüger.', 'Bürgermeisterin Anna Krüger'],
      ['name, apposition, verb and colon before it', 'Stefan Marx, Geschäftsführer der DGB-Region Ruhr-Mark, ergänzt: „Der DGB macht sich ernste Sorgen um die Zukunft der Region.“', 'Stefan Marx'],
      ['an organisation writes', '„Kein Abonnement erforderlich, keine Werbung und keine Kosten für alle“, schrieb die NASA.', 'NASA'],
      ['"so" and a surname', '„Die Dunkelziffer ist enorm, wir sprechen von Millionen“, so Schmidt-Chanasit.', 'Schmidt-Chanasit'],
      ['nobody named', '„Die Dunkelziffer ist enorm, wir sprechen von Millionen von Viren“, heißt es oft.', null],
      ['a term in quotes is no quotation', 'Anna Krüger sagte, der Plan sei „gut genug“ für den Moment.', null],
    ];
    it.each(cases)('%s', (_name, text, speaker) => {
      const out = run([text]);
      expect(out.findings[0]?.why ?? null).toBe(speaker === null ? null : `quoted: ${speaker}`);
    });

    it('a quotation that goes on after its attribution keeps its speaker', () => {
      const out = run(['„Wir starten mehr als Raketen“, schrieb die NASA. „Kein Abonnement erforderlich. Keine Werbung. Keine Kosten. Familienfreundlich!“']);
      expect(out.findings.map((f) => f.why)).toEqual(['quoted: NASA']);
    });

    it('an interview answer under the question, or a speaker answering twice, is a quotation; a lone label is not', () => {
      const answer = 'Atim: Ich musste tanzen, was ich noch nie zuvor auf der Leinwand tun musste.';
      expect(run([answer], 'Was mussten Sie für diesen Film neu lernen?').findings[0]?.why).toBe('quoted: Atim');
      expect(run([answer, 'Atim: Wir haben fünf Wochen vor dem Dreh mit dem Training begonnen.']).findings).toHaveLength(2);
      expect(run([answer]).findings).toHaveLength(0);
      expect(run(['Extra Tipp: Wenn Sie sich für andere Feste interessieren, können wir Ihnen auch andere Märkte empfehlen.'], 'Was gibt es noch?').findings).toHaveLength(0);
    });
  });
});
