/**
 * npx tsx bench/nlp.ts — regular expressions against an NLP library (compromise) on real pages, for the one
 * question the signals ask of names: who is a quotation attributed to. Prints, side by side in one run, how often
 * each finds a speaker, how often they agree, the time per 1,000 words, and a sample of disagreements to read.
 */
import nlp from 'compromise';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { findNames, looksLikePerson } from '../scoring/measures/names';
import { findQuotations } from '../scoring/measures/quotations';
import { parseDocument } from '../cli/load';
import { readabilityPages, zytePages } from '../tests/corpus/corpus';

const pages = [...readabilityPages(), ...zytePages()];
let quotes = 0;
let regexFound = 0;
let nlpFound = 0;
let agree = 0;
let regexMs = 0;
let nlpMs = 0;
let words = 0;
const disagreements: string[] = [];
for (const page of pages) {
  const snap = extract(parseDocument(page.html()), { url: page.url, pageData: false });
  if (analyze(snap).lang !== 'en') continue;
  for (const section of snap.sections) {
    const text = section.blocks.map((b) => b.text).join(' ');
    words += text.split(/\s+/).length;
    // Names in all the text: the cost each approach would add to the analysis.
    let t0 = performance.now();
    findNames(text);
    regexMs += performance.now() - t0;
    t0 = performance.now();
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
    nlpMs += performance.now() - t0;
    for (const q of findQuotations(section.blocks)) {
      quotes++;
      const block = section.blocks[q.block]!.text;
      const around = block.slice(Math.max(0, q.start - 120), Math.min(block.length, q.end + 120)).replace(q.text, ' ');
      const viaNlp = (nlp(around).people().out('array') as string[])[0] ?? (nlp(around).organizations().out('array') as string[])[0] ?? null;
      if (q.speaker) regexFound++;
      if (viaNlp) nlpFound++;
      const same = q.speaker && viaNlp && (viaNlp.toLowerCase().includes(q.speaker.toLowerCase().split(' ').pop()!) || q.speaker.toLowerCase().includes(viaNlp.toLowerCase().replace(/[^a-z ]/g, '').trim().split(' ').pop() ?? '~'));
      if (same || (!q.speaker && !viaNlp)) agree++;
      else if (disagreements.length < 25) disagreements.push(`regex=${q.speaker ?? '—'} | compromise=${viaNlp ?? '—'} | …${around.slice(0, 160)}…`);
    }
  }
}
void looksLikePerson;
console.log(`English corpus pages: ${pages.length} read, ${words} words of article text, ${quotes} quotations of 6+ words`);
console.log('| approach | quotations with a speaker found | time per 1,000 words |');
console.log('|---|---|---|');
console.log(`| regular expressions (scoring/measures/names.ts) | ${regexFound} | ${((regexMs / words) * 1000).toFixed(3)} ms |`);
console.log(`| compromise 14 (people + organizations) | ${nlpFound} | ${((nlpMs / words) * 1000).toFixed(3)} ms |`);
console.log(`Agreement (same speaker, or both none): ${agree} of ${quotes}`);
console.log('\nDisagreements (read them):');
for (const d of disagreements) console.log(`- ${d}`);
