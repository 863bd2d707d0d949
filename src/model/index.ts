export { ActionItem, ActionStatus } from './action-item.js';
export { AgendaItem } from './agenda-item.js';
export { Cue, CueKind } from './cue.js';
export { DateRange } from './date-range.js';
export { Decision } from './decision.js';
export { Diagnostic, Severity } from './diagnostic.js';
export { FieldSource, Language, Meeting } from './meeting.js';
export { Participant } from './participant.js';
export { Position } from './position.js';
