/**
 * The content script runs on every page: it carries extract only (Readability + reading text), never the judging
 * engine, React or the panel. Checked on the built bundle (the test command builds the extension first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXT } from './harness';

const CONTENT = `${EXT}/content-scripts/content.js`;

describe('content script bundle', () => {
  it('is small and carries no judging code, no React and no panel', () => {
    if (!existsSync(CONTENT)) throw new Error(`no built content script at ${CONTENT}: run \`npx wxt build\` first`);
    const js = readFileSync(CONTENT, 'utf8');
    // ~190 KB today (Readability, zod, and extract with its structured-data and authorship readers); React DOM
    // alone would add ~190 KB and the analyzer (with language detection) ~100 KB, so these limits catch either.
    expect(js.length).toBeLessThan(260_000);
    expect(gzipSync(js).length).toBeLessThan(80_000);
    expect(js).toContain('isProbablyReaderable');
    for (const marker of ['react.transitional.element', 'react.element', 'useState', 'tinyld', 'Intl.Segmenter', 'sentenceSegmenter', 'createRoot']) {
      expect(js, marker).not.toContain(marker);
    }
  });
});
