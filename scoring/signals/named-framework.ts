import { coinageIn, PART_HEADING, WELL_KNOWN } from '../measures/coined';
import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/**
 * A heading's method names: LABELING.md — a heading with "Strategy", "Blueprint" or "Method" in it is not a named
 * framework, so the generic nouns are left out here, and the body must define the name (see run).
 */
const TITLED_METHOD = String.raw`(?:Framework|Model|Matrix|Loop|Funnel|Flywheel|Pyramid|Canvas|Scorecard|Index|Rule|Principle|Test|Playbook|Formula|Protocol|Cycle|Ladder|Stack|Technique|Score|Quadrant|Spectrum|Curve|Effect|Paradox|Law|Gap|Theory)`;
const TITLED = new RegExp(String.raw`\b(?:The\s+|the\s+)?((?:[\p{Lu}\d][\p{L}\d'’\-]*\s+){1,4}${TITLED_METHOD})\b`, 'u');
/** The body defines the name: "The Lockstep Score is…", "…the Lockstep Score works like this", "we call it…". */
const definedIn = (name: string, text: string) => {
  const at = text.indexOf(name);
  return at >= 0 && /^[”"’']?\s+(?:is|are|means|works|measures|counts|combines|consists|has|gives|rates|ranks|asks)\b/.test(text.slice(at + name.length, at + name.length + 20));
};

/**
 * A coined, named concept or method the section introduces. Naming a method makes a page the source others cite
 * for it (the engine issue's "named framework"); the rule needs an introduction cue (we call, our, we developed)
 * or the name in the section's heading, so an existing product or a generic term does not count.
 */
export default defineSectionSignal({
  id: 'named-framework',
  title: 'Named framework',
  failureTitle: 'No named framework',
  description:
    'A coined name for a method or concept that the section introduces ("we call this the …", "our … framework", a "… Method" heading explained below it). Well-known concepts (Pareto principle, SWOT, Agile…) do not count. Source: the engine issue\'s definition of a named framework.',
  scope: 'section',
  evidence: 'named_framework',
  languages: ['en'],
  defaultOptions: {},
  run({ section }, { coined = [] }) {
    const findings: Finding[] = [];
    const push = (name: string, messageId: string, why: string, target: Finding['target'], text: string) => {
      const clean = name.trim().replace(/[”"’'.,;:]+$/, '');
      if (clean.length < 3 || WELL_KNOWN.test(clean)) return;
      if (findings.some((f) => f.text === text)) return;
      findings.push({ messageId, kind: 'named_framework', text, why: `${why}: “${clean}”`, target });
    };
    for (const s of section.sentences) {
      const found = coinageIn(s.text, s.reading);
      if (found?.how === 'coined') push(found.name, 'coined-name', 'the section coins a name', sentenceTarget(section.index, s), s.text);
      else if (found) push(found.name, 'introduced-method', 'the author introduces their own method', sentenceTarget(section.index, s), s.text);
    }
    const heading = section.heading?.trim() ?? '';
    if (coined.length > 0 && PART_HEADING.test(heading) && section.sentences.length >= 3) {
      push(coined[0]!, 'framework-part', 'the section defines a part of the page\'s own method', { section: section.index, block: null }, heading);
    }
    // A heading that names a method ("The Crawl-Budget Ladder") and a body that explains it (steps or a list).
    const titled = section.heading ? TITLED.exec(section.heading) : null;
    if (titled?.[1] && (section.steps > 0 || section.sentences.length >= 3) && section.sentences.some((x) => definedIn(titled[1]!.trim(), x.text))) {
      push(titled[1], 'titled-method', 'the heading names a method the section explains', { section: section.index, block: null }, section.heading!);
    }
    return findings.length > 0 ? { status: 'pass', score: 1, findings } : { status: 'fail', findings };
  },
});
