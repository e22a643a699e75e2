/**
 * What to add, and where, for a section that gives nobody a reason to cite it. Every message is a
 * fill-in-the-blanks sentence built from the section's own topic, never generic advice.
 */
import type { SectionMeasures, Sentence } from './measures/types';
import type { Suggestion, Target } from './report';

const STOP = new Set(
  'a an the and or of to in on for with your you how what why when which who is are do does can should will this that these those its it our my we why best top ultimate guide complete introduction conclusion overview summary step steps tips ways things about from into vs versus'.split(' '),
);
const CLAIMY = /\b(?:most|many|always|never|every|all|best|worst|important|essential|crucial|significant(?:ly)?|increase[sd]?|improve[sd]?|boost(?:s|ed)?|better|more|less|faster|proven|key|leading|popular|effective|common(?:ly)?|majority|growing|rising)\b/gi;
const IMPERATIVE = /^(?:plan|take|avoid|use|write|make|set|build|choose|start|stop|keep|add|get|create|find|learn|try|check|run|track|measure|test|improve|optimi[sz]e|reduce|increase|focus|follow|turn|put|give|ask|read|let|do|limit|schedule|prioriti[sz]e|delegate|automate|compress|cache|resize|export|install|remove|clean|batch|block|say|break|drink|sleep|walk|eat)\b/i;
const PROCESS = /\b(?:how to|steps?|process|workflow|guide|method|checklist|routine|procedure|setup|set up|plan|strategy|playbook)\b/i;

/** The section's topic in a few words, taken from its heading (or the page title for the intro). */
/** Headings that name a part of the article, not a topic: the page title's topic is used instead. */
const GENERIC_HEADING = /^(?:conclusions?|summary|in summary|final thoughts|wrapping up|wrap-up|the bottom line|bottom line|takeaways?|key takeaways|introduction|intro|overview|background|faqs?|frequently asked questions|related|references|sources|further reading|next steps|tl;?dr)$/i;

export function topicOf(heading: string | null, pageTitle: string | null): string {
  const fromHeading = heading && !GENERIC_HEADING.test(heading.trim().replace(/[.:!?]+$/, '')) ? topicOfText(heading) : '';
  // A heading about the writer ("What we learned") names no topic: fall back to the page title's.
  if (fromHeading && !/\b(?:we|i|you|our|my|they|us|we[’']re|we[’']ve)\b/i.test(fromHeading)) return fromHeading;
  return topicOfText(pageTitle ?? '') || fromHeading || 'this topic';
}

function topicOfText(source: string): string {
  let t = source
    // A subtitle after a colon or a dash ("Homework matters: a complete guide") is not the topic.
    .replace(/\s*(?::|\s[–—-]\s|\|)\s.*$/, '')
    .replace(/^\s*(?:step\s*)?\d+[.):\-–]?\s*/i, '')
    .replace(/^(?:how to|why|what (?:is|are)|when to|where to|the|a|an)\s+/i, '')
    .replace(/^(?:\d+\s+)?(?:(?:best|top|easy|simple|quick|proven|essential)\s+)?(?:tips|ways|things|reasons|steps|ideas|mistakes|tricks|hacks|rules|lessons)\s+(?:to|for|on|about|that)?\s*/i, '')
    .replace(/^(?:boost|improve|increase|grow|master|maximi[sz]e)\s+(?:your\s+)?/i, '')
    .replace(/[?!:.]+$/, '')
    .replace(/\s*[|–—-]\s+[^|–—-]+$/, '')
    .trim();
  const words = t.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (words.length > 6) {
    // Keep the longest run of content words: "The 7 best ways to improve your page speed in 2024" -> "page speed".
    let best: string[] = [];
    let run: string[] = [];
    for (const w of words) {
      if (STOP.has(w.toLowerCase()) || /^\d+$/.test(w)) {
        if (run.length > best.length) best = run;
        run = [];
      } else run.push(w);
    }
    if (run.length > best.length) best = run;
    t = best.slice(0, 5).join(' ');
  }
  // Lower-case ordinary words, keep acronyms and names ("SEO", "Google").
  t = t
    .split(/\s+/)
    .map((w) => (/^[\p{Lu}][\p{Ll}]+$/u.test(w) ? lowerUnlessName(w) : w))
    .join(' ');
  return t;
}

