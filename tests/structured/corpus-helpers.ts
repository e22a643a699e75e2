/** Shared helpers for the corpus-driven tests: where the corpus lives, and parsing the schema.org example files. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** The shared corpus sits next to the repository (../shared/corpus); CI always has it. */
export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
export const hasCorpus = fs.existsSync(CORPUS);
if (!hasCorpus) console.warn(`[structured tests] corpus not found at ${CORPUS}: corpus tests are skipped`);

export function parseDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readMaybeGz(file: string): string {
  const buf = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(buf) : buf).toString('utf8');
}

export function listFiles(dir: string, pred: (name: string) => boolean, recursive = false): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (recursive) out.push(...listFiles(full, pred, true));
    } else if (pred(ent.name)) out.push(full);
  }
  return out.sort();
}

export interface SchemaExample {
  file: string;
  /** `#eg-NNNN` id, or `<file>#<n>` when the example has none. */
  id: string;
  sections: Partial<Record<'PRE-MARKUP' | 'MICRODATA' | 'RDFA' | 'JSON', string>>;
}

type Heading = 'PRE-MARKUP' | 'MICRODATA' | 'RDFA' | 'JSON';

/** Splits a schema.org examples file into `TYPES:` records and their four sections (format: corpus README). */
export function parseExamplesFile(file: string, text: string): SchemaExample[] {
  const records = text.split(/^TYPES:/m).slice(1);
  return records.map((rec, n) => {
    const idMatch = /^\s*(#[\w-]+)/.exec(rec);
    const sections: SchemaExample['sections'] = {};
    const re = /^(PRE-MARKUP|MICRODATA|RDFA|JSON):\s*$/gm;
    const marks: { name: Heading; start: number; end: number }[] = [];
    for (let m = re.exec(rec); m; m = re.exec(rec))
      marks.push({ name: m[1] as Heading, start: m.index, end: m.index + m[0].length });
    marks.forEach((mk, k) => {
      sections[mk.name] = rec.slice(mk.end, k + 1 < marks.length ? marks[k + 1]!.start : rec.length);
    });
    return { file, id: idMatch ? idMatch[1]! : `${path.basename(file)}#${n}`, sections };
  });
}

/** Upstream's own presence rules (software/SchemaExamples/schemaexamples.py, per the corpus README). */
export function variantPresent(kind: 'MICRODATA' | 'RDFA' | 'JSON', body: string | undefined): boolean {
  if (!body) return false;
  if (kind === 'MICRODATA') return body.includes('itemtype') && body.includes('itemprop');
  if (kind === 'RDFA') return body.includes('typeof') && body.includes('property');
  return body.includes('@type');
}

/**
 * The HTML parser lowercases attribute names (HTML § 13.2.5.33), so `typeOf="Person"` is `typeof` in every browser.
 * linkedom 0.18 keeps the source case, so the structured-data attributes are lowercased here to parse as a browser does.
 */
export function lowercaseMarkupAttributes(html: string): string {
  return html.replace(/(\s)(typeof|itemscope|itemprop|itemtype|itemref|itemid|property|vocab|prefix|resource)(?=[\s=>/])/gi, (_m, sp: string, name: string) => sp + name.toLowerCase());
}
