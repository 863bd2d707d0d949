import { Option } from 'commander';
import type { Io } from '../io.js';
import { locales, resolveLocale, type Locale } from '../messages/index.js';

/** `--locale <code>`: the language of messages, over `LC_ALL`, `LC_MESSAGES` and `LANG`. */
export function localeOption(): Option {
  return new Option('--locale <code>', 'language of messages, tables and summaries (default: from LC_ALL, LC_MESSAGES or LANG; else en)').choices(locales);
}

/** The locale of a command's run: its `--locale`, else the environment's. */
export function localeOfRun(options: { locale?: Locale }, io: Io): Locale {
  return resolveLocale(options.locale, io.env);
}
