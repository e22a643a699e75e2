/**
 * Name normalization shared by the three syntaxes, so that `https://schema.org/Person`, `http://schema.org/Person`,
 * `schema:Person` and `Person` compare equal.
 */

const SCHEMA_ORG_PREFIX = /^(?:https?:)?\/\/(?:www\.)?schema\.org\//i;

/** Strip a schema.org namespace (full IRI or the `schema:` CURIE); other IRIs are returned unchanged. */
export function normalizeTerm(term: string): string {
  const t = term.trim();
  if (SCHEMA_ORG_PREFIX.test(t)) return t.replace(SCHEMA_ORG_PREFIX, '').replace(/^#/, '');
  if (/^schema:/i.test(t)) return t.slice('schema:'.length);
  return t;
}

/** Keys that must never become own properties of the plain objects we build (prototype pollution). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Whitespace-collapse text content. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
