import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/** Nouns that make a name a method or concept ("the Skyscraper Technique", "the 3C Framework"). */
const METHOD = String.raw`(?:Framework|Method|Methodology|Model|Matrix|Loop|Funnel|Flywheel|Pyramid|Canvas|Scorecard|Index|Rule|Principle|Test|Playbook|Formula|Protocol|Cycle|Ladder|Stack|Blueprint|Technique|Approach|Strategy|System|Process|Score|Quadrant|Map|Checklist|Spectrum|Curve|Effect|Paradox|Law|Gap|Theory)`;
const NAME = String.raw`(?:[\p{Lu}\d][\p{L}\d'’\-]*|[\p{Lu}]{2,8})(?:\s+(?:[\p{Lu}\d][\p{L}\d'’\-]*|of|the|and|&)){0,4}`;
/**
 * "we call this the X", "what I call X", "we coined the term X", "we named it X". The object (this, it…) is required
 * for "call": "I called as soon as I got home" and "we call for an end to…" name nothing.
 */
const COINED = new RegExp(
  String.raw`\b(?:[Ww]e|I)\s+(?:call|called|named|dubbed|term|termed|refer to)\s+(?:this|it|them|these|that)\s+(?:the\s+|an?\s+)?(?:term\s+)?[“"‘']?(${NAME}|[\p{Ll}][\p{L}\-]+(?:\s+[\p{Ll}][\p{L}\-]+){0,3})[”"’']?` +
    String.raw`|\b(?:[Ww]e|I)\s+(?:coined|dubbed)\s+(?:the\s+)?(?:term\s+|phrase\s+)?[“"‘']?(${NAME}|[“"‘'][^”"’']{3,60}[”"’'])` +
    String.raw`|\b[Ww]hat\s+(?:we|I)\s+call\s+(?:the\s+|an?\s+)?[“"‘']?([^”"’'.,;:]{3,60})[”"’']?`,
  'u',
);
const INTRODUCED = new RegExp(String.raw`\b(?:[Oo]ur|[Mm]y|[Ww]e\s+(?:developed|created|built|designed|use|devised|came up with)|I\s+(?:developed|created|built|designed|use|devised|came up with)|[Ii]ntroducing|[Ii]ntroduce|[Mm]eet)\s+(?:own\s+|a\s+|the\s+|this\s+)?(?:(?:simple|new|proprietary|four-step|three-step|\d+-step)\s+)?(?:framework|method|model|process|system|formula|approach|playbook|technique)?\s*(?:,?\s*(?:called|named|dubbed)\s+)?(?:the\s+)?[“"‘']?(${NAME}\s+${METHOD})\b`, 'u');
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

/** Established concepts a page may mention but cannot be cited as the source of. */
const WELL_KNOWN = /\b(?:Pareto|Eisenhower|Agile|Scrum|Kanban|SWOT|PEST|PESTLE|OKR|SMART|AIDA|Lean|Six Sigma|Turing|Occam|Moore|Parkinson|Peter|Dunning|Kruger|Pomodoro|Feynman|Socratic|Scientific|Waterfall|Porter|Ansoff|BCG|Maslow|Bloom|Keynesian|Hawthorne|Streisand|Matthew|Lindy|Conway|Murphy|Hofstadter|Goodhart|Campbell|Metcalfe|Gartner Hype|Magic Quadrant|Net Promoter|Golden Circle|Jobs to Be Done|Design Thinking|Double Diamond|Pythagorean|Bayes|Bayesian|Monte Carlo|Markov|Gaussian|Newton|Ohm|Boyle|Hooke|Kepler|Fibonacci|Big Bang|Big Five|Myers|Turing Test|Page ?Rank|E-?E-?A-?T|Core Web Vitals)\b/i;

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
  run({ section }) {
    const findings: Finding[] = [];
    const push = (name: string, messageId: string, why: string, target: Finding['target'], text: string) => {
      const clean = name.trim().replace(/[”"’'.,;:]+$/, '');
      if (clean.length < 3 || WELL_KNOWN.test(clean)) return;
      if (findings.some((f) => f.text === text)) return;
      findings.push({ messageId, kind: 'named_framework', text, why: `${why}: “${clean}”`, target });
    };
    for (const s of section.sentences) {
      const coined = COINED.exec(s.text);
      if (coined) {
        push(coined[1] ?? coined[2] ?? coined[3] ?? '', 'coined-name', 'the section coins a name', sentenceTarget(section.index, s), s.text);
        continue;
      }
      const introduced = INTRODUCED.exec(s.text);
      if (introduced?.[1]) push(introduced[1], 'introduced-method', 'the author introduces their own method', sentenceTarget(section.index, s), s.text);
    }
    // A heading that names a method ("The Crawl-Budget Ladder") and a body that explains it (steps or a list).
    const titled = section.heading ? TITLED.exec(section.heading) : null;
    if (titled?.[1] && (section.steps > 0 || section.sentences.length >= 3) && section.sentences.some((x) => definedIn(titled[1]!.trim(), x.text))) {
      push(titled[1], 'titled-method', 'the heading names a method the section explains', { section: section.index, block: null }, section.heading!);
    }
    return findings.length > 0 ? { status: 'pass', score: 1, findings } : { status: 'fail', findings };
  },
});
