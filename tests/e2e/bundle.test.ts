/**
 * The content script runs on every page: it carries only what the page's thread must do (the readerable check, the
 * serializer, re-reading an edited block, highlights), never Readability (the article is read off the page's
 * thread), a schema library (its messages are checked by hand: messaging/page.ts), the judging engine, React or the
 * panel. Checked on the built bundle (the test command builds the
 * extension first).
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
    // ~41 KB today (the readerable check, the serializer, reading one block, highlights, no schema library); zod alone
    // would add ~85 KB, Readability with the structured-data and authorship readers ~45 KB, React DOM ~190 KB.
    expect(js.length).toBeLessThan(60_000);
    expect(gzipSync(js).length).toBeLessThan(20_000);
    // The readerable check's query is there; Readability's article parser is not.
    expect(js).toContain('div > br');
    for (const marker of ['_grabArticle', '_unwrapNoscriptImages', 'ZodError', 'jitless', 'react.transitional.element', 'react.element', 'useState', 'tinyld', 'Intl.Segmenter', 'sentenceSegmenter', 'createRoot']) {
      expect(js, marker).not.toContain(marker);
    }
  });
});
