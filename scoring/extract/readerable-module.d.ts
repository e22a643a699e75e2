/** Readability's small "is this readerable" file alone (the package's index would pull in the whole reader). */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as check } from '@mozilla/readability';
  const isProbablyReaderable: typeof check;
  export default isProbablyReaderable;
}
