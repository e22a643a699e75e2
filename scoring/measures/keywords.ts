/** The keywords a page targets, for detecting keyword stuffing (GEO study: keyword stuffing −8% visibility). */

/** Content words (4+ letters, not stop words) of a title or heading, lower-cased: the keywords a page targets. */
export function keywordsOf(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !/^\d/.test(w)))].slice(0, 12);
}

const STOPWORDS = new Set(
  'using used that this with from have your what when which there their they them than then were will would could should about into more most some such only also been being does each other very just over after before because these those while where here like make made many much need well even back still through between both under same again against'.split(' '),
);

