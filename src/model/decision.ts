import { z } from 'zod';
import { Position } from './position.js';

/** Something the meeting decided, resolved or agreed. */
export const Decision = z
  .object({
    id: z.string(),
    item: z.string().nullable().meta({ description: 'The number of the agenda item that holds it, or null.' }),
    text: z.string(),
    position: Position,
  })
  .meta({ id: 'Decision' });

/** Something the meeting decided. */
export type Decision = z.infer<typeof Decision>;
