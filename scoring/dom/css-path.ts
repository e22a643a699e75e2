/** A CSS path back to an element of the original page: how findings and markup are located again later. */

/**
 * A CSS path to `el` in its document: from the nearest ancestor with a simple id, else from `html`, with
 * `:nth-child` steps. Cached per element because blocks share ancestors.
 */
export function cssPath(el: Element, cache = new Map<Element, string | null>(), indexes = new Map<Element, Map<Element, number>>()): string | null {
  const hit = cache.get(el);
  if (hit !== undefined) return hit;
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  let path: string | null;
  if (id && /^[A-Za-z][\w-]*$/.test(id)) {
    path = `#${id}`;
  } else if (tag === 'html' || tag === 'body' || !el.parentElement) {
    path = tag;
  } else {
    const parentPath = cssPath(el.parentElement, cache, indexes);
    path = parentPath === null ? null : `${parentPath} > ${tag}:nth-child(${childIndex(el, indexes)})`;
  }
  cache.set(el, path);
  return path;
}

/**
 * 1-based position of `el` among its parent's element children. Counting back through siblings is linear in the
 * position, so blocks under one parent would cost quadratic time: each parent's children are numbered once.
 */
function childIndex(el: Element, childIndexes: Map<Element, Map<Element, number>>): number {
  const parent = el.parentElement!;
  let map = childIndexes.get(parent);
  if (!map || !map.has(el)) {
    map = new Map();
    let i = 0;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) map.set(c, ++i);
    childIndexes.set(parent, map);
  }
  return map.get(el)!;
}

