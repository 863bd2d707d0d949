import { z } from 'zod';

/**
 * One person of the roster (`people` in `.minutesrc.json`): the name every meeting's participants
 * and action owners that refer to them are given, and the other ways minutes write them.
 */
export const RosterPerson = z
  .strictObject({
    name: z.string().regex(/\S/, 'expected a name, not blank text').meta({ description: 'The canonical full name (`Minna Männikkö`), given to every participant and owner that refers to this person.' }),
    aliases: z
      .array(z.string().regex(/\S/, 'expected an alias, not blank text'))
      .optional()
      .meta({ description: 'Other ways minutes write the name: initials, a short form, a maiden name (`M. Männikkö`, `MM`). Matched whole, any case; their Finnish and Swedish inflected forms too.' }),
    handles: z
      .array(z.string().regex(/^@?[^\s@]+$/, 'expected a handle without spaces, such as "@mmannikko"'))
      .optional()
      .meta({ description: 'Chat or forge handles (`@mmannikko`); the leading `@` is optional here.' }),
    // Not z.email(): its pattern backtracks; one `@` between two runs without blanks is what a mailto: needs.
    email: z.string().regex(/^[^\s@"<>]+@[^\s@"<>]+$/, 'expected an e-mail address, such as "minna@example.org"').optional().meta({ description: 'An e-mail address: `minutes actions --format ics` writes it as the ATTENDEE of the person\'s tasks.' }),
    organization: z.string().optional().meta({ description: 'The organisation, given to a participant whose minutes name none.' }),
  })
  .meta({ id: 'RosterPerson' });

/** One person of the roster. */
export type RosterPerson = z.infer<typeof RosterPerson>;
