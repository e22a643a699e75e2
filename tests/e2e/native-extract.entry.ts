/** Bundled into real pages by native-extract.test.ts: the extraction paths on the same live document. */
import { extract, extractDetailed } from '../../scoring/extract/index';
import { serializePage } from '../../entrypoints/content/serialize';
import { readHtml } from '../../entrypoints/offscreen/reader';
import { resolveLocators } from '../../entrypoints/content/locators';

(globalThis as unknown as { __compareExtraction: unknown }).__compareExtraction = () => {
  const before = document.documentElement.outerHTML;
  const walked = extractDetailed(document, { url: location.href });
  const native = extractDetailed(document, { url: location.href, nativeQueries: true });
  const plain = extract(document, { url: location.href });
  const sameElements =
    native.blockElements.length === walked.blockElements.length &&
    native.blockElements.every((row, i) => row.length === walked.blockElements[i]!.length && row.every((el, j) => el === walked.blockElements[i]![j])) &&
    native.headingElements.every((el, i) => el === walked.headingElements[i]);
  return {
    walked: JSON.stringify(walked.snapshot),
    native: JSON.stringify(native.snapshot),
    plain: JSON.stringify(plain),
    sameElements,
    blocks: native.blockElements.flat().length,
    found: native.blockElements.flat().filter(Boolean).length,
    unchanged: document.documentElement.outerHTML === before,
  };
};

/**
 * The content script's path: the page serialized in slices, read by the reader's code from that HTML (here in the
 * page, with the same DOMParser the offscreen document uses), its locators resolved on the live page; against the
 * extraction made directly on the live page.
 */
(globalThis as unknown as { __compareOffPage: unknown }).__compareOffPage = async () => {
  const before = document.documentElement.outerHTML;
  const direct = extractDetailed(document, { url: location.href, nativeQueries: true });
  const page = (await serializePage(document))!;
  const reply = readHtml(page.parts.join(''), { url: location.href, elements: page.elements, noscriptText: page.noscriptText });
  if (!reply.ok) return { error: reply.message };
  const live = resolveLocators(reply.blocks, reply.headings);
  const same = (a: (Element | null)[], b: (Element | null)[]) => a.length === b.length && a.every((el, i) => el === b[i]);
  return {
    direct: JSON.stringify(direct.snapshot),
    offPage: JSON.stringify(reply.snapshot),
    sameElements: same(live.blockElements.flat(), direct.blockElements.flat()) && same(live.headingElements, direct.headingElements),
    found: live.blockElements.flat().filter(Boolean).length,
    longestSliceMs: page.longestMs,
    unchanged: document.documentElement.outerHTML === before,
  };
};
