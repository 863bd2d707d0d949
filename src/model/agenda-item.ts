import { z } from 'zod';
import { Position } from './position.js';

/** One item of the agenda with the plain text of its body. */
export const AgendaItem = z
  .object({
    number: z.string().nullable().meta({ description: 'Digits as written ("3", "3.2"); "§ 5" gives "5"; null if unnumbered.' }),
    title: z.string(),
    presenter: z.string().nullable(),
    reference: z.string().optional().meta({ description: 'A case or file reference written beside the number instead of a title ("Dnr BUN 2025/88"), as written.' }),
    text: z.string().meta({ description: "Plain text of the item's body." }),
    position: Position,
    end: Position.optional().meta({ description: 'Where the item ends (exclusive of the next item).' }),
  })
  .meta({ id: 'AgendaItem' });

/** One item of the agenda. */
export type AgendaItem = z.infer<typeof AgendaItem>;
