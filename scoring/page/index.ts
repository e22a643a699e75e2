/**
 * The page-level half of the report: structured data (what is there, what is wrong, what is missing, and the
 * snippet that fixes it), authorship and trust, and machine access. Pure: the network inputs (robots.txt,
 * llms.txt, the server's HTML) are fetched by the caller from the page's own origin and passed in.
 */
import { z } from 'zod';
import { compareRenderedText, RenderGap } from '../access/render-gap';
import { evaluateRobots, RobotsResult } from '../access/robots';
import { LlmsTxt, parseLlmsTxt } from '../access/llms-txt';
import { RobotsDirectives } from '../access/meta-robots';
import { Citations, classifyCitations } from '../authorship/citations';
import { checkStructuredData } from '../structured/check';
import { answeredQuestions, bylineName, type PageFacts } from '../structured/facts';
import { walkEntities } from '../structured/extract';
import { findMissingMarkup } from '../structured/missing';
import type { Entity } from '../structured/schema';
import { suggestJsonLd } from '../structured/suggest';
import type { Snapshot } from '../snapshot';
import type { ParsedUrls } from '../measures/urls';
import { PAGE_PART } from '../weights';

/** What the caller fetched from the page's own origin (all optional: a local file has none of it). */
export const AccessInputs = z.object({
  /** robots.txt: HTTP status (null when unreachable) and body. */
  robots: z.object({ status: z.number().int().nullable(), text: z.string().nullable() }).nullable().optional(),
  /** /llms.txt: HTTP status and body. */
  llms: z.object({ status: z.number().int().nullable(), text: z.string().nullable() }).nullable().optional(),
  /** The text of the HTML the server sends for this URL (no scripts run), to compare with the rendered article. */
  serverText: z.string().nullable().optional(),
  /** The X-Robots-Tag response header, when the caller saw one. */
  xRobotsTag: z.string().nullable().optional(),
});
export type AccessInputs = z.infer<typeof AccessInputs>;

export const SchemaIssue = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** Where the rule comes from (Google Search Central: Article, schema.org vocabulary, JSON syntax…). */
  source: z.string(),
  /** Stable id of the check. */
  ruleId: z.string(),
  /** True for what the page shows but its markup does not say (missing markup, contradictions). */
  missing: z.boolean(),
  /** The entity concerned (index into `entities`), when there is one. */
  entityIndex: z.number().int().nonnegative().optional(),
  property: z.string().optional(),
  /** The entity concerned, named: its type and its name, headline or @id (see structured/check.ts). */
  entity: z.string().optional(),
});
export type SchemaIssue = z.infer<typeof SchemaIssue>;

export const SchemaReport = z.object({
  entities: z.array(
    z.object({
      types: z.array(z.string()),
      format: z.enum(['json-ld', 'microdata', 'rdfa']),
      id: z.string().nullable(),
      /** Property names it carries (values are in the snapshot). */
      properties: z.array(z.string()),
      selector: z.string().nullable(),
      blockIndex: z.number().int().nonnegative().nullable(),
    }),
  ),
  /** JSON-LD scripts found, and how many parsed. */
  blocks: z.object({ total: z.number().int().nonnegative(), parsed: z.number().int().nonnegative(), errors: z.number().int().nonnegative() }),
  issues: z.array(SchemaIssue),
  /** A JSON-LD snippet built from what the page shows, to paste in a `<script type="application/ld+json">`; null when nothing is missing. */
  suggested: z.string().nullable(),
});
export type SchemaReport = z.infer<typeof SchemaReport>;

export const AuthorshipReport = z.object({
  byline: z.string().nullable(),
  bylineSource: z.string().nullable(),
  bio: z.boolean(),
  profileLinks: z.array(z.object({ href: z.string(), kind: z.string() })),
  published: z.object({ value: z.string(), source: z.string() }).nullable(),
  modified: z.object({ value: z.string(), source: z.string() }).nullable(),
  citations: Citations,
});
export type AuthorshipReport = z.infer<typeof AuthorshipReport>;

export const AccessReport = z.object({
  /** null when robots.txt was not fetched (a local file, or the caller did not ask). */
  robots: RobotsResult.nullable(),
  metaRobots: z.array(RobotsDirectives),
  /** Plain-language findings: "Blocked from ChatGPT search (OAI-SearchBot)", "noindex"… */
  findings: z.array(z.object({ severity: z.enum(['error', 'warning', 'info']), message: z.string() })),
  /** Shown as information only: no AI engine is known to read llms.txt, so it carries no weight. */
  llmsTxt: LlmsTxt.nullable(),
  renderGap: RenderGap.nullable(),
});
export type AccessReport = z.infer<typeof AccessReport>;

export interface PageContextForFacts {
  /** True when the analysis found a table of the author's own figures. */
  ownDataTable: { caption: string | null } | null;
}

