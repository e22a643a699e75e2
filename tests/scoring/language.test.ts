/**
 * The page's language (scoring/measures/language.ts): the declaration (`<html lang>`) stands unless the text clearly
 * says otherwise, and text with no language of its own (a spec list) neither overrules a declaration nor gets one.
 */
import { describe, expect, it } from 'vitest';
import { decideLanguage } from '../../scoring/measures/language';

const GERMAN =
  'Die Stadt hat im vergangenen Jahr mehr als vierzig Kilometer neue Radwege gebaut, und die Zahl der Radfahrer ist deutlich gestiegen. Der Bürgermeister sagte, man wolle den Ausbau in den kommenden Jahren fortsetzen, weil die Nachfrage weiter wachse und die Straßen entlastet würden. ';
const ENGLISH =
  'The city built more than forty kilometres of new cycle lanes last year, and the number of people who cycle to work has risen sharply. The mayor said the work would continue, because demand keeps growing and the roads are less crowded. ';
const SPECS = 'SKU 4411-B 12 V 3.5 mm USB-C 2x AA 240 g IP67 4K HDR 60 Hz 1 TB NVMe PCIe 4.0 Wi-Fi 6E BT 5.3 RGB 16 GB DDR5 ';

describe('page language', () => {
  it('keeps a declaration the text confirms, without asking the detector', () => {
    expect(decideLanguage('en', ENGLISH.repeat(3))).toEqual({ lang: 'en', source: 'declared' });
    expect(decideLanguage('de', GERMAN.repeat(3))).toEqual({ lang: 'de', source: 'declared' });
  });

  it('overrules a declaration the text clearly contradicts', () => {
    expect(decideLanguage('en', GERMAN.repeat(3))).toEqual({ lang: 'de', source: 'detected' });
    expect(decideLanguage('de', ENGLISH.repeat(3)).lang).toBe('en');
  });

  it('keeps a declaration when the text has no language of its own', () => {
    expect(decideLanguage('en', SPECS.repeat(12))).toEqual({ lang: 'en', source: 'declared' });
  });

  it('detects an undeclared language, and says unknown where the text has none', () => {
    expect(decideLanguage(null, GERMAN.repeat(3))).toEqual({ lang: 'de', source: 'detected' });
    expect(decideLanguage(null, ENGLISH.repeat(3))).toEqual({ lang: 'en', source: 'detected' });
    expect(decideLanguage(null, SPECS.repeat(12))).toEqual({ lang: null, source: 'unknown' });
  });
});
