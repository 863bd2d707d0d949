import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
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
 * written after a run holds them all. The cache file is named by a hash of the script's bytes, of
 * the Node.js version and of the flags V8 runs with, so a rebuilt script or another Node.js never
 * reads a cache written for different code; V8 checks its version and flags once more and rejects
 * a cache that does not fit, which then costs only the compilation a run without a cache does.
 * A cache that cannot be read or written is no error: the script runs without it. The script must
 * not call `import()`: Node.js 20 runs it for a vm script only behind --experimental-vm-modules
 * (a bundle requires what it does not contain).
 */
export function loadCachedScript(file: string, options: CachedScriptOptions): CachedScript {
  const bytes = readFileSync(file);
  const prefix = `${basename(file)}-${options.variant}-`;
  const cacheFile = options.folder === null ? null : join(options.folder, `${prefix}${codeKey(bytes)}.v8`);
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
  const script = new Script(`${wrapperHead}${textOf(bytes)}${wrapperTail}`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  (script.runInThisContext() as ModuleFunction)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    fromCache,
    save: () => {
      if (fromCache || cacheFile === null) return;
      writeCache(cacheFile, prefix, () => script.createCachedData());
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

/** A hash of the code and of what V8 compiles it for: the Node.js version, the platform and the flags. */
function codeKey(bytes: Uint8Array): string {
  const runtime = [process.version, process.arch, process.platform, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  return createHash('sha256').update(bytes).update('\0').update(runtime).digest('hex').slice(0, 32);
}

/** The cached code, or undefined when there is none or it cannot be read. */
function readCache(cacheFile: string): Buffer | undefined {
  try {
    const data = readFileSync(cacheFile);
    return data.byteLength > 0 ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write the cache whole or not at all (a temporary file renamed into place, so a run at the same
 * time never reads half a file), and remove the caches of the same script and variant written for
 * other code, which no run will read again. Failures are silent: the cache only saves time.
 */
function writeCache(cacheFile: string, prefix: string, data: () => Buffer): void {
  const folder = dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, data());
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
