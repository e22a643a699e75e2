/**
 * How much of the article a reader sees is in the server's HTML. Most AI crawlers do not run JavaScript (OpenAI,
 * Anthropic and Perplexity document plain HTTP fetchers), so text that only scripts insert is invisible to them.
 * Compared on word 3-grams (shingles), which tolerate whitespace and markup differences but not reordering of text.
 */
import { z } from 'zod';

export const RenderGap = z.object({
  /** Share (0–1) of the rendered article's word 3-grams found in the server HTML's article text. */
  share: z.number().min(0).max(1),
  renderedShingles: z.number().int().nonnegative(),
  verdict: z.enum(['in-html', 'partly', 'script-only']),
});
export type RenderGap = z.infer<typeof RenderGap>;

/** Thresholds: ≥ 0.9 counts as served (boilerplate and lazy widgets make 100 % rare); < 0.3 as script-only. */
export const RENDER_GAP_THRESHOLDS = { inHtml: 0.9, scriptOnly: 0.3 } as const;

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length < 3) {
    if (w.length) out.add(w.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

export function compareRenderedText(serverArticleText: string, renderedArticleText: string): RenderGap {
  const rendered = shingles(renderedArticleText);
  if (rendered.size === 0) return { share: 1, renderedShingles: 0, verdict: 'in-html' };
  const server = shingles(serverArticleText);
  let found = 0;
  for (const s of rendered) if (server.has(s)) found++;
  const share = found / rendered.size;
  const verdict = share >= RENDER_GAP_THRESHOLDS.inHtml ? 'in-html' : share < RENDER_GAP_THRESHOLDS.scriptOnly ? 'script-only' : 'partly';
  return { share, renderedShingles: rendered.size, verdict };
}
