/** Authorship, dates and outbound citations (see ./extract.ts and ./citations.ts). */
export { extractAuthorship, Authorship, DatedValue } from './extract';
export { classifyCitations, classifyHost, Citations, SourceKind } from './citations';
