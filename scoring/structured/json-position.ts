/**
 * Finds where JSON text stops being valid. `JSON.parse` messages differ by engine: V8 in Node 20 says only
 * "Unexpected token '}' … is not valid JSON" for many errors, JavaScriptCore gives no position at all, while newer V8
 * and SpiderMonkey add "at position N" or "line L column C". So the position is computed here, with a small
 * iterative scanner of the RFC 8259 grammar (iterative, so deeply nested input cannot overflow the stack).
 */
import type { TextPosition } from './schema';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Offset of the first character at which `text` violates the JSON grammar, or null when it is valid. */
export function findJsonErrorOffset(text: string): number | null {
  let i = 0;
  const n = text.length;
  // Stack of containers: 'o' object, 'a' array.
  const stack: ('o' | 'a')[] = [];
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const scanString = (): boolean => {
    // text[i] === '"'
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          return false;
        }
        if ('"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 1;
            return false;
          }
          i += 6;
        } else {
          i += 1;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const scanScalar = (): boolean => {
    const rest = text.slice(i, i + 5);
    if (rest.startsWith('true')) return ((i += 4), true);
    if (rest.startsWith('false')) return ((i += 5), true);
    if (rest.startsWith('null')) return ((i += 4), true);
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0].length > 0 && m[0] !== '-') return ((i += m[0].length), true);
    return false;
  };
  // Parse a value; containers push onto the stack and the loop below continues them.
  const startValue = (): boolean => {
    skipWs();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipWs();
      if (text[i] === '}') {
        i++;
        return true;
      }
      stack.push('o');
      return startMember();
    }
    if (ch === '[') {
      i++;
      skipWs();
      if (text[i] === ']') {
        i++;
        return true;
      }
      stack.push('a');
      return startValue();
    }
    if (ch === '"') return scanString();
    return scanScalar();
  };
  const startMember = (): boolean => {
    skipWs();
    if (text[i] !== '"' || !scanString()) return false;
    skipWs();
    if (text[i] !== ':') return false;
    i++;
    return startValue();
  };

  if (!startValue()) return Math.min(i, n);
  // After each completed value: close containers or continue with the next element.
  for (;;) {
    skipWs();
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const ch = text[i];
    if (ch === ',') {
      i++;
      if (!(top === 'o' ? startMember() : startValue())) return Math.min(i, n);
    } else if ((top === 'o' && ch === '}') || (top === 'a' && ch === ']')) {
      i++;
      stack.pop();
    } else return Math.min(i, n);
  }
  skipWs();
  return i < n ? i : null;
}

/** Line and column (1-based) of a UTF-16 offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: end - lineStart + 1 };
}

/** The offset a `JSON.parse` message states ("at position N", or "line L column C"), when it states one. */
export function offsetFromMessage(message: string, text: string): number | null {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const line = Number(lc[1]);
    const col = Number(lc[2]);
    let off = 0;
    for (let l = 1; l < line; l++) {
      const nl = text.indexOf('\n', off);
      if (nl < 0) return null;
      off = nl + 1;
    }
    return off + col - 1;
  }
  return null;
}
