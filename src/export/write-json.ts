import type { Meeting } from '../model/meeting.js';
import type { ExportWriter, TextSink } from './export-writer.js';

/**
 * A writer of meetings as JSON, each exactly as `minutes parse --json` prints it. `ndjson` writes
 * one compact meeting a line; `json` an array, byte for byte what `minutes parse --json` gives for
 * the same files, written element by element as meetings come, so it never holds the whole array.
 */
export function createJsonWriter(format: 'json' | 'ndjson', sink: TextSink): ExportWriter {
  let count = 0;
  return {
    add(_meetingId, meeting) {
      if (format === 'ndjson') sink.write(`${JSON.stringify(meeting)}\n`);
      else sink.write(`${count === 0 ? '[\n' : ',\n'}${arrayElement(meeting)}`);
      count++;
    },
    async finish() {
      if (format === 'json') sink.write(count === 0 ? '[]\n' : '\n]\n');
      sink.commit?.();
    },
    abort() {
      sink.abort?.();
    },
  };
}

/** A meeting as `JSON.stringify(array, null, 2)` writes an element: indented by two spaces more (a JSON string holds no raw line break). */
function arrayElement(meeting: Meeting): string {
  return `  ${JSON.stringify(meeting, null, 2).replaceAll('\n', '\n  ')}`;
}
