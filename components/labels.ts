/** Words the panel shows for the engine's enums (the engine's ids never reach the user as-is). */
import type { EvidenceKind, SuggestionKind, Verdict } from '../scoring/report';

export const VERDICT_LABEL: Record<Verdict, string> = {
  primary: 'Primary',
  supported: 'Supported',
  synthesis: 'Synthesis',
  short: 'Short',
};

export const VERDICT_HELP: Record<Verdict, string> = {
  primary: 'Original data or first-hand evidence: a reason to cite this page.',
  supported: 'Sourced facts and quotes: useful, but the credit goes to the sources.',
  synthesis: 'Restates what is known elsewhere: nothing here to cite.',
  short: 'Too short to judge.',
};

export const EVIDENCE_LABEL: Record<EvidenceKind, string> = {
  original_data: 'Original data',
  first_hand: 'First-hand',
  named_framework: 'Named framework',
  expert_quote: 'Expert quote',
  sourced_stat: 'Sourced figure',
  unsourced_stat: 'Unsourced figure',
  specific_facts: 'Specific facts',
};

export const SUGGESTION_LABEL: Record<SuggestionKind, string> = {
  original_data: 'Add original data',
  named_framework: 'Name a framework',
  expert_quote: 'Quote an expert',
  source: 'Cite a source',
  first_hand: 'Add first-hand experience',
};

export function bandOf(score: number): { id: 'high' | 'mid' | 'low'; label: string } {
  if (score >= 70) return { id: 'high', label: 'Gives reasons to cite' };
  if (score >= 40) return { id: 'mid', label: 'Some reasons to cite' };
  return { id: 'low', label: 'Few reasons to cite' };
}

const LANGS: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  ru: 'Russian', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ar: 'Arabic', pl: 'Polish', sv: 'Swedish', tr: 'Turkish',
};

export function languageName(code: string | null): string {
  if (!code) return 'an unknown language';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    /* fall through */
  }
  return LANGS[code] ?? code;
}
