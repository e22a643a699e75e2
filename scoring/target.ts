/**
 * Where a finding is on the page. Its own module, so the content script (which turns targets into Ranges) validates
 * them without building the whole Report schema when it starts on every page.
 */
import { z } from 'zod';

/** Where a finding is: a block of a section and a span of its text, for the content script to turn into a Range. */
export const Target = z.object({
  section: z.number().int().nonnegative(),
  /** Block index within the section, or null for the section's heading / the whole section. */
  block: z.number().int().nonnegative().nullable(),
  /** Offsets into the block's normalized text; absent when the finding is the whole block. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Target = z.infer<typeof Target>;
