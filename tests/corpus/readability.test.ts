import { describe } from 'vitest';
import { HAVE_CORPUS, readabilityPages } from './corpus';
import { sweep } from './sweep';

describe.skipIf(!HAVE_CORPUS)('real pages: readability', () => {
  sweep(readabilityPages());
});
