/**
 * The explicit, sorted registry of signals. A meta-test checks that every file in this folder is registered here,
 * has a test and a description, and is weighted in ../weights.ts or listed there as unscored.
 */
import expertQuote from './expert-quote';
import firstHand from './first-hand';
import namedFramework from './named-framework';
import originalData from './original-data';
import sourcedStatistic from './sourced-statistic';
import specificFacts from './specific-facts';
import unsourcedStatistic from './unsourced-statistic';
import type { SectionSignal } from '../signal';

export const SECTION_SIGNALS: readonly SectionSignal<Record<string, number>>[] = [
  expertQuote,
  firstHand,
  namedFramework,
  originalData,
  sourcedStatistic,
  specificFacts,
  unsourcedStatistic,
] as SectionSignal<Record<string, number>>[];
