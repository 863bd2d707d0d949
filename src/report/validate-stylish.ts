import { Chalk, type ChalkInstance } from 'chalk';
import { escapeTerminal } from './escape.js';
import { groupByFile } from './group-by-file.js';
import { say, sayCount, type Locale } from '../messages/index.js';
import type { FormatOptions, ValidationMessage } from './types.js';
import { textWidth } from './wrap-text.js';

const severityIds = { error: 'severity.error', warn: 'severity.warn', info: 'severity.info' } as const;

/**
 * Format validation messages like ESLint's `stylish`: for each file with messages its path
 * (underlined when coloured), then one row per message, `line:column-endLine:endColumn` (just
 * `line:column` for a point), severity, message and rule id, aligned in columns across the
 * report; a closing count such as `✖ 3 errors, ⚠ 2 warnings, ℹ 1 info message`, or
 * `✔ no problems` when there are none. Severity words and the count are in `locale` (default
 * English; the rule ids never change). Text from the minutes goes through `escapeTerminal`.
 */
export function formatStylish(messages: readonly ValidationMessage[], options: Pick<FormatOptions, 'color' | 'locale'>): string {
  const chalk = new Chalk({ level: options.color });
  const locale = options.locale ?? 'en';
  if (messages.length === 0) return `${chalk.green('✔')} ${say(locale, 'stylish.no-problems')}\n`;
  const words = { error: say(locale, severityIds.error), warn: say(locale, severityIds.warn), info: say(locale, severityIds.info) };
  const groups = groupByFile(messages);
  const places = messages.map(place);
  const texts = messages.map((message) => escapeTerminal(message.message));
  const width = {
    place: Math.max(...places.map(textWidth)),
    severity: Math.max(...messages.map((message) => textWidth(words[message.severity]))),
    text: Math.max(...texts.map(textWidth)),
  };
  const blocks = groups.map((group) => {
    const rows = group.messages.map((message) => {
      const cells = [
        pad(place(message), width.place),
        paint(chalk, message.severity, words[message.severity]) +
          pad('', width.severity - textWidth(words[message.severity])),
        pad(escapeTerminal(message.message), width.text),
        chalk.dim(escapeTerminal(message.ruleId)),
      ];
      return `  ${cells.join('  ')}`;
    });
    return [chalk.underline(escapeTerminal(group.path)), ...rows].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${summary(messages, chalk, locale)}\n`;
}

/** `3:1-3:11`, or `3:1` when the message marks a point. */
function place(message: ValidationMessage): string {
  const start = `${message.start.line}:${message.start.column}`;
  const end = `${message.end.line}:${message.end.column}`;
  return start === end ? start : `${start}-${end}`;
}

/** Pad with spaces to a width counted in code points. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** Colour by severity: errors red, warnings yellow, infos blue. */
function paint(chalk: ChalkInstance, severity: ValidationMessage['severity'], text: string): string {
  return severity === 'error' ? chalk.red(text) : severity === 'warn' ? chalk.yellow(text) : chalk.blue(text);
}

/** `✖ 3 errors, ⚠ 2 warnings, ℹ 1 info message`, naming only the severities that occur. */
function summary(messages: readonly ValidationMessage[], chalk: ChalkInstance, locale: Locale): string {
  const count = (severity: ValidationMessage['severity']) =>
    messages.filter((message) => message.severity === severity).length;
  const parts = [
    [count('error'), chalk.red(`✖ ${sayCount(locale, 'stylish.errors', count('error'))}`)],
    [count('warn'), chalk.yellow(`⚠ ${sayCount(locale, 'stylish.warnings', count('warn'))}`)],
    [count('info'), chalk.blue(`ℹ ${sayCount(locale, 'stylish.infos', count('info'))}`)],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([, text]) => text)
    .join(', ');
}