/** What the page visibly shows, for the markup checks and the suggested snippet. */
export function pageFacts(snapshot: Snapshot, ctx: PageContextForFacts): PageFacts {
  const meta = (key: string) => snapshot.meta.find((m) => m.key === key)?.content ?? null;
  const a = snapshot.authorship;
  return {
    url: meta('og:url') ?? snapshot.url,
    headline: snapshot.headline ?? snapshot.title,
    isArticle: snapshot.readerable && snapshot.parsed,
    byline: a.byline ?? snapshot.byline,
    authorUrl: a.profileLinks.find((l) => l.kind === 'rel-author')?.href ?? null,
    authorSameAs: a.profileLinks.filter((l) => l.kind !== 'rel-author').map((l) => l.href),
    datePublished: a.published[0]?.value ?? snapshot.publishedTime,
    dateModified: a.modified[0]?.value ?? null,
    sections: snapshot.sections
      .filter((s) => s.heading)
      .map((s) => ({ heading: s.heading!, firstParagraph: s.blocks.find((b) => b.kind === 'p' || b.kind === 'li')?.text ?? null })),
    hasOwnDataTable: ctx.ownDataTable !== null,
    dataTableCaption: ctx.ownDataTable?.caption ?? null,
    publisherName: snapshot.siteName ?? meta('og:site_name'),
    publisherLogo: null,
    image: meta('og:image') ?? meta('twitter:image'),
    description: meta('description') ?? meta('og:description') ?? snapshot.excerpt,
  };
}

export function schemaReport(snapshot: Snapshot, facts: PageFacts): SchemaReport {
  const data = snapshot.structured;
  const issues: SchemaIssue[] = [];
  for (const e of data.errors) {
    issues.push({
      severity: e.severity,
      message: `${e.format === 'json-ld' ? `JSON-LD block ${(e.blockIndex ?? 0) + 1}` : e.format}: ${e.message}${e.position ? ` (line ${e.position.line}, column ${e.position.column})` : ''}`,
      source: e.format === 'json-ld' ? 'JSON syntax (RFC 8259) / JSON-LD 1.1' : e.format === 'microdata' ? 'HTML microdata' : 'RDFa Lite 1.1',
      ruleId: `${e.format}-parse`,
      missing: false,
    });
  }
  // The checks and the snippet read the same entities and question headings: each is read once here (walking the
  // entities twice and reading every heading twice cost a fifth of the markup report).
  const walked = walkEntities(data);
  const answered = answeredQuestions(facts);
  // The checks' issues are new objects: each is marked in place (same keys in the same order as a copy with
  // `missing` added last, without copying every issue of a page with hundreds of entities).
  for (const i of checkStructuredData(data, walked)) {
    (i as SchemaIssue).missing = false;
    issues.push(i as SchemaIssue);
  }
  const missing = findMissingMarkup(data, facts, walked, answered);
  for (const m of missing) issues.push({ severity: m.severity, message: m.message, source: m.source, ruleId: m.id, missing: true });
  const needsFix = missing.some((m) => m.severity !== 'info') || issues.some((i) => i.severity === 'error');
  let parsed = 0;
  let errors = 0;
  for (const b of data.jsonLdBlocks) {
    if (b.status === 'parsed') parsed++;
    else if (b.status === 'error') errors++;
  }
  return {
    entities: data.entities.map((e: Entity) => ({
      types: e.types,
      format: e.format,
      id: e.id,
      properties: Object.keys(e.properties),
      selector: e.selector ?? null,
      blockIndex: e.blockIndex ?? null,
    })),
    blocks: { total: data.jsonLdBlocks.length, parsed, errors },
    issues,
    suggested: needsFix && facts.isArticle ? suggestJsonLd(facts, answered) : null,
  };
}

export function authorshipReport(snapshot: Snapshot, urls?: ParsedUrls): AuthorshipReport {
  const a = snapshot.authorship;
  // The page's links in order, gathered by loops: the nested flatMap cost as much as classifying them.
  const links: { href: string }[] = [];
  for (const s of snapshot.sections) for (const b of s.blocks) for (const l of b.links) links.push(l);
  // The name, as a reader would say it: a byline element's text often carries "By" and the date ("By Dana
  // Whitfield, May 2, 2024"); one that holds only a date names nobody, and the next source is read. The snapshot
  // keeps every text as found.
  let byline: string | null = null;
  let bylineSource: string | null = null;
  for (const candidate of a.bylineSources) {
    const name = bylineName(candidate.value);
    if (name) {
      byline = name;
      bylineSource = candidate.source;
      break;
    }
  }
  return {
    byline,
    bylineSource,
    bio: a.bio.present,
    profileLinks: a.profileLinks,
    published: a.published[0] ? { value: a.published[0].value, source: a.published[0].source } : null,
    modified: a.modified[0] ? { value: a.modified[0].value, source: a.modified[0].source } : null,
    citations: classifyCitations(links, snapshot.url, urls),
  };
}

