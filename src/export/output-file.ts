import { accessSync, closeSync, constants, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** A file being written: in full or not at all (see `openOutputFile`). */
export interface OutputFile {
  /** Append text or bytes; throws as `writeSync` does (ENOSPC, EIO). */
  write(data: string | Uint8Array): void;
  /** Put the file in place of the target. */
  commit(): void;
  /** Give up: the target stays as it was. Never throws. */
  abort(): void;
}

/** Text is gathered up to this many characters before it is written. */
const bufferChars = 1 << 20;

/**
 * Start writing `target` so that a reader sees the old file or the whole new one, never a part:
 * the bytes go to a temporary file beside it, renamed over it on `commit`. A target that is a
 * device or a pipe (`/dev/full`, `/dev/stdout`) is written straight. Fails at once, before any
 * work, when the target cannot be written: a missing folder, a folder, a read-only file.
 */
export function openOutputFile(target: string): OutputFile {
  const existing = statOrNull(target);
  if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${target}`), { code: 'EISDIR' });
  if (existing !== null) accessSync(target, constants.W_OK);
  const direct = existing !== null && !existing.isFile();
  const temporary = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = openSync(temporary, direct ? 'w' : 'wx');
  let pending = '';
  const flush = () => {
    if (pending === '' || fd === null) return;
    writeAll(fd, Buffer.from(pending));
    pending = '';
  };
  const close = () => {
    if (fd === null) return;
    const open = fd;
    fd = null;
    closeSync(open);
  };
  return {
    write(data) {
      if (fd === null) throw new Error('write after the file was closed');
      if (typeof data !== 'string') {
        flush();
        writeAll(fd, data);
        return;
      }
      pending += data;
      if (pending.length >= bufferChars) flush();
    },
    commit() {
      flush();
      close();
      if (!direct) renameSync(temporary, target);
    },
    abort() {
      try {
        close();
      } catch {
        // Closing failed: the temporary file is removed all the same.
      }
      if (!direct) {
        try {
          unlinkSync(temporary);
        } catch {
          // Already gone.
        }
      }
    },
  };
}

/** Write every byte, however many calls `writeSync` takes. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done);
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
