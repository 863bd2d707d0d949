import { groupByFile } from './group-by-file.js';
import type { ValidationMessage } from './types.js';

/**
 * Format validation messages as pretty-printed JSON in ESLint's shape: an array with one
 * `{ path, errorCount, warningCount, infoCount, messages }` per file (every file in `files`,
 * clean ones with no messages, then any other file a message names); each message is
 * `{ ruleId, severity, message, start, end }` with 1-based `{ line, column }` places.
 */
export function formatValidateJson(messages: readonly ValidationMessage[], files: readonly string[] = []): string {
  const groups = groupByFile(messages, files).map((group) => {
    const count = (severity: ValidationMessage['severity']) =>
      group.messages.filter((message) => message.severity === severity).length;
    return {
      path: group.path,
      errorCount: count('error'),
      warningCount: count('warn'),
      infoCount: count('info'),
      messages: group.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        start: { line: message.start.line, column: message.start.column },
        end: { line: message.end.line, column: message.end.column },
      })),
    };
  });
  return `${JSON.stringify(groups, null, 2)}\n`;
}
