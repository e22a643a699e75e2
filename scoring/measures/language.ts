/**
 * Which language the article is in. The page's declaration (`<html lang>`) is often a template default, so the
 * text is checked with tinyld (light model, ~70 KB: runs in the background, never in the page).
 */
import { detectAll } from 'tinyld/light';

/** Below this many characters, a detector guess is noise: the declared language (if any) wins. */
const MIN_DETECT_CHARS = 200;
/** How much text to read: detection accuracy plateaus long before a whole article. */
const SAMPLE_CHARS = 3000;

export interface LanguageDecision {
  lang: string | null;
  source: 'declared' | 'detected' | 'declared+detected' | 'unknown';
}

export function decideLanguage(declared: string | null, text: string): LanguageDecision {
  const sample = text.slice(0, SAMPLE_CHARS);
  let detected: string | null = null;
  if (sample.length >= MIN_DETECT_CHARS) {
    try {
      const top = detectAll(sample)[0];
      // tinyld's accuracy is a relative confidence; a weak top guess is not trusted over a declaration.
      if (top && top.accuracy >= 0.5) detected = top.lang;
    } catch {
      detected = null;
    }
  }
  if (detected && declared === detected) return { lang: detected, source: 'declared+detected' };
  if (detected) return { lang: detected, source: 'detected' };
  if (declared) return { lang: declared, source: 'declared' };
  return { lang: null, source: 'unknown' };
}