function lowerUnlessName(w: string): string {
  return /^(?:Google|Bing|Apple|Amazon|Microsoft|Facebook|Meta|Twitter|YouTube|Instagram|LinkedIn|TikTok|Wikipedia|ChatGPT|OpenAI|Python|JavaScript|TypeScript|React|Linux|Windows|Chrome|Firefox|Europe|America|English)$/.test(w) ? w : w.toLowerCase();
}

/** The block whose claims most need support: unsourced figures, vague appeals and sweeping words. */
function neediestBlock(section: SectionMeasures): { block: number; text: string } | null {
  const scores = new Map<number, number>();
  const bump = (b: number, n: number) => scores.set(b, (scores.get(b) ?? 0) + n);
  for (const s of section.sentences) {
    const block = section.blocks[s.block];
    if (!block || (block.kind !== 'p' && block.kind !== 'li' && block.kind !== 'other')) continue;
    bump(s.block, 0.01 * s.words);
    if (s.stats.length > 0 && s.attributions.length === 0) bump(s.block, 3);
    if (s.vague) bump(s.block, 2);
    bump(s.block, Math.min(3, (s.text.match(CLAIMY) ?? []).length * 0.5));
  }
  let best: number | null = null;
  for (const [b, v] of scores) if (best === null || v > (scores.get(best) ?? 0)) best = b;
  if (best === null) return null;
  return { block: best, text: section.blocks[best]!.text };
}

function clip(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function suggestionsFor(
  section: SectionMeasures,
  pageTitle: string | null,
  unsourced: Sentence[],
  english: boolean,
): Omit<Suggestion, 'id' | 'dismissed'>[] {
  const topic = topicOf(section.heading, pageTitle);
  const out: Omit<Suggestion, 'id' | 'dismissed'>[] = [];
  const first = unsourced[0];
  if (first) {
    const fig = first.stats[0]?.text ?? 'this figure';
    out.push({
      kind: 'source',
      message: `Source “${fig}”: “According to ___ (___), ${fig} …” — link the study, or name who measured it.`,
      quote: clip(first.text),
      target: { section: section.index, block: first.block, start: first.start, end: first.end },
    });
  }
  const where = neediestBlock(section);
  const target: Target | null = where ? { section: section.index, block: where.block } : null;
  const quote = where ? clip(where.text) : null;
  // A heading that is an instruction ("Plan your day") is tested as a practice, not as a subject.
  const practice = IMPERATIVE.test(topic);
  out.push({
    kind: 'original_data',
    message: practice
      ? `Add a figure only you have: “When we tried to ${topic.replace(/\byour\b/gi, 'our')} ___ times, ___ of them ___; what made the difference was ___.”`
      : `Add a figure only you have: “We tested ___ on ___ ${topic} and found ___.”`,
    quote,
    target,
  });
  if (section.steps > 0 || PROCESS.test(section.heading ?? '') || section.blocks.some((b) => b.kind === 'li' && b.ordered)) {
    out.push({
      kind: 'named_framework',
      message: `Name the method this section describes: “We call this the ___ ${topic} method: 1) ___, 2) ___, 3) ___.”`,
      quote,
      target,
    });
  } else {
    out.push({
      kind: 'expert_quote',
      message: `Quote someone who has done it: “___,” says ___, ___ at ___, who has worked on ${topic} for ___ years.`,
      quote,
      target,
    });
  }
  if (!english) {
    // The suggestions are written in English; say so rather than pretend they fit the page's language.
    for (const s of out) s.message = `${s.message} (written in English: adapt to the page's language)`;
  }
  return out;
}
