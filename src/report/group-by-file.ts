import type { ValidationMessage } from './types.js';

/** One file's messages. */
export interface FileGroup {
  path: string;
  messages: ValidationMessage[];
}

/**
 * Group messages by file: first the `files` in their order (a clean one with no messages),
 * then files that only the messages name, in the order they first appear; within a file the
 * messages are sorted by start line and column, keeping their order otherwise.
 */
export function groupByFile(messages: readonly ValidationMessage[], files: readonly string[] = []): FileGroup[] {
  const byPath = new Map<string, ValidationMessage[]>(files.map((path) => [path, []]));
  for (const message of messages) {
    const list = byPath.get(message.path);
    if (list) list.push(message);
    else byPath.set(message.path, [message]);
  }
  return [...byPath].map(([path, list]) => ({ path, messages: list.sort(byStart) }));
}

/** Order by start line, then start column. */
function byStart(a: ValidationMessage, b: ValidationMessage): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}
