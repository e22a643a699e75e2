/** Bundled into real pages by native-extract.test.ts: both extraction paths on the same live document. */
import { extract, extractDetailed } from '../../scoring/extract/index';

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
