import { z } from 'zod';
import { Position } from './position.js';

/** A person listed as present or absent, with organisation and roles. */
export const Participant = z
  .object({
    name: z.string(),
    organization: z.string().nullable(),
    roles: z.array(z.string()).meta({ description: '"chair", "secretary", "vice-chair" or other lower-case words.' }),
    present: z.boolean(),
    handle: z.string().nullable().optional().meta({ description: 'An @handle written beside the name.' }),
    alias: z
      .string()
      .nullable()
      .optional()
      .meta({ description: 'Initials, a call sign, a user id or a nickname written beside the name (`AWB`, `VE3ABC`, `fixie`).' }),
    nameAsWritten: z
      .string()
      .optional()
      .meta({ description: 'The name as the minutes wrote it, when the roster (`people` in the configuration) gave the person another: `name` is then the roster\'s.' }),
    email: z.string().optional().meta({ description: 'The e-mail address the roster gives the person.' }),
    position: Position.optional(),
  })
  .meta({ id: 'Participant' });

/** A person listed as present or absent. */
export type Participant = z.infer<typeof Participant>;
