import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { wordsOf } from './cues.js';
import type { FindContext } from './find-context.js';
import { readDue } from './read-due.js';

/** A date to read times against only to tell whether a text names one. */
const ANY_DATE = '2001-01-01';

/**
 * The verb of holding in a sentence that schedules an event (`Städdagen ska hållas i april`,
 * `Seuraava kokous pidetään 5.3. klo 18`, `Das Fest findet am 8. Juli statt`): its words as they
 * stand, or null. The sentence must name a time too, for only then does it say when the event is
 * (`Hemsidan ska hållas uppdaterad` keeps a page up to date). Holding an event is nobody's deed,
 * so the verb gives no task.
 */
export function heldEvent(text: string, context: FindContext): string | null {
  const words = wordsOf(text);
  const at = holdingIn(words, context.vocabs[0]);
  if (at === null || readDue(text, context.header.date ?? ANY_DATE, context.vocabs) === null) return null;
  return words.slice(at.from, at.to).join(' ');
}

/** The first verb of holding in the words, from its first word to after its last, or null; a particle parted from its verb may stand anywhere after it. */
function holdingIn(words: readonly string[], vocab: Vocabulary | undefined): { from: number; to: number } | null {
  if (vocab === undefined) return null;
  const { parts, openers } = holdingParts(vocab);
  for (let i = 0; i < words.length; i++) {
    // Most words open no verb of holding: only those that do are compared.
    if (!openers.has(words[i] as string)) continue;
    for (const [verb, particle] of parts) {
      if (!follows(words, i, verb)) continue;
      if (particle === undefined) return { from: i, to: i + verb.length };
      for (let j = i + verb.length; j < words.length; j++) if (follows(words, j, particle)) return { from: i, to: j + particle.length };
    }
  }
  return null;
}

/** The verbs of holding of a vocabulary as word lists (a parted one as its verb and its particle), and the words they open with. */
const holdingParts = oncePer((vocab: Vocabulary): { parts: [string[], string[] | undefined][]; openers: ReadonlySet<string> } => {
  const parts = vocab.holdingVerbs.map((entry): [string[], string[] | undefined] => {
    const [verb, particle] = entry.split(' … ');
    return [(verb as string).split(' '), particle?.split(' ')];
  });
  return { parts, openers: new Set(parts.map(([verb]) => verb[0] as string)) };
});

/** Whether the words from `at` on are the given ones. */
function follows(words: readonly string[], at: number, parts: readonly string[]): boolean {
  return parts.every((part, k) => words[at + k] === part);
}
