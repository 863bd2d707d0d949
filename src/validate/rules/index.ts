import type { Rule } from '../rule.js';
import { actionDueMissing } from './action-due-missing.js';
import { actionOwnerMissing } from './action-owner-missing.js';
import { agendaItemEmpty } from './agenda-item-empty.js';
import { agendaMissing } from './agenda-missing.js';
import { agendaNumbering } from './agenda-numbering.js';
import { chairMissing } from './chair-missing.js';
import { dateInvalid } from './date-invalid.js';
import { dateMissing } from './date-missing.js';
import { dueBeforeMeeting } from './due-before-meeting.js';
import { ownerUnknown } from './owner-unknown.js';
import { participantDuplicate } from './participant-duplicate.js';
import { participantUnknown } from './participant-unknown.js';
import { participantsMissing } from './participants-missing.js';
import { personalData } from './personal-data.js';
import { placeMissing } from './place-missing.js';
import { presenterUnknown } from './presenter-unknown.js';
import { secretaryMissing } from './secretary-missing.js';
import { timeRangeInvalid } from './time-range-invalid.js';
import { titleMissing } from './title-missing.js';
import { weekMismatch } from './week-mismatch.js';
import { weekdayMismatch } from './weekday-mismatch.js';

/** Every rule of `minutes validate`, in the order of the README's table. */
export const rules: readonly Rule[] = [
  titleMissing,
  dateMissing,
  placeMissing,
  participantsMissing,
  chairMissing,
  secretaryMissing,
  dateInvalid,
  weekdayMismatch,
  timeRangeInvalid,
  weekMismatch,
  dueBeforeMeeting,
  participantDuplicate,
  agendaMissing,
  agendaNumbering,
  agendaItemEmpty,
  ownerUnknown,
  participantUnknown,
  presenterUnknown,
  actionOwnerMissing,
  actionDueMissing,
  personalData,
];

/** The id of every rule. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