export function accessReport(snapshot: Snapshot, inputs: AccessInputs, renderedText: string): AccessReport {
  const findings: AccessReport['findings'] = [];
  const robots = inputs.robots && snapshot.url ? evaluateRobots(inputs.robots.text, snapshot.url, inputs.robots.status) : null;
  if (robots) {
    const name = (ids: string[]) => ids.join(', ');
    if (robots.byPurpose.search.blocked.length > 0) findings.push({ severity: 'error', message: `Blocked from AI search indexes by robots.txt: ${name(robots.byPurpose.search.blocked)}. These engines cannot cite what they cannot index.` });
    if (robots.byPurpose.user.blocked.length > 0) findings.push({ severity: 'warning', message: `robots.txt disallows user-triggered fetchers: ${name(robots.byPurpose.user.blocked)} (some vendors say these fetchers may not follow robots.txt).` });
    if (robots.byPurpose.training.blocked.length > 0) findings.push({ severity: 'info', message: `Opted out of AI training: ${name(robots.byPurpose.training.blocked)}. This does not stop AI search from citing the page.` });
    if (robots.state === 'unreachable-5xx' || robots.state === 'unreachable') findings.push({ severity: 'warning', message: robots.explanation ?? 'robots.txt could not be read.' });
  }
  const metaRobots = [...snapshot.robotsMeta];
  for (const d of metaRobots) {
    const who = d.agent === '*' ? 'all crawlers' : d.agent;
    if (d.noindex) findings.push({ severity: 'error', message: `noindex for ${who} (${d.origin === 'meta' ? 'meta robots' : 'X-Robots-Tag'}): the page is kept out of search indexes.` });
    if (d.nosnippet || d.maxSnippet === 0) findings.push({ severity: 'error', message: `nosnippet for ${who}: search engines may not quote the page, in results or in AI answers.` });
    else if (d.maxSnippet !== null && d.maxSnippet > 0 && d.maxSnippet < 160) findings.push({ severity: 'warning', message: `max-snippet:${d.maxSnippet} for ${who}: quotes from the page are cut to ${d.maxSnippet} characters.` });
    if (d.nonStandard.length > 0) findings.push({ severity: 'info', message: `Non-standard directives ${d.nonStandard.join(', ')} for ${who}: no major crawler documents them.` });
  }
  const llmsTxt = inputs.llms ? parseLlmsTxt(inputs.llms.status !== null && inputs.llms.status < 300 ? inputs.llms.text : null) : null;
  const renderGap = inputs.serverText != null && renderedText.length > 0 ? compareRenderedText(inputs.serverText, renderedText) : null;
  if (renderGap?.verdict === 'script-only') findings.push({ severity: 'error', message: 'The article text appears only after scripts run: crawlers that do not run JavaScript see little of it.' });
  else if (renderGap?.verdict === 'partly') findings.push({ severity: 'warning', message: `Only ${Math.round(renderGap.share * 100)}% of the article text is in the HTML the server sends; the rest appears after scripts run.` });
  return { robots, metaRobots, findings, llmsTxt, renderGap };
}

/**
 * The page part of the score (0–1): markup, authorship and access. Content evidence dominates the page score;
 * this part can move it by at most PAGE_WEIGHTS.page × 100 points (see weights.ts).
 */
export function pagePartValue(schema: SchemaReport, authorship: AuthorshipReport, access: AccessReport, isArticle: boolean): { value: number; detail: string } {
  const ids = new Set(schema.issues.map((i) => i.ruleId));
  let markup = 1;
  if (isArticle) {
    if (ids.has('article-markup')) markup -= PAGE_PART.missingArticle;
    if (ids.has('author-person')) markup -= PAGE_PART.missingAuthor;
    if (ids.has('date-markup')) markup -= PAGE_PART.missingDates;
    if (ids.has('headline-mismatch') || ids.has('author-mismatch')) markup -= PAGE_PART.contradiction;
  }
  if (schema.blocks.errors > 0) markup -= PAGE_PART.brokenJsonLd;
  markup -= Math.min(PAGE_PART.requiredErrorsMax, schema.issues.filter((i) => i.severity === 'error' && !i.ruleId.endsWith('-parse') && !i.missing).length * PAGE_PART.requiredError);
  markup = Math.max(0, markup);
  let trust = 0;
  if (authorship.byline) trust += 0.4;
  if (authorship.published) trust += 0.3;
  if (authorship.bio || authorship.profileLinks.length > 0) trust += 0.3;
  let reach = 1;
  if (access.findings.some((f) => f.severity === 'error')) reach = 0;
  else if (access.findings.some((f) => f.severity === 'warning')) reach = 0.5;
  const value = PAGE_PART.markupShare * markup + PAGE_PART.trustShare * trust + PAGE_PART.reachShare * reach;
  return {
    value,
    detail: `markup ${Math.round(markup * 100)}%, authorship ${Math.round(trust * 100)}%, machine access ${Math.round(reach * 100)}%`,
  };
}
