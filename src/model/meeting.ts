import { z } from 'zod';
import { ActionItem } from './action-item.js';
import { AgendaItem } from './agenda-item.js';
import { Decision } from './decision.js';
import { Diagnostic } from './diagnostic.js';
import { Participant } from './participant.js';
import { Position } from './position.js';

/** Where a header field was read: the words as written and their place. */
export const FieldSource = z
  .object({ text: z.string(), position: Position, end: Position.optional() })
  .meta({ id: 'FieldSource' });

/** The languages with a vocabulary of their own. */
export const Language = z.enum(['fi', 'en', 'sv', 'de', 'nl']);

/** One meeting, as `minutes parse --json` prints it (see SPEC.md). */
export const Meeting = z
  .object({
    schemaVersion: z.literal(1),
    source: z.object({
      path: z.string().nullable(),
      language: Language.meta({ description: 'ISO 639-1, detected or given.' }),
      encoding: z.string().optional().meta({ description: 'The encoding the bytes were read as.' }),
    }),
    title: z.string().nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().meta({ description: "The meeting's date, ISO 8601." }),
    endDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .optional()
      .meta({ description: 'The last day of a meeting held over several days, ISO 8601; absent for a meeting of one day.' }),
    startTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
    endTime: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
    location: z.string().nullable(),
    participants: z.array(Participant),
    agenda: z.array(AgendaItem),
    decisions: z.array(Decision),
    actions: z.array(ActionItem),
    preamble: z.string().meta({ description: 'Plain text before the first agenda item.' }),
    notes: z.string().meta({ description: 'Plain text outside every agenda item after the first one.' }),
    fields: z
      .record(z.string(), FieldSource)
      .meta({ description: 'Where each header field (title, date, time, location, ...) was read.' }),
    diagnostics: z.array(Diagnostic).meta({ description: 'What the parser noticed: unreadable dates and the like.' }),
  })
  .meta({ id: 'Meeting', description: 'One meeting read from its minutes.' });

/** One meeting read from its minutes. */
export type Meeting = z.infer<typeof Meeting>;
/** A language code with a vocabulary. */
export type Language = z.infer<typeof Language>;
/** Where a header field was read. */
export type FieldSource = z.infer<typeof FieldSource>;
