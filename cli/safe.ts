/**
 * Page text on a terminal or in a Markdown file: a hostile page must not drive the terminal. C0 and C1 control
 * characters (ESC, CSI…) and Unicode direction overrides are removed from every string of a report before it is
 * printed; tabs and newlines stay. JSON output escapes C0 controls itself and keeps the text exactly.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(s: string): string {
  return s.replace(CONTROL, '');
}

/** A deep copy of `value` with every string stripped of control characters. */
export function sanitize<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitize(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitize(v);
    return out as T;
  }
  return value;
}
