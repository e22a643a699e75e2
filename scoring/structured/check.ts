/**
 * Checks extracted entities against Google Search Central's documented properties (./rules.ts) and, within the
 * names we know, the schema.org vocabulary. Pure: StructuredData in, issues out.
 */
import { z } from 'zod';
import type { Entity, StructuredData, Value } from './schema';
import { walkEntities, type WalkedEntity } from './extract';
import { KNOWN_PROPERTIES, KNOWN_TYPES, RULES } from './rules';
import type { TypeRule } from './rules';

export const Issue = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** Where the rule comes from, e.g. `Google Search Central: Article` or `schema.org vocabulary`. */
  source: z.string(),
  /** Index into `StructuredData.entities` of the top-level entity the issue is about (or that contains it). */
  entityIndex: z.number().int().nonnegative().optional(),
  /** The property concerned, dotted for nested ones (`author.name`). */
  property: z.string().optional(),
  /** Stable id of the check, for tests and message catalogs. */
  ruleId: z.string(),
  /** The entity the issue is about, as a reader would name it: its type and its name, headline or @id
   * (`NewsMediaOrganization “The Daily”`), so four Organizations without sameAs are told apart. */
  entity: z.string().optional(),
});
export type Issue = z.infer<typeof Issue>;

const SCHEMA_ORG = 'schema.org vocabulary';

/** True when a property has at least one non-empty value. */
export function hasValue(e: Entity, prop: string): boolean {
  const values = e.properties[prop];
  if (!values) return false;
  return values.some((v) => (typeof v === 'string' ? v.trim() !== '' : typeof v === 'object' ? !isEmptyEntity(v) : true));
}

function isEmptyEntity(e: Entity): boolean {
  return e.types.length === 0 && Object.keys(e.properties).length === 0 && !e.id;
}

/**
 * The rules of each type, in RULES order. Nearly every entity has one type, and the filter over every rule's type
 * list cost more than the rest of the entity's checks.
 */
const rulesByType = new Map<string, TypeRule[]>();
for (const r of RULES)
  for (const t of r.types) {
    const list = rulesByType.get(t) ?? [];
    if (!list.includes(r)) list.push(r);
    rulesByType.set(t, list);
  }
const NO_RULES: readonly TypeRule[] = [];

function ruleFor(e: Entity): readonly TypeRule[] {
  if (e.types.length === 1) return rulesByType.get(e.types[0]!) ?? NO_RULES;
  return RULES.filter((r) => e.types.some((t) => r.types.includes(t)));
}

const entityValues = (values: Value[] | undefined): Entity[] =>
  (values ?? []).filter((v): v is Entity => typeof v === 'object');

/** The known names by their lower case, for the near-miss checks (built once: a page's check is otherwise cheap). */
const knownTypesLower = new Map(KNOWN_TYPES.map((t) => [t.toLowerCase(), t]));
const knownPropsLower = new Map(KNOWN_PROPERTIES.map((p) => [p.toLowerCase(), p]));
/**
 * The names those maps give back: a name written exactly so is no near miss, and most names on a page are (the
 * lower-casing of every property name of every entity was the check's largest cost).
 */
const exactTypes = new Set(knownTypesLower.values());
const exactProps = new Set(knownPropsLower.values());

