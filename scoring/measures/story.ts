/**
 * A story's dialogue: a section told through many quoted exchanges (its characters talk, and ask each other
 * questions) that nothing ties to the world outside it: hardly a sentence gives a date, a full name, an official, a
 * place, a figure or a link. Reporting quotes people too, but it says who they are and places what they said in time
 * and place; fiction (a novel's chapter, a short story, a web serial) and the readers' labels give its quotations no
 * weight as evidence (LABELING.md: invented characters are not attributable speakers).
 *
 * Measured on the labelled pages (../shared/labels): of the sections with three or more attributed quotations, the two
 * works of fiction (Melville's "Bartleby", a Royal Road serial) anchor 2–5% of their sentences and ask a question in
 * 10–13%; every reported section anchors 11% or more (most 40–90%) and asks in 0–10%.
 */
import { hasCue } from './cues';
import type { SectionMeasures } from './types';

/** A conversation, not one or two quoted statements. */
const MIN_SPOKEN = 8;
/** Long enough for its rates to mean something. */
const MIN_SENTENCES = 40;
/** At most this share of sentences anchored to the world. */
const MAX_ANCHORED = 0.08;
/** At least this share of sentences are questions: characters asking each other. */
const MIN_QUESTIONS = 0.05;

/** Does a sentence tie the text to the world: a date, a two-word name, an official, a place, a figure, a link? */
function anchored(s: SectionMeasures['sentences'][number]): boolean {
  return (
    s.figures.length > 0 ||
    s.links.length > 0 ||
    hasCue(s.cues, 'date') ||
    hasCue(s.cues, 'capPair') ||
    hasCue(s.cues, 'official') ||
    hasCue(s.cues, 'place')
  );
}

/** Whether the section reads as a story told in dialogue (see above); its quotations are then no one's statement. */
export function isStoryDialogue(section: SectionMeasures): boolean {
  const n = section.sentences.length;
  if (n < MIN_SENTENCES) return false;
  let spoken = 0;
  for (const q of section.quotations) if (q.speaker) spoken++;
  if (spoken < MIN_SPOKEN) return false;
  let anchors = 0;
  let questions = 0;
  for (const s of section.sentences) {
    if (anchored(s)) anchors++;
    if (hasCue(s.cues, 'question')) questions++;
  }
  return anchors <= MAX_ANCHORED * n && questions >= MIN_QUESTIONS * n;
}
