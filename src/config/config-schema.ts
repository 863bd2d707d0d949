import { z } from 'zod';
import { Severity } from '../model/diagnostic.js';
import { Language } from '../model/meeting.js';
import { RosterPerson } from '../model/roster-person.js';

/** What a rule's findings count as, or `off` to silence it. */
export const RuleSetting = z
  .enum([...Severity.options, 'off'])
  .meta({ description: 'The severity of a rule\'s findings, or "off" to turn the rule off.' });

/** Meeting fields that `minutes validate` can require. */
export const RequirableField = z.enum(['title', 'date', 'location', 'participants', 'chair', 'secretary', 'agenda']);

/** A rule id: lower-case words joined by hyphens. */
export const RuleId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a kebab-case rule id');

/** The configuration of `minutes validate`, from `.minutesrc.json`, `minutes.config.json` or package.json. */
export const Config = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema of this file, for editors.' }),
    rules: z
      .record(RuleId, RuleSetting)
      .optional()
      .meta({ description: 'Severity by rule id ("weekday-mismatch": "error"); "off" turns a rule off.' }),
    require: z
      .array(RequirableField)
      .optional()
      .meta({ description: 'Fields every meeting must have; a missing one is an error.' }),
    language: Language.optional().meta({
      description: 'The language of the minutes (ISO 639-1), instead of detecting it per file.',
    }),
    ignore: z
      .array(z.string())
      .optional()
      .meta({ description: 'Glob patterns, relative to this file, of minutes not to check.' }),
    people: z.array(RosterPerson).optional().meta({
      description:
        'The roster: every command gives the participants and action owners who are one of these people their canonical name (after the meeting\'s own participant list); no alias or handle may belong to two people.',
    }),
  })
  .meta({ title: 'minutes configuration', description: 'The configuration of `minutes`: the rules of `minutes validate`, the files to leave out, and the roster of people.' });

/** The configuration of `minutes validate`. */
export type Config = z.infer<typeof Config>;
/** What a rule's findings count as, or `off`. */
export type RuleSetting = z.infer<typeof RuleSetting>;
/** A meeting field `minutes validate` can require. */
export type RequirableField = z.infer<typeof RequirableField>;

/** The JSON Schema of the configuration file, generated from the zod schema. */
export function configJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(Config);
}
