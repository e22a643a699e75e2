/**
 * The Snapshot: what `extract` reads off a page, plain and serializable, so it can cross from the content script
 * to the background (structured clone) or be written to disk by the CLI. `analyze` needs nothing else.
 */
import { z } from 'zod';
import { RobotsDirectives } from './access/meta-robots';
import { Authorship } from './authorship/extract';
import { StructuredData } from './structured/schema';

export const SNAPSHOT_VERSION = 1;

/**
 * A way back from extracted text to the page's DOM. `selector` is a CSS path in the *original* document (not
 * Readability's cleaned clone); `quote` is the element's normalized text at extraction time (truncated), so a
 * caller can check it still points at the same content after the page changed.
 */
export const Locator = z.object({
  /**
   * CSS selector of the element in the original document; null when no element could be traced back, or when the
   * extraction was not asked for selectors (ExtractOptions.selectors).
   */
  selector: z.string().nullable(),
  /** The first characters of the element's normalized text, to verify the selector still points at it. */
  quote: z.string(),
});
export type Locator = z.infer<typeof Locator>;

/** A link inside a block; offsets are into the block's normalized `text`. */
export const SnapshotLink = z.object({
  /** Absolute URL (resolved against the page URL), or the raw attribute when it could not be resolved. */
  href: z.string(),
  /** The link's visible text. */
  text: z.string(),
  /** Start offset of the link text in the block text. */
  start: z.number().int().nonnegative(),
  /** End offset (exclusive) of the link text in the block text. */
  end: z.number().int().nonnegative(),
});
export type SnapshotLink = z.infer<typeof SnapshotLink>;

export const BlockKind = z.enum(['p', 'li', 'blockquote', 'pre', 'table', 'figcaption', 'dd', 'dt', 'other']);
export type BlockKind = z.infer<typeof BlockKind>;

/** One block of article text: a paragraph, a list item, a quotation, a code block, a table or a caption. */
export const SnapshotBlock = z.object({
  kind: BlockKind,
  /** Whitespace-normalized visible text. Tables: one line per row, cells separated by " | ". */
  text: z.string(),
  links: z.array(SnapshotLink),
  /** For list items: true when the list is ordered (`<ol>`), a hint that the section describes steps. */
  ordered: z.boolean().optional(),
  /** For blockquotes: the `cite` attribute or a `<cite>`/`<footer>` attribution inside it. */
  cite: z.string().nullable().optional(),
  /** For tables: the cells, row by row (at most 50 rows kept), and the caption. */
  table: z
    .object({
      caption: z.string().nullable(),
      rows: z.array(z.array(z.string())),
    })
    .optional(),
  locator: Locator,
});
export type SnapshotBlock = z.infer<typeof SnapshotBlock>;

/** A section: starts at a heading of the article (or is the intro before the first heading). */
export const SnapshotSection = z.object({
  /** The heading's visible text; null for the intro. */
  heading: z.string().nullable(),
  /** Heading level 1–6 as in the original page; 0 for the intro. */
  level: z.number().int().min(0).max(6),
  /** Where the heading is on the page (null for the intro). */
  headingLocator: Locator.nullable(),
  blocks: z.array(SnapshotBlock),
});
export type SnapshotSection = z.infer<typeof SnapshotSection>;

export const MetaTag = z.object({
  /** The `name`, `property` or `itemprop` (lower-cased) of the `<meta>`, or `http-equiv`. */
  key: z.string(),
  content: z.string(),
});
export type MetaTag = z.infer<typeof MetaTag>;

export const Snapshot = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  url: z.string().nullable(),
  /** The article title (Readability's, falling back to `<title>`). */
  title: z.string().nullable(),
  /** The headline the page shows: its first `<h1>`, else `<title>` (Readability's title may come from markup). */
  headline: z.string().nullable(),
  /** Language declared by the page (`<html lang>`, `content-language`), lower-cased, or null. */
  declaredLang: z.string().nullable(),
  /** Readability's `isProbablyReaderable`: does this look like an article at all. */
  readerable: z.boolean(),
  /** Whether Readability found article content (sections are empty when not). */
  parsed: z.boolean(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedTime: z.string().nullable(),
  excerpt: z.string().nullable(),
  sections: z.array(SnapshotSection),
  meta: z.array(MetaTag),
  /** Structured data of the whole page (JSON-LD, microdata, RDFa), read on every page, article or not. */
  structured: StructuredData,
  /** Byline, bio, profile links and dates, from the whole page. */
  authorship: Authorship,
  /** `<meta name="robots">` and crawler-specific robots meta tags. */
  robotsMeta: z.array(RobotsDirectives),
  /**
   * Why no article could be read, when that was the page's fault rather than the page simply not being an article:
   * `empty` (no document, or nothing in it), `too-deep` (elements nested past what a browser's parser builds),
   * `reader-failed` (the article reader threw on a malformed tree). The page-level reads (structured data,
   * authorship, robots meta) are still there. Absent otherwise.
   */
  problem: z
    .object({
      code: z.enum(['empty', 'too-deep', 'reader-failed']),
      /** One plain sentence for the user (never a stack trace or a library's message). */
      message: z.string().max(300),
    })
    .optional(),
});
export type Snapshot = z.infer<typeof Snapshot>;
