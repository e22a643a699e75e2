import { describe, expect, it } from 'vitest';
import signal from '../../scoring/signals/expert-quote';
import { isStoryDialogue } from '../../scoring/measures/story';
import { sectionFeatures, FEATURE_NAMES, hasSpecifics } from '../../scoring/measures/features';
import { measured, runSignal } from '../helpers';

// An invented scene: two characters talk and ask each other things; nothing in it is dated, placed or counted.
const exchange = (i: number) => [
  `“Are you coming down to the harbour with the others tonight?” Mara asked Tobin as they climbed the hill.`,
  `“I would rather stay by the fire and mend the nets,” Tobin said, and he did not look up.`,
  `She laughed at that. The wind pulled at her coat and the gulls went over them without a sound.`,
  `“You always say that, and then you come anyway,” she said. He shrugged and kept walking beside her.`,
  `The path was steep and the stones were wet from the rain that had come and gone all day long.`,
  `They stopped at the top and looked back at the roofs below. ${i % 2 ? 'Nobody else was out.' : 'The lamps were coming on.'}`,
];
const story = Array.from({ length: 8 }, (_, i) => exchange(i).join(' '));

// The same kind of quotations, as reporting gives them: who the speakers are, where and when they spoke.
const reported = Array.from({ length: 8 }, (_, i) =>
  [
    `“We expect the new quay to open before the winter storms arrive,” said Mara Lindqvist, the harbour master of Bergen, on ${i + 2} March 2024.`,
    `The city council approved 14 million kroner for the work in January, according to the council's budget report.`,
    `“I would rather the fishing fleet had been asked first,” Tobin Aas, who chairs the local fishermen's association, told reporters in Bergen.`,
    `The quay was last rebuilt in 1998. Work is due to start in April and take about 18 months.`,
    `Is the money enough? Officials at the Norwegian Coastal Administration said the estimate would be reviewed in June.`,
    `The association has 212 members, and its board met on Tuesday to discuss the plan.`,
  ].join(' '),
);

describe('a story told in dialogue (measures/story.ts)', () => {
  it('a long invented scene of quoted exchanges is a story: its quotations are no evidence, and nothing in it is specific', () => {
    const { section } = measured({ heading: 'Chapter 12', blocks: story });
    expect(section.quotations.filter((q) => q.speaker).length).toBeGreaterThanOrEqual(8);
    expect(isStoryDialogue(section)).toBe(true);
    expect(section.story).toBe(true);
    const out = runSignal(signal, { heading: 'Chapter 12', blocks: story });
    expect(out.status).toBe('fail');
    expect(out.findings).toEqual([]);
    expect(out.reason).toMatch(/dialogue/);
    const base = sectionFeatures(section, 'en');
    expect(base.values[FEATURE_NAMES.indexOf('shape:speakerQuotes')]).toBe(0);
    expect(base.values[FEATURE_NAMES.indexOf('rate:attributedQuote')]).toBe(0);
    expect(hasSpecifics(base)).toBe(false);
  });

  it('reported quotations, with who, where and when, are not a story', () => {
    const { section } = measured({ heading: 'The new quay', blocks: reported });
    expect(section.story).toBe(false);
    const out = runSignal(signal, { heading: 'The new quay', blocks: reported });
    expect(out.status).toBe('pass');
    expect(out.findings.map((f) => f.why)).toContain('quoted: Mara Lindqvist');
  });

  it('a short scene with a few quoted lines is too little to call a story', () => {
    const { section } = measured({ heading: 'Chapter 12', blocks: story.slice(0, 2) });
    expect(section.story).toBe(false);
    expect(runSignal(signal, { heading: 'Chapter 12', blocks: story.slice(0, 2) }).status).toBe('pass');
  });

  it('the words opening a quoted question name no speaker: “…,” said I, “… Would I not be justified…?”', () => {
    const out = runSignal(signal, '“Sit down, Turkey,” said I, “and tell me what you think of it. Would I not be justified in sending him away at once?”');
    expect(out.findings.map((f) => f.why)).toEqual([]);
  });
});
