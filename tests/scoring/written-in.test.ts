/**
 * lowerFirst (scoring/suggestions.ts) asks whether the section writes a word in small letters as a word of its prose,
 * or with its capital mid-sentence. It reads each place the word occurs (writtenAsProse, writtenMidSentence) instead of
 * scanning each block with a pattern built for the word: both must answer what the patterns answer.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writtenAsProse, writtenMidSentence } from '../../scoring/suggestions';
import { loadLabelled } from '../../training/labels';

const LABELS = resolve(__dirname, '../../../shared/labels');

const asProse = (word: string) => new RegExp(String.raw`(?:^|[\s(“‘"])${word}(?:[\s,;:!?)”’"]|\.(?:\s|$)|$)`, 'u');
const midSentence = (word: string) => new RegExp(String.raw`[\p{L},;]\s+${word}(?:[^\p{L}]|$)`, 'u');

function differences(texts: readonly string[], words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const a = asProse(word.toLowerCase());
    const m = midSentence(word);
    for (const text of texts) {
      if (!text.includes(word) && !text.includes(word.toLowerCase())) continue;
      if (writtenAsProse(text, word.toLowerCase()) !== a.test(text)) out.push(`prose ${word}: ${text.slice(0, 80)}`);
      if (writtenMidSentence(text, word) !== m.test(text)) out.push(`mid ${word}: ${text.slice(0, 80)}`);
    }
  }
  return out;
}

describe('written in', () => {
  it('answer as the patterns do at the edges', () => {
    const texts = [
      'Email marketing works.',
      'email',
      'Send an email.',
      'Send an email. Then wait',
      'Send an email.x',
      '(email) and “email” and ‘email’ and "email"',
      'trevor@email.com',
      'x-email',
      'Also, Email it',
      'Also;  Email',
      'also\u00a0Email',
      'also Emails',
      'also Emailé',
      'also Email\u{1d49c}',
      '\u{1d49c} Email',
      '\ud835 Email',
      '\udc9c Email',
      'ab\udc9c Email',
      '1 Email',
      ' Email',
      'Email',
      'emailemail email',
      'email\u2028next',
    ];
    expect(differences(texts, ['Email', 'E'])).toEqual([]);
  });

  it.runIf(existsSync(LABELS))('answer as the patterns do on the labelled pages', () => {
    const texts: string[] = [];
    const words = new Set<string>();
    for (const set of ['dev', 'dev-de']) {
      for (const p of loadLabelled(set)) {
        for (const s of p.snapshot.sections) {
          for (const b of s.blocks) {
            texts.push(b.text);
            for (const m of b.text.matchAll(/(?:^|[.!?]\s+)([A-Z][a-z]*)\b/g)) if (words.size < 200) words.add(m[1]!);
          }
        }
      }
    }
    expect(words.size).toBeGreaterThan(100);
    expect(differences(texts, [...words])).toEqual([]);
  });
});
