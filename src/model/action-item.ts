import { z } from 'zod';
import { Cue } from './cue.js';
import { DateRange } from './date-range.js';
import { Position } from './position.js';

/** The state of an action item. */
export const ActionStatus = z.enum(['open', 'done']);

/** Something somebody is to do after the meeting. */
export const ActionItem = z
  .object({
    id: z.string(),
    item: z.string().nullable().meta({ description: 'The number of the agenda item that holds it, or null.' }),
    owners: z.array(z.string()).meta({ description: 'Full participant names where resolvable (the roster\'s names for people of the roster), else as written; [] when nobody is named.' }),
    ownersAsWritten: z
      .array(z.string())
      .optional()
      .meta({ description: 'The owners as read from the minutes and their participant list, when the roster gave any of them another name.' }),
    text: z.string(),
    due: DateRange.nullable(),
    status: ActionStatus,
    position: Position,
    cue: Cue.meta({ description: 'Why it was taken as an action and how its owners were read (`minutes parse --explain`).' }),
  })
  .meta({ id: 'ActionItem' });

/** Something somebody is to do after the meeting. */
export type ActionItem = z.infer<typeof ActionItem>;
