/** A page (or list, or sitemap) could not be read: the message names the reason in a few words, the caller the input. */
export class InputError extends Error {}
