import { VFileMessage } from 'vfile-message';
import type { ValidationMessage } from '../report/types.js';

/**
 * A validation message as a vfile message (`vfile-reporter` and other unified tools read it):
 * `String(message)` is `path:line:column-endLine:endColumn: reason`; `fatal` is true for errors,
 * false for warnings and undefined for infos; `source` is `minutes`.
 */
export function toVFileMessage(message: ValidationMessage): VFileMessage {
  const vfileMessage = new VFileMessage(message.message, {
    place: { start: message.start, end: message.end },
    ruleId: message.ruleId,
    source: 'minutes',
  });
  vfileMessage.file = message.path;
  vfileMessage.name = `${message.path}:${vfileMessage.name}`;
  vfileMessage.fatal = message.severity === 'error' ? true : message.severity === 'warn' ? false : undefined;
  return vfileMessage;
}

/**
 * A message on one line, as the golden `NAME.messages.txt` files hold them:
 * `path:line:column-endLine:endColumn: severity rule-id reason` (severity `error`, `warn` or `info`).
 */
export function formatMessageLine(message: ValidationMessage): string {
  return `${toVFileMessage(message).name}: ${message.severity} ${message.ruleId} ${message.message}`;
}
