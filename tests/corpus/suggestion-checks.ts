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

/** All problems of one report's suggestions. */
export function problemsOf(report: Report, snapshot: Snapshot): string[] {
  const out: string[] = [];
  const headings = report.sections.map((s) => s.heading);
  const seen = new Set<string>();
  for (const s of report.sections) {
    for (const g of s.suggestions) {
      const t0 = g.target;
      const sentence = t0 && t0.block !== null ? (snapshot.sections[t0.section]?.blocks[t0.block]?.text.slice(t0.start ?? 0, t0.end) ?? '') : '';
      const p = problemOf(g.message, headings, sentence);
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
      if (report.languageSupport === 'full' && /written in English/.test(g.message)) out.push(`English page told to adapt: ${g.message}`);
    }
  }
  // The plan's items are checked the same way (a supported section's item is written for the plan only).
  for (const item of report.plan ?? []) {
    const p = problemOf(item.message, headings, item.sentence);
    if (p) out.push(`${p} in the plan: ${item.message}`);
    const t = item.target;
    const text = t.block === null ? '' : (snapshot.sections[t.section]?.blocks[t.block]?.text.slice(t.start ?? 0, t.end) ?? '');
    if (text !== item.sentence) out.push(`plan item does not point at its sentence: ${item.message}`);
  }
  return out;
}

