import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/named-framework';
import { analyze } from '../../../scoring/analyze';
import { runSignal, snapshotOf } from '../../helpers';

describe('named-framework', () => {
  const cases: [string, string, 'pass' | 'fail', string | null][] = [
    ['smallest passing: a coined name', 'We call this the Quiet Funnel.', 'pass', 'coined-name'],
    ['smallest failing: a method named but not introduced', 'Use a funnel to sort leads.', 'fail', null],
    ['what I call', 'This is what I call “citation bait” and it works.', 'pass', 'coined-name'],
    ['our named framework', 'Our Three-Lens Framework sorts every idea by cost, reach and proof.', 'pass', 'introduced-method'],
    ['we developed the X Method', 'We developed the Tidewater Method after two seasons of trials.', 'pass', 'introduced-method'],
    ['a well-known concept is not the page’s own', 'We call this the Pareto Principle.', 'fail', null],
    ['a phone call names nothing', 'I called as soon as I got home.', 'fail', null],
    ['a call for something names nothing', 'We call for an end to the bullying, the minister said.', 'fail', null],
    ['an existing product', 'Install Google Analytics on every page.', 'fail', null],
    ['what I’ll call', 'The future of innovation at the company is what I’ll call rewind design.', 'pass', 'coined-name'],
    ['a new approach announced with its name', 'Today, we’re excited to share a new approach that goes further — File-by-File patching.', 'pass', 'coined-name'],
    ['a description is not a name', 'We called it “an incredible feat when it decides to work.”', 'fail', null],
    ['a backronym the page spells out', 'Backed by hundreds of members, T.R.U.S.T. stands for Transparent, Respectful, User-first, Secure and Tested ads.', 'pass', 'coined-name'],
    ['an organisation’s initials are no coinage', 'NASA stands for National Aeronautics and Space Administration.', 'fail', null],
    ['a backronym every writer knows', 'S.M.A.R.T. stands for Specific, Measurable, Achievable, Relevant and Time-bound.', 'fail', null],
    ['letters the words do not spell', 'The P.L.A.N. stands for a promise we made to our readers.', 'fail', null],
  ];
  it.each(cases)('%s', (_name, text, status, messageId) => {
    const out = runSignal(signal, text);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.messageId ?? null).toBe(messageId);
  });

  it('a heading that names a method the section defines and explains by steps', () => {
    const out = runSignal(signal, {
      heading: 'The Crawl Ladder',
      blocks: [
        'The Crawl Ladder is the order in which we audit a site, cheapest fixes first.',
        { kind: 'li', ordered: true, text: 'List every template on the site.' },
        { kind: 'li', ordered: true, text: 'Rank templates by traffic.' },
      ],
    });
    expect(out.status).toBe('pass');
    expect(out.findings[0]).toMatchObject({ messageId: 'titled-method', target: { section: 0, block: null } });
  });

  it('a heading with a generic method word is not a named framework (LABELING.md), nor a name the body never defines', () => {
    for (const heading of ['Our Content Strategy', 'The Onboarding Process', 'A Growth Blueprint', 'The Audit Method']) {
      const out = runSignal(signal, { heading, blocks: [{ kind: 'li', ordered: true, text: 'List every template on the site.' }, { kind: 'li', ordered: true, text: 'Rank templates by traffic.' }, 'Then fix the worst ones first.'] });
      expect(out.status, heading).toBe('fail');
    }
    const undefinedName = runSignal(signal, { heading: 'The Crawl Ladder', blocks: ['List every template on the site.', 'Rank templates by traffic.', 'Fix the worst ones first.'] });
    expect(undefinedName.status).toBe('fail');
  });

  it('a heading naming a well-known method does not count', () => {
    const out = runSignal(signal, { heading: 'The Scientific Method', blocks: ['Form a hypothesis.', 'Test it.', 'Repeat it.'] });
    expect(out.status).toBe('fail');
  });

  it('a section defining a stage of the method the page coins elsewhere is part of it; without the coinage it is a heading', () => {
    const stage = { heading: 'The Plan Stage: Think and dream productively', blocks: ['It is the early days of your business.', 'Think big, and work only on what is needed in this stage.', 'Pinpoint your ideal customer before you build your branding.'] };
    const naming = { heading: 'Where it comes from', blocks: ['I developed this approach to online business building after years of trial and error.', 'It’s called Plan & Grow BIG.'] };
    const kinds = (sections: (typeof stage)[]) => analyze(snapshotOf(sections)).sections.map((s) => s.evidence.filter((e) => e.kind === 'named_framework').map((e) => e.why));
    expect(kinds([naming, stage])).toEqual([[], ['the section defines a part of the page\'s own method: “Plan & Grow BIG”']]);
    expect(kinds([stage])).toEqual([[]]);
    // Without the author saying they made it, "It's called X" names something that exists.
    expect(kinds([{ ...naming, blocks: ['There is a popular method for this.', 'It’s called Plan & Grow BIG.'] }, stage])).toEqual([[], []]);
  });
});
