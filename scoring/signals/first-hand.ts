import { hasCue, sentenceCues } from '../measures/cues';
import { OWN_ACT } from '../measures/first-person';
import { sentenceTarget } from '../measures/specifics';
import { defineSectionSignal, type Finding } from '../signal';

/** The author was there: a past act of presence or testing, said of themselves. */
const ON_SITE = /\b(?:I|[Ww]e)(?:\s+(?:also|then|first|recently|finally|just|once|personally))?\s+(?:spent|visited|met|tested|drove|stayed|toured|interviewed|attended|went|travell?ed|ate|tried|walked|hiked|stood|watched|joined|flew|rode|climbed|photographed|timed|measured|stopped)\b/;

/**
 * A first-hand account with specifics: what the author or team did, built, saw or tested. Google's guidance on
 * helpful content asks whether content "clearly demonstrate[s] first-hand expertise and a depth of knowledge (for
 * example, expertise that comes from having actually used a product or service, or visiting a place)".
 */
export default defineSectionSignal({
  id: 'first-hand',
  title: 'First-hand account',
  failureTitle: 'No first-hand account',
  description:
    'A sentence in which the author or their team reports something they did, built, saw or tested, with at least one checkable specific (a name, a date, a number). Source: Google Search Central, "Creating helpful, reliable, people-first content" (first-hand expertise).',
  scope: 'section',
  evidence: 'first_hand',
  languages: ['en'],
  defaultOptions: {
    /** Accounts needed for full strength: one anecdote is a hint, two make a section an account. */
    fullAt: 2,
  },
  run({ section }, { options }) {
    const findings: Finding[] = [];
    // A recipe or a how-to (a third of its sentences quantities or instructions, or an instruction for a heading):
    // "I used creamy peanut butter" is a step of the recipe, not an account a writer would cite. Only the author
    // being there with a name and a place counts in one.
    // Counted over sentences of three words or more: a nutrition panel's "11", "g", "%" are not sentences.
    const prose = section.sentences.filter((s) => s.words >= 3);
    const steps = prose.filter((s) => hasCue(s.cues, 'unit') || hasCue(s.cues, 'imperative')).length;
    const howTo = (prose.length > 0 && steps / prose.length >= 1 / 3) || (section.heading !== null && hasCue(sentenceCues(section.heading, 'en'), 'imperative'));
    for (const s of section.sentences) {
      if (!s.firstPerson) continue;
      const kind = s.firstPerson;
      // Research sentences with a figure are original data (their own signal); without one they are accounts.
      if (kind === 'research' && s.figures.some((f) => f.kind !== 'year')) continue;
      // Research named only by a possessive ("according to our forecasts", "our own review also compared it") cites
      // the author's published work; nobody in the sentence did anything.
      if (kind === 'research' && !/\b(?:I|[Ww]e)\b/.test(s.text)) continue;
      const sp = s.specifics;
      if (sp.kinds === 0 && !/[“"][^”"]{2,40}[”"]/.test(s.text) && !OWN_ACT.test(s.text)) continue;
      // The strongest accounts: a past act of the author's ("I spent", "we visited") with a name and a when or
      // where ("at the Toyota plant in Georgetown", "in May 2023"). These alone lift a section (scoring/verdict withFloors).
      const specific = ON_SITE.test(s.text) && sp.wordNames > 0 && (hasCue(s.cues, 'place') || hasCue(s.cues, 'date'));
      if (howTo && !specific) continue;
      findings.push({
        messageId: specific ? 'first-person-on-site' : kind === 'research' ? 'first-person-research' : 'first-person-account',
        kind: 'first_hand',
        text: s.text,
        why: kind === 'research' ? 'the author describes their own research' : 'the author reports what they did or saw, with specifics',
        target: sentenceTarget(section.index, s),
      });
    }
    if (findings.length === 0) return { status: 'fail', findings };
    return { status: 'pass', score: Math.min(1, findings.length / options.fullAt), findings };
  },
});
