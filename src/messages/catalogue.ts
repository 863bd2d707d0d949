import type { en } from './en.js';

/** The id of a message: a key of the English catalogue. */
export type MessageId = keyof typeof en;

/** A language's messages: a sentence for every id of the English catalogue, no more and no less. */
export type Catalogue = { readonly [Id in MessageId]: string };

/** The names of the `{placeholders}` in an English message. */
type PlaceholderNames<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

/** The values a message's placeholders take, by name. */
export type MessageParams<Id extends MessageId> = { readonly [Name in PlaceholderNames<(typeof en)[Id]>]: string | number };

/** The arguments after the id: none for a message without placeholders, else its values. */
export type ParamsArgument<Id extends MessageId> = [PlaceholderNames<(typeof en)[Id]>] extends [never] ? [] : [MessageParams<Id>];

/** An id that has `.one` and `.other` forms (`actions.people` for `actions.people.one`, `.other`). */
export type CountId = { [Id in MessageId]: Id extends `${infer Base}.one` ? (`${Base}.other` extends MessageId ? Base : never) : never }[MessageId];
