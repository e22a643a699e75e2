/**
 * Element walks for Node's DOM libraries, where selector queries are interpreted in script (linkedom's css-select
 * compiles the selector on every call): TreeWalker is an array walk there, and tags are tested in script. The
 * browser path of extract uses native queries instead; firstDescendant serves both.
 */

const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT (scoring/ reads no DOM globals)

/**
 * The top-level elements of a document: the root element, and any a lenient parser left beside it (linkedom keeps
 * a `<style>` before `<html>` as a sibling of it, where a browser would have moved it inside).
 */
function topLevel(doc: Document): Element[] {
  const tops: Element[] = [];
  for (let el = doc.firstElementChild; el; el = el.nextElementSibling) tops.push(el);
  return tops.length > 0 || !doc.documentElement ? tops : [doc.documentElement];
}

/**
 * Visits every element of a document once, in document order. A `<template>`'s content is inert (browsers keep it
 * out of the tree; linkedom parses it as children): the template is visited, its content is not.
 */
export function forEachElement(doc: Document, visit: (el: Element) => void): void {
  for (const top of topLevel(doc)) {
    visit(top);
    const walker = doc.createTreeWalker(top, SHOW_ELEMENT);
    const outsideTemplates = templateFilter();
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (outsideTemplates(el)) visit(el);
  }
}

/** For a walk in document order: false for the elements inside a `<template>` met earlier in the walk. */
function templateFilter(): (el: Element) => boolean {
  let template: Element | null = null;
  return (el) => {
    if (template) {
      if (template.contains(el)) return false;
      template = null;
    }
    if (el.localName === 'template') template = el;
    return true;
  };
}

/**
 * Walks a document and its deep clone in step (they have the same shape), visiting each element with its copy,
 * with forEachElement's order and its treatment of templates.
 */
export function forEachElementPair(doc: Document, copy: Document, visit: (original: Element, clone: Element) => void): void {
  const tops = topLevel(doc);
  const copies = topLevel(copy);
  for (let i = 0; i < tops.length && i < copies.length; i++) {
    visit(tops[i]!, copies[i]!);
    const a = doc.createTreeWalker(tops[i]!, SHOW_ELEMENT);
    const b = copy.createTreeWalker(copies[i]!, SHOW_ELEMENT);
    const outsideTemplates = templateFilter();
    for (let x = a.nextNode() as Element | null, y = b.nextNode() as Element | null; x && y; x = a.nextNode() as Element | null, y = b.nextNode() as Element | null) {
      if (outsideTemplates(x)) visit(x, y);
    }
  }
}

/**
 * The first descendant of `root` (not `root` itself), in document order, whose local name is in `tags` (lower
 * case; linkedom keeps the case of elements created as `createElement("P")`, as Readability does).
 */
export function firstDescendant(root: Element, tags: ReadonlySet<string>): Element | null {
  // Iterative pre-order walk: no stack to overflow on a deeply nested page, and it stops at the first hit.
  let el = root.firstElementChild;
  while (el) {
    const name = el.localName;
    if (tags.has(name) || tags.has(name.toLowerCase())) return el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === root) return null;
    }
    el = el ? el.nextElementSibling : null;
  }
  return null;
}
