// One run of loadCachedScript in a process of its own (through tsx), as each start of the CLI is:
// within one process V8 keeps what it compiled, so a second load there proves nothing about the
// cache. Arguments: SCRIPT FOLDER VARIANT [lean]; prints what the run saw as JSON and saves the
// cache. With `lean`, the script's work runs as a lean run of the CLI's does (`withoutOptimizer`).
import { loadCachedScript } from '../../src/start/load-cached-script.js';
import { withoutOptimizer } from '../../src/start/lean-run.js';

const [script, folder, variant, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
const loaded = loadCachedScript(script, { folder: folder === '-' ? null : folder, variant });
const scale = (loaded.exports as { scale?: (n: number) => number }).scale;
const work = async () => (scale ? scale(21) : loaded.exports);
const scaled = mode === 'lean' ? await withoutOptimizer(work) : await work();
process.stdout.write(`${JSON.stringify({ fromCache: loaded.fromCache, scaled })}\n`);
loaded.save();
