import { Chalk, type ChalkInstance } from 'chalk';
import { escapeTerminal } from './escape.js';
import { groupByFile } from './group-by-file.js';
import { plural } from './plural.js';
import type { FormatOptions, ValidationMessage } from './types.js';
import { textWidth } from './wrap-text.js';

const words = { error: 'error', warn: 'warning', info: 'info' } as const;

/**
 * Format validation messages like ESLint's `stylish`: for each file with messages its path
 * (underlined when coloured), then one row per message, `line:column-endLine:endColumn` (just
 * `line:column` for a point), severity, message and rule id, aligned in columns across the
 * report; a closing count such as `✖ 3 errors, ⚠ 2 warnings, ℹ 1 info message`, or
 * `✔ no problems` when there are none. Text from the minutes goes through `escapeTerminal`.
 */
export function formatStylish(messages: readonly ValidationMessage[], options: Pick<FormatOptions, 'color'>): string {
  const chalk = new Chalk({ level: options.color });
  if (messages.length === 0) return `${chalk.green('✔')} no problems\n`;
  const groups = groupByFile(messages);
  const places = messages.map(place);
  const texts = messages.map((message) => escapeTerminal(message.message));
  const width = {
    place: Math.max(...places.map(textWidth)),
    severity: Math.max(...messages.map((message) => words[message.severity].length)),
    text: Math.max(...texts.map(textWidth)),
  };
  const blocks = groups.map((group) => {
    const rows = group.messages.map((message) => {
      const cells = [
        pad(place(message), width.place),
        paint(chalk, message.severity, words[message.severity]) +
          pad('', width.severity - words[message.severity].length),
        pad(escapeTerminal(message.message), width.text),
        chalk.dim(escapeTerminal(message.ruleId)),
      ];
      return `  ${cells.join('  ')}`;
    });
    return [chalk.underline(escapeTerminal(group.path)), ...rows].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${summary(messages, chalk)}\n`;
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
function summary(messages: readonly ValidationMessage[], chalk: ChalkInstance): string {
  const count = (severity: ValidationMessage['severity']) =>
    messages.filter((message) => message.severity === severity).length;
  const parts = [
    [count('error'), chalk.red(`✖ ${plural(count('error'), 'error')}`)],
    [count('warn'), chalk.yellow(`⚠ ${plural(count('warn'), 'warning')}`)],
    [count('info'), chalk.blue(`ℹ ${plural(count('info'), 'info message')}`)],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([, text]) => text)
    .join(', ');
}
