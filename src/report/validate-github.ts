import type { ValidationMessage } from './types.js';

const commands = { error: 'error', warn: 'warning', info: 'notice' } as const;

/**
 * Format validation messages as GitHub Actions workflow commands, one a line:
 * `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE` (`::warning`
 * for warnings, `::notice` for infos). Values are escaped as `@actions/core` does, so no text
 * from the minutes can end the command or start one of its own.
 */
export function formatGithub(messages: readonly ValidationMessage[]): string {
  return messages.map((message) => `${toCommand(message)}\n`).join('');
}

/** One workflow command. */
function toCommand(message: ValidationMessage): string {
  const properties: Array<[string, string | number]> = [
    ['file', message.path],
    ['line', message.start.line],
    ['col', message.start.column],
    ['endLine', message.end.line],
    ['endColumn', message.end.column],
    ['title', message.ruleId],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${commands[message.severity]} ${list}::${escapeData(message.message)}`;
}

/** Escape a command's message: `%`, CR and LF. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escape a property value: as data, and `:` and `,` too. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
