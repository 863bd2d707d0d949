import { z } from 'zod';
import { Cue } from './cue.js';
import { Position } from './position.js';

/** Something the meeting decided, resolved or agreed. */
export const Decision = z
  .object({
    id: z.string(),
    item: z.string().nullable().meta({ description: 'The number of the agenda item that holds it, or null.' }),
    text: z.string(),
    position: Position,
    cue: Cue.meta({ description: 'Why it was taken as a decision (`minutes parse --explain`).' }),
  })
  .meta({ id: 'Decision' });

/** Something the meeting decided. */
export type Decision = z.infer<typeof Decision>;