/** `walked` is walkEntities(data), when the caller has it (the page's report walks the entities once for all checks). */
export function checkStructuredData(data: StructuredData, walked: readonly WalkedEntity[] = walkEntities(data)): Issue[] {
  const issues: Issue[] = [];
  const seenNotes = new Set<string>();

  for (const { entity, topIndex, depth } of walked) {
    const before = issues.length;
    // Vocabulary: near misses only (see rules.ts for why).
    for (const t of entity.types) {
      if (exactTypes.has(t)) continue;
      const known = knownTypesLower.get(t.toLowerCase());
      if (known && known !== t)
        issues.push({ severity: 'error', ruleId: 'unknown-type', source: SCHEMA_ORG, entityIndex: topIndex, message: `Unknown type "${t}": schema.org names are case-sensitive; did you mean "${known}"?` });
    }
    for (const p of Object.keys(entity.properties)) {
      if (exactProps.has(p)) continue;
      const known = knownPropsLower.get(p.toLowerCase());
      if (known && known !== p)
        issues.push({ severity: 'error', ruleId: 'unknown-property', source: SCHEMA_ORG, entityIndex: topIndex, property: p, message: `Unknown property "${p}": schema.org names are case-sensitive; did you mean "${known}"?` });
    }

    for (const rule of ruleFor(entity)) {
      // Recommended properties of entities nested in others are hints, not warnings (the parent's rule covers them).
      const recSeverity = depth === 0 ? 'warning' : 'info';
      for (const note of rule.notes) {
        if (seenNotes.has(note)) continue;
        seenNotes.add(note);
        issues.push({ severity: 'info', ruleId: `${rule.id}-note`, source: rule.source, entityIndex: topIndex, message: note });
      }
      for (const prop of rule.required)
        if (!hasValue(entity, prop))
          issues.push({ severity: 'error', ruleId: `${rule.id}-required`, source: rule.source, entityIndex: topIndex, property: prop, message: `${entity.types.join('/')} is missing required property "${prop}"` });
      for (const prop of rule.recommended)
        if (!hasValue(entity, prop))
          issues.push({ severity: recSeverity, ruleId: `${rule.id}-recommended`, source: rule.source, entityIndex: topIndex, property: prop, message: `${entity.types.join('/')} has no "${prop}" (recommended)` });
      for (const [prop, min] of Object.entries(rule.minCount)) {
        const n = (entity.properties[prop] ?? []).length;
        if (n > 0 && n < min)
          issues.push({ severity: 'error', ruleId: `${rule.id}-min-count`, source: rule.source, entityIndex: topIndex, property: prop, message: `${entity.types.join('/')} needs at least ${min} "${prop}" values, has ${n}` });
      }
      for (const nested of rule.nested) {
        const children = entityValues(entity.properties[nested.property]);
        children.forEach((child, k) => {
          const last = k === children.length - 1;
          for (const prop of nested.required) {
            if (last && nested.exemptLast.includes(prop)) continue;
            if (!hasValue(child, prop))
              issues.push({ severity: 'error', ruleId: `${rule.id}-nested-required`, source: rule.source, entityIndex: topIndex, property: `${nested.property}.${prop}`, message: `${nested.property} #${k + 1} is missing required property "${prop}"` });
          }
          for (const prop of nested.recommended)
            if (!hasValue(child, prop))
              issues.push({ severity: recSeverity, ruleId: `${rule.id}-nested-recommended`, source: rule.source, entityIndex: topIndex, property: `${nested.property}.${prop}`, message: `${nested.property} #${k + 1} has no "${prop}" (recommended)` });
        });
      }
      if (rule.id === 'dataset') {
        const d = entity.properties.description?.find((v): v is string => typeof v === 'string');
        if (d !== undefined && (d.length < 50 || d.length > 5000))
          issues.push({ severity: 'warning', ruleId: 'dataset-description-length', source: rule.source, entityIndex: topIndex, property: 'description', message: `Dataset description is ${d.length} characters; Google asks for 50 to 5000` });
      }
    }
    // The label is written only on this entity's issues: none, no label.
    const label = issues.length > before ? entityLabel(entity) : '';
    for (let i = before; i < issues.length; i++) if (!issues[i]!.ruleId.endsWith('-note')) issues[i]!.entity = label;
  }
  return issues;
}

/** "NewsMediaOrganization “The Daily”": an entity's type and the first of its name, headline or @id. */
export function entityLabel(e: Entity): string {
  const type = e.types.length ? e.types.join('/') : '(untyped)';
  for (const key of ['name', 'headline']) {
    const v = e.properties[key]?.find((x): x is string => typeof x === 'string' && x.trim() !== '');
    // Each whitespace run made one space, as `\s+` -> ' ' does, without replacing every single space by itself
    // (a run of two or more, or one character other than a space: about half the cost of labelling).
    if (v) return `${type} “${v.trim().replace(/\s{2,}|[^\S ]/g, ' ').slice(0, 60)}”`;
  }
  return e.id ? `${type} ${e.id.slice(0, 80)}` : type;
}
