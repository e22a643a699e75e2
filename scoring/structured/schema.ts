/**
 * Zod schemas of the structured data read off a page (JSON-LD, microdata, RDFa Lite), normalized into one list of
 * plain, serializable entities so that it can cross from the content script to the background by structured clone.
 * See ./extract.ts for how each syntax maps onto this shape.
 */
import { z } from 'zod';

export const StructuredFormat = z.enum(['json-ld', 'microdata', 'rdfa']);
export type StructuredFormat = z.infer<typeof StructuredFormat>;

/** A property value: a literal, or a nested entity (depth-capped; cycles broken into reference stubs). */
export type Value = string | number | boolean | Entity;

export interface Entity {
  /** Types with `http(s)://schema.org/` (and `schema:`) stripped, e.g. `['NewsArticle']`; other vocabularies keep their full IRI. Empty for an unresolved `@id` reference. */
  types: string[];
  /** The syntax the entity was read from. */
  format: StructuredFormat;
  /** `@id` (JSON-LD), `itemid` (microdata) or `resource` (RDFa), or null. */
  id: string | null;
  /** Property name (schema.org prefix stripped) → its values, in document order. */
  properties: Record<string, Value[]>;
  /** For JSON-LD: the 0-based index of the `<script type="application/ld+json">` among the page's JSON-LD scripts. */
  blockIndex?: number;
  /** CSS selector of the element carrying the entity (the script for JSON-LD), when one could be computed. */
  selector?: string | null;
  /** True when this entity stands for an `@id` reference that could not be expanded (not found, a cycle, or the depth/size cap). */
  ref?: boolean;
}

export const Entity: z.ZodType<Entity> = z.lazy(() =>
  z.object({
    types: z.array(z.string()),
    format: StructuredFormat,
    id: z.string().nullable(),
    properties: z.record(z.string(), z.array(Value)),
    blockIndex: z.number().int().nonnegative().optional(),
    selector: z.string().nullable().optional(),
    ref: z.boolean().optional(),
  }),
);

export const Value: z.ZodType<Value> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), Entity]));

/** Where a JSON syntax error is, in the script element's text (before CDATA/comment wrappers were stripped). */
export const TextPosition = z.object({
  /** 0-based UTF-16 offset into the script's text content. */
  offset: z.number().int().nonnegative(),
  /** 1-based line. */
  line: z.number().int().positive(),
  /** 1-based column. */
  column: z.number().int().positive(),
});
export type TextPosition = z.infer<typeof TextPosition>;

/** A problem met while reading markup. `severity: 'info'` is used for blocks that are valid but hold nothing (`null`, `{}`, `[]`). */
export const StructuredError = z.object({
  format: StructuredFormat,
  severity: z.enum(['error', 'info']),
  /** For JSON-LD: which script (0-based among the JSON-LD scripts). */
  blockIndex: z.number().int().nonnegative().optional(),
  message: z.string(),
  position: TextPosition.nullable().optional(),
});
export type StructuredError = z.infer<typeof StructuredError>;

/** What became of each JSON-LD script: every block ends in exactly one of these states, never silently skipped. */
export const JsonLdBlock = z.object({
  blockIndex: z.number().int().nonnegative(),
  status: z.enum(['parsed', 'empty', 'error']),
  /** Top-level entities the block yielded (`@graph` members count one each). */
  entityCount: z.number().int().nonnegative(),
  /** True when a CDATA or HTML-comment wrapper had to be stripped before parsing. */
  unwrapped: z.boolean(),
  selector: z.string().nullable(),
});
export type JsonLdBlock = z.infer<typeof JsonLdBlock>;

export const StructuredData = z.object({
  /** Top-level entities of all three syntaxes; nested entities live inside `properties`. */
  entities: z.array(Entity),
  errors: z.array(StructuredError),
  jsonLdBlocks: z.array(JsonLdBlock),
});
export type StructuredData = z.infer<typeof StructuredData>;
