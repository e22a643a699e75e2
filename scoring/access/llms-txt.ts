/**
 * `/llms.txt` per the proposal at https://llmstxt.org/: an H1 with the site or project name (the only required
 * part), an optional blockquote summary, optional free-form details, then H2 sections of markdown link lists
 * `- [name](url): notes` (an "Optional" H2 marks links that may be skipped). No AI vendor documents reading it, so
 * this is information with no score weight.
 */
import { z } from 'zod';

export const LlmsTxt = z.object({
  present: z.boolean(),
  title: z.string().nullable(),
  summary: z.string().nullable(),
  details: z.string().nullable(),
  sections: z.array(z.object({
    name: z.string(),
    links: z.array(z.object({ name: z.string(), url: z.string(), notes: z.string().nullable() })),
  })),
  /** Departures from the format, each a sentence. */
  problems: z.array(z.string()),
});
export type LlmsTxt = z.infer<typeof LlmsTxt>;

export function parseLlmsTxt(text: string | null): LlmsTxt {
  const result: LlmsTxt = { present: false, title: null, summary: null, details: null, sections: [], problems: [] };
  if (text === null || text.trim() === '') return result;
  result.present = true;
  if (/^\s*<(!doctype|html)/i.test(text)) {
    result.problems.push('The file is HTML, not markdown (probably an error page served with status 200).');
    return result;
  }
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const h1 = /^#\s+(.+)$/.exec(lines[i] ?? '');
  if (h1) {
    result.title = h1[1]!.trim();
    i++;
  } else result.problems.push('The first line should be an H1 ("# Name"), the only required part.');
  const details: string[] = [];
  const summary: string[] = [];
  let current: LlmsTxt['sections'][number] | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#\s/.test(line)) {
      result.problems.push(`Line ${i + 1}: only one H1 is expected.`);
      continue;
    }
    const h2 = /^##\s+(.+)$/.exec(line);
    if (h2) {
      current = { name: h2[1]!.trim(), links: [] };
      result.sections.push(current);
      continue;
    }
    if (!current) {
      const q = /^>\s?(.*)$/.exec(line);
      if (q && details.length === 0) summary.push(q[1]!);
      else if (line.trim()) details.push(line);
      continue;
    }
    if (!line.trim()) continue;
    const link = /^\s*[-*]\s*\[([^\]]+)\]\(([^)\s]+)\)\s*(?::\s*(.*))?$/.exec(line);
    if (link) current.links.push({ name: link[1]!.trim(), url: link[2]!, notes: link[3]?.trim() || null });
    else if (/^#{3,}\s/.test(line)) result.problems.push(`Line ${i + 1}: sections are H2 headings; deeper headings are not part of the format.`);
    else result.problems.push(`Line ${i + 1}: inside a section, lines should be list items "- [name](url): notes".`);
  }
  result.summary = summary.length ? summary.join(' ').trim() : null;
  result.details = details.length ? details.join('\n').trim() : null;
  if (!result.summary) result.problems.push('No blockquote summary ("> …") after the title (optional, but recommended).');
  for (const s of result.sections) if (s.links.length === 0) result.problems.push(`Section "${s.name}" has no links.`);
  return result;
}
