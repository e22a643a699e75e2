import { describe } from 'vitest';
import { HAVE_CORPUS, trafilaturaPages } from './corpus';
import { sweep } from './sweep';

describe.skipIf(!HAVE_CORPUS)('real pages: trafilatura', () => {
  sweep(trafilaturaPages());
});
