import type { z } from 'zod';

/** A schema issue as one line: where (a key path as JavaScript writes it, `people[1].aliases`; empty for the whole value) and what. */
export interface IssueText {
  key: string;
  reason: string;
}

/**
 * Describe a zod issue in one line, with the value that was found: `expected "error" | "warn" |
 * "info" | "off", got "loud"`, `expected array, got string`, `unknown key`.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): IssueText {
  const key = keyPath(issue.path);
  const got = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_value':
      return { key, reason: `expected ${issue.values.map(quote).join(' | ')}, got ${got}` };
    case 'invalid_type':
      return { key, reason: `expected ${expectedType(issue.expected)}, got ${got}` };
    case 'unrecognized_keys':
      return { key: keyPath([...issue.path, issue.keys[0] ?? '']), reason: 'unknown key' };
    case 'invalid_key':
      return { key, reason: issue.issues[0]?.message ?? 'invalid key' };
    default:
      return { key, reason: `${lowerFirst(issue.message)}, got ${got}` };
  }
}

/** A key path as JavaScript writes it: names joined by dots, list indexes in brackets (`people[1].aliases`). */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'undefined' ? 'nothing' : typeof value;
}

function expectedType(expected: string): string {
  return expected === 'record' ? 'object' : expected;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…"` : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
