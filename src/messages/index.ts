import type { CountId, MessageId, ParamsArgument } from './catalogue.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export type { Catalogue, CountId, MessageId, MessageParams } from './catalogue.js';

/** The languages `minutes` speaks to people in. */
export const locales = ['en', 'fi', 'sv'] as const;
/** One of the languages of messages. */
export type Locale = (typeof locales)[number];

/** Every catalogue by locale. */
export const catalogues = { en, fi, sv } as const;

/** The environment variables that choose the language of messages, in the order POSIX reads them. */
export const localeVariables = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of messages from the environment: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
 * that is set and not empty decides (`fi_FI.UTF-8` and `fi` are Finnish, `sv_SE.UTF-8` and
 * `sv_FI` Swedish); `C`, `POSIX`, any other language or none at all is English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = localeVariables.map((name) => env[name]).find((setting) => setting !== undefined && setting !== '');
  return value === undefined ? 'en' : localeOf(value);
}

/** The locale a setting such as `fi_FI.UTF-8`, `sv` or `C` names; English unless it is Finnish or Swedish. */
export function localeOf(setting: string): Locale {
  const language = /^([a-z]{2,3})(?=$|[_.@-])/i.exec(setting)?.[1]?.toLowerCase();
  return language === 'fi' || language === 'sv' ? language : 'en';
}

/** The locale of a run: the `--locale` option when given, else the environment's (see `localeFromEnv`). */
export function resolveLocale(option: Locale | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  return option ?? localeFromEnv(env);
}

/** A message in a locale with its `{placeholders}` filled in (`say('fi', 'actions.none')`). */
export function say<Id extends MessageId>(locale: Locale, id: Id, ...params: ParamsArgument<Id>): string {
  return fill(catalogues[locale][id], params[0] ?? {});
}

/** A count said in a locale, with the `.one` form for 1 and `.other` for any other number (`4 henkilöä`). */
export function sayCount(locale: Locale, id: CountId, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  const form: MessageId = count === 1 ? `${id}.one` : `${id}.other`;
  return fill(catalogues[locale][form], { ...params, count });
}

/** A message text with each `{name}` replaced by its value; a name without a value stays as written. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The names of the `{placeholders}` of a message text, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** Whether a value names a locale (`en`, `fi`, `sv`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The `--locale` given in a command line (`--locale fi`, `--locale=sv`), for what fails before or
 * outside a command's options (a write to standard output); undefined when absent or not a locale.
 */
export function localeFromArgv(argv: readonly string[]): Locale | undefined {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  let found: Locale | undefined;
  args.forEach((arg, index) => {
    const value = arg === '--locale' ? args[index + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (isLocale(value)) found = value;
  });
  return found;
}

/**
 * An English sentence of the catalogue said again in `locale`: the first message whose id is
 * `prefix` or under it (`prefix.*`) and whose English text matches `text` (its placeholders taking any value) is filled
 * in with the values read from it. For sentences made in English elsewhere (the parser's
 * diagnostics); a text no message matches is returned as it is.
 */
export function sayAgain(text: string, locale: Locale, prefix: string): string {
  if (locale === 'en') return text;
  for (const [id, template] of Object.entries(catalogues.en) as Array<[MessageId, string]>) {
    if (id !== prefix && !id.startsWith(`${prefix}.`)) continue;
    const values = readValues(text, template);
    if (values !== null) return fill(catalogues[locale][id], values);
  }
  return text;
}

/**
 * The values of a template's `{placeholders}` in a text written from it, each as short as the
 * words after it allow (no regular expression built at run time); null when the text does not fit.
 */
function readValues(text: string, template: string): Record<string, string> | null {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const [head = '', ...parts] = template.split(/\{\w+\}/);
  if (!text.startsWith(head)) return null;
  const values: Record<string, string> = {};
  let from = head.length;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const at = last ? text.length - part.length : text.indexOf(part, from);
    if (at < from || (last && !text.endsWith(part))) return null;
    values[names[index] ?? ''] = text.slice(from, at);
    from = at + part.length;
  }
  return from === text.length ? values : null;
}
