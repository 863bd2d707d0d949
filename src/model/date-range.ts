import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A closed range of calendar days, read from words such as "marras-joulukuussa" or "by Friday". */
export const DateRange = z
  .object({
    text: z.string().meta({ description: 'The words as written in the minutes.' }),
    start: IsoDate.meta({ description: 'First day of the range, ISO 8601.' }),
    end: IsoDate.meta({ description: 'Last day of the range, ISO 8601; equal to start for an exact date.' }),
  })
  .meta({ id: 'DateRange', description: 'A closed date range; an exact date has start == end.' });

/** A closed range of calendar days. */
export type DateRange = z.infer<typeof DateRange>;
