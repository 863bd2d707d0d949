import { project, type EntryKind } from '../cache/entry-kinds.js';
import { serializeEntry } from '../cache/parse-cache.js';
import type { Language } from '../model/meeting.js';
import { decode } from '../parse/decode.js';
import { parseMinutes } from '../parse/parse-minutes.js';

/** One file to parse, on the main thread or in a worker. */
export interface ParseRequest {
  bytes: Uint8Array;
  /** The path the meeting names as its source: null for standard input. */
  path: string | null;
  language?: Language | undefined;
  /** What to give back: the whole meeting, or what `minutes actions` needs of it. */
  kind: EntryKind;
  /** Give back the decoded text too. */
  keepText: boolean;
  /** With the cache on: the key to serialize the entry under, so that the caller only writes it. */
  key: string | null;
}

/** What parsing one file gave: the value of the kind asked for, or why there is none. */
export type ParseResult = { value: unknown; text?: string; entry?: string } | { error: string };

/**
 * Decode and parse one file: the value of the kind asked for (see `project`), the decoded text
 * when asked for, and the cache entry when given a key. Bytes that are not text give `{ error }`,
 * as does anything else thrown, so that one bad file stops nothing.
 */
export function parseFile(request: ParseRequest): ParseResult {
  try {
    const { text, encoding } = decode(request.bytes);
    const meeting = parseMinutes(text, { path: request.path, ...(request.language ? { language: request.language } : {}) });
    // Given text, parseMinutes cannot know what the bytes were: say it as `parse` does from the bytes.
    meeting.source.encoding = encoding;
    const value = project(request.kind, meeting);
    return {
      value,
      ...(request.keepText ? { text } : {}),
      ...(request.key === null ? {} : { entry: serializeEntry(request.kind, request.key, value) }),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
