import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { codeCacheFolder } from './code-cache-folder.js';
import { isLeanRun, pathKind, withoutOptimizer } from './lean-run.js';
import { loadCachedScript } from './load-cached-script.js';

/** What the one-file bundle of the CLI (cli-bundle.ts) exports. */
interface CliBundle {
  run(argv: readonly string[], io: unknown): Promise<number>;
  nodeIo(): unknown;
}

/**
 * Run the CLI with `argv` (as in `process.argv`) from its one-file bundle, dist/cli-bundle.cjs, compiled
 * with the code cache of earlier runs of the same command, and return the exit code. A run that
 * ends well leaves its compiled code for the next: exit 0, or 1, which says the run went through
 * and found problems in the minutes (`validate` over an archive with one error, the common case in
 * CI, would otherwise compile the whole bundle again on every run). One that fails (2: usage,
 * unreadable input, malformed configuration) may have stopped before most of the command ran, and
 * would keep a cache that lacks it.
 */
export async function startCli(argv: readonly string[]): Promise<number> {
  const bundle = fileURLToPath(new URL('./cli-bundle.cjs', import.meta.url));
  const script = loadCachedScript(bundle, { folder: codeCacheFolder(process.env, homeFolder()), variant: commandOf(argv) });
  const cli = script.exports as CliBundle;
  const run = () => cli.run(argv, cli.nodeIo());
  // A short run (a few small files named one by one) is faster without V8's optimizing compiler.
  const code = isLeanRun(argv, pathKind) ? await withoutOptimizer(run) : await run();
  if (code === 0 || code === 1) script.save();
  return code;
}

/** The command a run names (`parse`, `actions`, ...), each with a cache of its own; `other` for `--version` or `--help`. */
function commandOf(argv: readonly string[]): string {
  const word = argv[2];
  return word !== undefined && /^[a-z]{1,20}$/.test(word) ? word : 'other';
}

/** The user's home folder, or '' when the system has none to give. */
function homeFolder(): string {
  try {
    return homedir();
  } catch {
    return '';
  }
}
