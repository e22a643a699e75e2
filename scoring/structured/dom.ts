/**
 * Small DOM helpers for `scoring/` that use only the `Document`/`Element` passed in (no globals such as `Node`), so
 * they run the same on the live page and on linkedom in Node.
 */

/** A short CSS path to `el` (`#id` when it has one, else tag:nth-of-type steps), for locating it again later. */
export function cssPath(el: Element): string {
  const steps: string[] = [];
  let cur: Element | null = el;
  let guard = 0;
  while (cur && guard++ < 40) {
    const tag = cur.tagName.toLowerCase();
    const id = cur.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id)) {
      steps.unshift(`${tag}#${id}`);
      break;
    }
    const parent: Element | null = cur.parentElement;
    if (!parent) {
      steps.unshift(tag);
      break;
    }
    let index = 0;
    let count = 0;
    for (const sib of Array.from(parent.children)) {
      if (sib.tagName === cur.tagName) {
        count++;
        if (sib === cur) index = count;
      }
    }
    steps.unshift(count > 1 ? `${tag}:nth-of-type(${index})` : tag);
    cur = parent;
  }
  return steps.join(' > ');
}

/** Resolve a URL attribute against the page URL when possible; otherwise return it trimmed. */
export function resolveUrl(raw: string, base: string | null): string {
  const v = raw.trim();
  if (!base) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}
