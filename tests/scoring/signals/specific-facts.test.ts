import { describe, expect, it } from 'vitest';
import signal from '../../../scoring/signals/specific-facts';
import { runSignal } from '../../helpers';

describe('specific-facts', () => {
  it('smallest passing: two dense, specific sentences', () => {
    const out = runSignal(signal, 'On March 3, 2021, the Ohio Senate voted 21 to 12 to pass the bill. Governor Mike DeWine signed it on April 6.');
    expect(out.status).toBe('pass');
    expect(out.findings[0]).toMatchObject({ messageId: 'dense-specifics', target: { section: 0, block: 0 } });
  });

  it('smallest failing: generic advice', () => {
    const out = runSignal(signal, 'Write clearly and often. Readers notice effort and reward it over time.');
    expect(out.status).toBe('fail');
    expect(out.findings).toHaveLength(0);
  });

  it('one name dropped into advice is not enough', () => {
    const out = runSignal(signal, 'Google likes fast pages. Make yours fast. Compress images. Cache everything you can. Test on phones.');
    expect(out.status).toBe('fail');
  });

  it('news narration: names of who did what, with no dates', () => {
    const out = runSignal(signal, 'In retaliation, Mr. Clinton ordered a strike on a factory in Khartoum. Officials in Nairobi told reporters that Kenya would respond to the attack.');
    expect(out.status).toBe('pass');
  });

  it('product names and acronyms in advice are not reporting', () => {
    const out = runSignal(signal, 'Modern formats such as WebP and AVIF compress far better than JPEG. Browser support is broad enough that stores can serve AVIF with a JPEG fallback.');
    expect(out.status).toBe('fail');
  });

  it('results reported as data: a box score', () => {
    const out = runSignal(signal, 'Palm Bay d. Rockledge 70-44. Rockledge 14 11 6 15 — 44. Palm Bay 18 22 13 17 — 70. Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points.');
    expect(out.status).toBe('pass');
    expect(out.findings[0]!.messageId).toBe('dense-results');
  });

  it('a list of unsourced shares is not reporting', () => {
    const out = runSignal(signal, 'About 64% of buyers read reviews. Some 45% compare prices. Nearly 30% ask friends. Only 12% trust ads. About 8% buy on impulse. Roughly 5% never buy online.');
    expect(out.status).toBe('fail');
  });

  it('a code block alone is not reported specifics (tutorials restating a tool’s usage: 1 of 13 agreed with readers)', () => {
    const out = runSignal(signal, { heading: 'Install', blocks: ['Install the package first.', { kind: 'pre', text: 'npm install citable@0.1.0' }] });
    expect(out.status).toBe('fail');
  });
  it('an ingredient list, a meal plan or a reference list is not reporting', () => {
    for (const blocks of [
      ['Asparagus and Eggs [1 cup asparagus, 2 soft-boiled eggs, ½ cup sweet potato, 1 tsp. olive oil for the potatoes]', 'Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.', 'Tomato Cucumber Salad (½ cup cherry tomatoes, ½ cup cucumber slices, ¼ cup feta, 1 Tbsp. balsamic vinegar), 1 cup grapes'],
      ['Alley, Roderic (2008). New Zealand in World Affairs IV 1990–2005. Wellington: Victoria University Press. ISBN 978-0-864-73548-5.', '"Protocol for using New Zealand\'s National Anthems". Ministry for Culture and Heritage. Retrieved 17 February 2008.'],
    ]) {
      expect(runSignal(signal, { heading: 'Meal 1', blocks }).status).toBe('fail');
    }
  });
});
