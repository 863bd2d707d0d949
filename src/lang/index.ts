import type { Language } from '../model/meeting.js';
import { de } from './de.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { nl } from './nl.js';
import { sv } from './sv.js';
import type { Vocabulary } from './types.js';

/** Every vocabulary, by language code. Adding a language means adding one file and one line here. */
export const vocabularies: Record<Language, Vocabulary> = { fi, en, sv, de, nl };

export type { FieldName, Vocabulary } from './types.js';
