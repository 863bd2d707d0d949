import type { Io } from '../io.js';

/** Read a file (or standard input for `-`) into bytes; throws an Error with a one-line reason. */
export async function readOne(path: string, io: Io): Promise<Uint8Array> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new Error(`${path}: ${describeIoError(error)}`);
  }
}

/** A short human description of a file-system error. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? (error.message.split('\n')[0] ?? 'cannot read') : 'cannot read';
  }
}
