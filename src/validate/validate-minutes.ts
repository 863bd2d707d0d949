import type { Locale } from '../messages/index.js';
import type { Language } from '../model/meeting.js';
import type { RosterPerson } from '../model/roster-person.js';
import { decode } from '../parse/decode.js';
import { parseMinutes } from '../parse/parse-minutes.js';
import type { ValidationMessage } from '../report/types.js';
import type { Severities } from './severities.js';
import { validateMeeting } from './validate-meeting.js';

/** Options of `validateMinutes`. */
export interface ValidateMinutesOptions {
  /** The file's path, named in every message (default `-`). */
  path?: string;
  /** The language, instead of detecting it. */
  language?: Language;
  /** Severity or `off` by rule id, over each rule's default. */
  severities?: Severities;
  /** The language of the findings (default English). */
  locale?: Locale;
  /** The roster: people's canonical names for the meeting, and what `owner-unknown` and `participant-unknown` check against. */
  roster?: readonly RosterPerson[];
}

/**
 * Read one meeting's minutes (text, or bytes as `parseMinutes` takes them) and check them with
 * every rule of `minutes validate`: the messages, sorted by place. Throws a `DecodeError` only for
 * bytes that are not text.
 */
export function validateMinutes(input: string | Uint8Array, options: ValidateMinutesOptions = {}): ValidationMessage[] {
  const { text } = decode(input);
  const path = options.path ?? '-';
  const roster = options.roster ? { roster: options.roster } : {};
  const meeting = parseMinutes(text, { path, ...(options.language ? { language: options.language } : {}), ...roster });
  return validateMeeting({ path, text, meeting }, { ...(options.severities ? { severities: options.severities } : {}), ...(options.locale ? { locale: options.locale } : {}), ...roster });
}
