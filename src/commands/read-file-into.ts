import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Files up to this size are read into the shared buffer; bigger ones into a buffer of their own. */
const shareLimit = 4 << 20;

/**
 * A blocking file reader that reuses one buffer: each call returns the file's bytes as a view
 * that stays valid only until the next call (copy what must outlive it). Reading 2,000 files of
 * 17 KB this way takes about half the time of `readFileSync`, which allocates for each file and
 * leaves the garbage collector to free 35 MB. Throws as `readFileSync` does (ENOENT, EISDIR, ...).
 */
export function createFileReader(): (path: string) => Uint8Array {
  let shared = new Uint8Array(64 << 10);
  return (path) => {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      let buffer = size < shareLimit ? shared : new Uint8Array(size + 1);
      let length = 0;
      for (;;) {
        // Files can grow while read, and some (in /proc, say) report size 0: read until the end.
        if (length === buffer.length) {
          const bigger = new Uint8Array(buffer.length * 2);
          bigger.set(buffer);
          buffer = bigger;
        }
        const read = readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      if (buffer.length < shareLimit && buffer.length > shared.length) shared = buffer;
      return buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  };
}
