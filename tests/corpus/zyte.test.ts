import { describe } from 'vitest';
import { HAVE_CORPUS, zytePages } from './corpus';
import { sweep } from './sweep';

describe.skipIf(!HAVE_CORPUS)('real pages: zyte', () => {
  sweep(zytePages());
});
