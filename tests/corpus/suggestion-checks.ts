/** The mechanical checks of a suggestion (issue 10), shared by the corpus test and the plan's tests. */
import type { Report } from '../../scoring/report';
import type { Snapshot } from '../../scoring/snapshot';

/** What is wrong with one message, or null. */
export function problemOf(message: string, headings: readonly (string | null)[], source = ''): string | null {
  // Marks copied from the page's own sentence are the page's ("U.S.,", a French " :"): only the words Citable added
  // are checked. The page's double quotes appear as single ones in a message.
  const page = source.replace(/[“”"]/g, (q) => (q === '”' ? '’' : '‘')).replace(/\s+/g, ' ');
  const fromPage = (at: number, len: number) =>
    page.includes(message.slice(Math.max(0, at - 2), at + len)) || page.includes(message.slice(at, at + len + 2));
  // Balanced, properly nested double quotation marks: open, close, open, close.
  let open = false;
  for (const ch of message) {
    if (ch === '“') {
      if (open) return 'a quotation opened inside another';
      open = true;
    } else if (ch === '”') {
      if (!open) return 'a quotation closed that was not open';
      open = false;
    }
  }
  if (open) return 'a quotation left open';
  if (message.includes('"')) return 'a straight double quote';
  for (const doubled of message.matchAll(/““|””|‘‘|’’|\.\.(?!\.)|,,|, ,|,\.|\.,|\s{2,}|\(\s*\)|“\s*”|\s[,.;:]/g)) {
    if (!fromPage(doubled.index, doubled[0].length)) return `doubled or stray marks: ${JSON.stringify(doubled[0])}`;
  }
  // A blank is where a fact goes, and says which: "___ [how many]".
  if (/___(?! \[[^\]]+\])/.test(message)) return 'a blank that does not say what goes in it';
  if (/___\s*___/.test(message)) return 'two blanks in a row';
  // No heading dropped into the sentence in lower case ("who has worked on reduce customer churn").
  for (const h of headings) {
    if (!h) continue;
    const words = h.trim().split(/\s+/);
    if (words.length < 2 || h === h.toLowerCase()) continue;
    const lowered = h.trim().replace(/[.:!?]+$/, '').toLowerCase();
    if (lowered.length > 8 && message.includes(lowered) && !page.toLowerCase().includes(lowered)) return `a lower-cased heading: “${lowered}”`;
  }
  return null;
}

const COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * What is wrong with the steps a method suggestion names ("these four steps — Audit, Prune, Merge and Redirect —"),
 * or null: the list is closed by its second dash, counted right, each step a span of the section's own text (its
 * casing kept; only a lower-case first letter may be capitalised), none empty or repeated. `text` is the section's.
 */
export function stepsProblemOf(message: string, text: string): string | null {
  if (!/these \S+ steps —/.test(message)) return null;
  const m = /these (\S+) steps — ([^—]+?) —(?= the ___ \[name\] method)/.exec(message);
  if (!m) return 'a steps list that is not closed before “the ___ [name] method”';
  // As written, or with the capital a list gives a first word the page wrote all in lower case ("add" → "Add", never
  // "iPhone" → "IPhone").
  const inPage = (step: string) => {
    if (step.length === 0) return false;
    if (text.includes(step)) return true;
    const lowered = step[0]!.toLowerCase() + step.slice(1);
    return /^[a-z]+\b(?![.\-_]\w)/.test(lowered) && text.includes(lowered);
  };
  const parts = m[2]!.split(', ');
  let steps: string[] | null = null;
  const last = parts.at(-1)!;
  if (last.endsWith(' and the rest')) steps = [...parts.slice(0, -1), last.slice(0, -' and the rest'.length)];
  else {
    // The last part is "X and Y": try each " and " as the list's own.
    for (let at = last.indexOf(' and '); at >= 0 && !steps; at = last.indexOf(' and ', at + 1)) {
      const candidate = [...parts.slice(0, -1), last.slice(0, at), last.slice(at + 5)];
      if (candidate.every(inPage)) steps = candidate;
    }
    if (!steps) return `steps that are not the section’s own words: ${m[2]}`;
  }
  if (!steps.every(inPage)) return `steps that are not the section’s own words: ${m[2]}`;
  if (new Set(steps.map((x) => x.toLowerCase())).size !== steps.length) return `a step named twice: ${m[2]}`;
  const counted = COUNTS.indexOf(m[1]!) >= 0 ? COUNTS.indexOf(m[1]!) : Number(m[1]);
  if (last.endsWith(' and the rest') ? counted <= steps.length : counted !== steps.length) return `steps miscounted: ${m[1]} for ${steps.length}`;
  return null;
}

/** The whole text of the section a suggestion points at. */
function sectionText(snapshot: Snapshot, section: number): string {
  return (snapshot.sections[section]?.blocks ?? []).map((b) => b.text).join('\n');
}

/** All problems of one report's suggestions. */
export function problemsOf(report: Report, snapshot: Snapshot): string[] {
  const out: string[] = [];
  const headings = report.sections.map((s) => s.heading);
  const seen = new Set<string>();
  for (const s of report.sections) {
    for (const g of s.suggestions) {
      const t0 = g.target;
      const sentence = t0 && t0.block !== null ? (snapshot.sections[t0.section]?.blocks[t0.block]?.text.slice(t0.start ?? 0, t0.end) ?? '') : '';
      const p = problemOf(g.message, headings, sentence) ?? (t0 ? stepsProblemOf(g.message, sectionText(snapshot, t0.section)) : null);
      if (p) out.push(`${p} in: ${g.message}`);
      if (seen.has(g.message)) out.push(`repeated word for word: ${g.message}`);
      seen.add(g.message);
      // It points at the sentence it quotes.
      const t = g.target;
      if (!t || t.block === null || t.start === undefined || t.end === undefined) out.push(`no sentence target: ${g.message}`);
      else {
        const text = snapshot.sections[t.section]?.blocks[t.block]?.text.slice(t.start, t.end) ?? '';
        if (!g.quote || !text.startsWith(g.quote.replace(/…$/, '').slice(0, 40))) out.push(`target is not the quoted sentence: ${g.message}`);
      }
      // German is judged in full, but its suggestions are still written in English and say so.
      if (report.languageSupport === 'full' && report.lang !== 'de' && /written in English/.test(g.message)) out.push(`English page told to adapt: ${g.message}`);
    }
  }
  // The plan's items are checked the same way (a supported section's item is written for the plan only).
  for (const item of report.plan ?? []) {
    // A walk-through told in sub-sections names its steps by their headings: those count as the page's words.
    const own = `${sectionText(snapshot, item.target.section)}\n${snapshot.sections.map((x) => x.heading ?? '').join('\n')}`;
    const p = problemOf(item.message, headings, item.sentence) ?? stepsProblemOf(item.message, own);
    if (p) out.push(`${p} in the plan: ${item.message}`);
    const t = item.target;
    const text = t.block === null ? '' : (snapshot.sections[t.section]?.blocks[t.block]?.text.slice(t.start ?? 0, t.end) ?? '');
    if (text !== item.sentence) out.push(`plan item does not point at its sentence: ${item.message}`);
  }
  return out;
}

