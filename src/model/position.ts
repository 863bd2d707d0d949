import { z } from 'zod';

/** A 1-based line and column in the original file. */
export const Position = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
  })
  .meta({ id: 'Position', description: '1-based line and column in the original file.' });

/** A 1-based line and column in the original file. */
export type Position = z.infer<typeof Position>;
