export { parseMinutes, type ParseOptions } from './parse/parse-minutes.js';
export { DecodeError } from './parse/decode.js';
export { readDue } from './parse/read-due.js';
export { resolvePerson } from './parse/resolve-people.js';
export * from './model/index.js';
export { validateMinutes } from './validate/validate-minutes.js';
export { validateMeeting } from './validate/validate-meeting.js';
export type { ValidationMessage, ActionRecord } from './report/types.js';
export type { Locale } from './messages/index.js';
