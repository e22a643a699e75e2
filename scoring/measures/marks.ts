/**
 * A reusable buffer of character marks, for readings that claim spans of a text so later matches skip them
 * (./figures.ts, ./quotations.ts). One buffer per reader, grown as needed and cleared for each text: a typed array per
 * sentence or paragraph was an allocation outside the heap for every text longer than 64 characters.
 */
export interface Marks {
  /** The first `length` marks, all cleared. A text longer than any paragraph of the corpus gets its own, not kept. */
  cleared(length: number): Uint8Array;
}

export function marks(initial: number): Marks {
  let buffer = new Uint8Array(initial);
  return {
    cleared(length) {
      if (length > 65536) return new Uint8Array(length);
      if (buffer.length < length) buffer = new Uint8Array(Math.max(length, 2 * buffer.length));
      else buffer.fill(0, 0, length);
      return buffer;
    },
  };
}

/** Whether any character in [from, to) is marked. */
export function anyMarked(marked: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (marked[i]) return true;
  return false;
}
