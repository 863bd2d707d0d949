/** Short human messages for the file-system error codes `minutes` meets, as `ls` would print them. */
const messages: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
};

/**
 * Describe a thrown file-system error in one lower-case line without the path ("permission denied",
 * "is a directory"); anything else gives the first line of its message.
 */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  const known = code === undefined ? undefined : messages[code];
  if (known !== undefined) return known;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

/** The `code` of a Node.js system error (`'ENOENT'`, ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
