/**
 * FNV-1a (32-bit), fed piece by piece: short stable ids for findings (so a dismissal survives re-analysis) and the
 * content keys of the analyzer's section cache. Not cryptographic; collisions only cost a wrong cache hit or id.
 */
export interface Hasher {
  /** Adds a piece, followed by a separator so ("ab", "c") and ("a", "bc") differ. */
  feed(piece: string): Hasher;
  /** The hash so far, base 36. */
  digest(): string;
}

export function hasher(): Hasher {
  let h = 0x811c9dc5;
  const self: Hasher = {
    feed(piece) {
      for (let i = 0; i < piece.length; i++) {
        h ^= piece.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
      h ^= 0x1f;
      h = Math.imul(h, 0x01000193);
      return self;
    },
    digest: () => (h >>> 0).toString(36),
  };
  return self;
}

/** Short stable hash of one string. */
export function hash(s: string): string {
  return hasher().feed(s).digest();
}
