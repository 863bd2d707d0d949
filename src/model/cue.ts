import { z } from 'zod';

/** What made the parser take a text as a decision or an action. */
export const CueKind = z
  .enum(['marker', 'section', 'grammar', 'table', 'task-list', 'vote', 'phrase'])
  .meta({
    description:
      'marker: a label such as `ACTION:` or `Päätös:`; section: the heading or label of the section it stands under; ' +
      'grammar: the sentence (a person as subject of a verb of doing, a decision verb, a passive with a deadline); ' +
      'table: a table column; task-list: a `- [ ]` box; vote: a motion, a vote count or consent without objection; ' +
      'phrase: a fixed phrase of the language (`it was agreed`).',
  });

/** Provenance of a decision or an action: the kind of evidence and the words that triggered it. */
export const Cue = z
  .object({
    kind: CueKind,
    words: z.string().meta({ description: 'The words (or column, heading) that triggered it, as written.' }),
    owner: z.string().optional().meta({ description: 'For actions: how the owners were read, or why none was resolved.' }),
  })
  .meta({ id: 'Cue' });

/** Provenance of a decision or an action. */
export type Cue = z.infer<typeof Cue>;
/** The kind of evidence behind a decision or an action. */
export type CueKind = z.infer<typeof CueKind>;
