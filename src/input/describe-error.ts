import { catalogues, type Locale, type MessageId } from '../messages/index.js';

/** The message of each file-system error code `minutes` meets, as `ls` would print it. */
const messages: ReadonlyMap<string, MessageId> = new Map([
  ['EACCES', 'error.EACCES'],
  ['EPERM', 'error.EACCES'],
  ['EISDIR', 'error.EISDIR'],
  ['ENOENT', 'error.ENOENT'],
  ['ENOTDIR', 'error.ENOTDIR'],
  ['ELOOP', 'error.ELOOP'],
  ['EMFILE', 'error.EMFILE'],
  ['ENFILE', 'error.EMFILE'],
  ['ENAMETOOLONG', 'error.ENAMETOOLONG'],
  ['EIO', 'error.EIO'],
  ['ENOSPC', 'error.ENOSPC'],
  ['EDQUOT', 'error.EDQUOT'],
  ['EFBIG', 'error.EFBIG'],
  ['EROFS', 'error.EROFS'],
]);

/**
 * Describe a thrown file-system error in one lower-case line without the path ("permission denied",
 * "is a directory"), in `locale` (default English); anything else gives the first line of its message.
 */
export function describeError(error: unknown, locale: Locale = 'en'): string {
  const code = errorCode(error);
  const known = code === undefined ? undefined : messages.get(code);
  if (known !== undefined) return catalogues[locale][known];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

/** The `code` of a Node.js system error (`'ENOENT'`, ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The English reasons a file can fail with, by text: what loading and caching carry along. */
const reasons: ReadonlyMap<string, MessageId> = new Map(
  Object.entries(catalogues.en)
    .filter(([id]) => id.startsWith('error.') && id !== 'error.stdout' && id !== 'error.stderr')
    .map(([id, text]) => [text, id as MessageId]),
);

/**
 * A reason a file could not be read, as loading gives it (in English: it is also what the cache
 * keeps), said in `locale`: `no such file or directory` is `tiedostoa tai hakemistoa ei ole` in
 * Finnish. A reason the catalogue does not know is returned as it is.
 */
export function sayReason(reason: string, locale: Locale): string {
  const id = reasons.get(reason);
  return id === undefined || locale === 'en' ? reason : catalogues[locale][id];
}
