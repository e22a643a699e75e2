/** The analysis budget at the message boundary: what the background accepts is bounded, so judging it is too. */
import { describe, expect, it } from 'vitest';
import { ContentMessage, overBudget, SNAPSHOT_LIMITS } from '../../messaging/protocol';
import { FILLER, snapshotOf } from '../helpers';

const message = (snapshot: ReturnType<typeof snapshotOf>) => ({ type: 'page/snapshot', snapshot, reason: 'load', extractMs: 1 });

describe('analysis budget', () => {
  it('accepts an ordinary article', () => {
    const snap = snapshotOf([{ heading: 'A', blocks: [FILLER, FILLER] }]);
    expect(overBudget(snap)).toBeNull();
    expect(ContentMessage.safeParse(message(snap)).success).toBe(true);
  });

  it('rejects a snapshot past each limit, and says which', () => {
    const long = snapshotOf([{ heading: 'A', blocks: Array.from({ length: 4 }, () => 'x'.repeat(SNAPSHOT_LIMITS.chars / 4 + 1)) }]);
    const many = snapshotOf(Array.from({ length: SNAPSHOT_LIMITS.sections + 1 }, () => ({ heading: 'A', blocks: ['x'] })));
    const blocks = snapshotOf([{ heading: 'A', blocks: Array.from({ length: SNAPSHOT_LIMITS.blocks + 1 }, () => 'x') }]);
    const url = snapshotOf([{ blocks: ['x'] }], { url: `https://a.test/${'x'.repeat(SNAPSHOT_LIMITS.url)}` });
    for (const [snap, why] of [[long, /characters/], [many, /sections/], [blocks, /blocks/], [url, /address/]] as const) {
      expect(overBudget(snap)).toMatch(why);
      const parsed = ContentMessage.safeParse(message(snap));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toMatch(/analysis budget/);
    }
  });
});
