import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** A CommonJS script run through `loadCachedScript`. */
export interface CachedScript {
  /** What the script exported (its `module.exports`). */
  exports: unknown;
  /** Whether V8 took the script's compiled code from the cache instead of compiling it. */
  fromCache: boolean;
  /** Keep the code compiled so far (the functions the run used) for the next run; never throws. */
  save(): void;
}

/** Where and under which name `loadCachedScript` keeps compiled code. */
export interface CachedScriptOptions {
  /** The cache folder; null for no cache. */
  folder: string | null;
  /** What the run does (the command), since each run keeps the functions it compiled: `parse`. */
  variant: string;
}

/**
 * Run the CommonJS script `file` as `require` would, but compiled with V8's code cache: a start-up
 * of the CLI spends more time compiling the functions it calls than running them, and a cache
 * written after a run holds them all. The cache file keeps a copy of the script's bytes beside the
 * compiled code, and is used only when that copy equals the script byte for byte (V8 itself only
 * checks the source's length), so a rebuilt script never runs old code; its name holds the
 * Node.js version, platform and V8 flags, and V8 checks its version and flags once more, rejecting
 * a cache that does not fit, which then costs only the compilation a run without a cache does.
 * (Comparing 1.5 MB costs a tenth of a millisecond; a hash would load node:crypto, 2-5 ms.)
 * A cache that cannot be read or written is no error: the script runs without it. The script must
 * not call `import()`: Node.js 20 runs it for a vm script only behind --experimental-vm-modules
 * (a bundle requires what it does not contain).
 */
export function loadCachedScript(file: string, options: CachedScriptOptions): CachedScript {
  const bytes = readFileSync(file);
  // One cache a script file (two installs of the CLI never take turns overwriting one cache) and variant.
  const prefix = `${basename(file)}-${options.variant}-${hashOf(file)}-`;
  const cacheFile = options.folder === null ? null : join(options.folder, `${prefix}${runtimeKey()}.v8`);
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile, bytes);
  const script = new Script(`${wrapperHead}${textOf(bytes)}${wrapperTail}`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  (script.runInThisContext() as ModuleFunction)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    fromCache,
    save: () => {
      if (fromCache || cacheFile === null) return;
      writeCache(cacheFile, prefix, () => [lengthOf(bytes), bytes, script.createCachedData()]);
    },
  };
}

/** CommonJS's own wrapper, so the script sees `require`, `module` and `__filename` as under `require`. */
const wrapperHead = '(function (exports, require, module, __filename, __dirname) { ';
const wrapperTail = '\n})';
type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

/**
 * The script's text. The build writes it in ASCII (package.json `build:cli`), which is read as
 * Latin-1 in a fraction of a millisecond, and which V8 keeps one byte a character; UTF-8 takes
 * milliseconds on 1.5 MB, and a single character outside ASCII would double the string's size.
 */
function textOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** What V8 compiles the script for, for the cache's name: the Node.js version (and with it V8's), the platform and the flags. */
function runtimeKey(): string {
  return `${process.version}-${hashOf([process.arch, process.platform, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0'))}`;
}

/** Eight hex digits for a short text (FNV-1a): a name, never a check of content, so no node:crypto to load. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The script's length in bytes, as the four bytes that open a cache file. */
function lengthOf(bytes: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32LE(bytes.byteLength);
  return header;
}

/**
 * The compiled code of a cache file written for exactly these script bytes (its length, then a
 * copy of the script, then the code); undefined when there is none, it cannot be read, or it was
 * written for other code.
 */
function readCache(cacheFile: string, bytes: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(cacheFile);
    if (data.byteLength <= 4 + bytes.byteLength || data.readUInt32LE(0) !== bytes.byteLength) return undefined;
    return bytes.equals(data.subarray(4, 4 + bytes.byteLength)) ? data.subarray(4 + bytes.byteLength) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write the cache whole or not at all (a temporary file renamed into place, so a run at the same
 * time never reads half a file), and remove the caches of the same script and variant written for
 * another Node.js or other flags, which this one will not read again. Failures are silent: the
 * cache only saves time.
 */
function writeCache(cacheFile: string, prefix: string, parts: () => Buffer[]): void {
  const folder = dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, Buffer.concat(parts()));
    renameSync(temporary, cacheFile);
    for (const name of readdirSync(folder)) {
      if (name.startsWith(prefix) && name.endsWith('.v8') && join(folder, name) !== cacheFile) unlinkSync(join(folder, name));
    }
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}
