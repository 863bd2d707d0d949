// One run of loadCachedScript in a process of its own (through tsx), as each start of the CLI is:
// within one process V8 keeps what it compiled, so a second load there proves nothing about the
// cache. Arguments: SCRIPT FOLDER VARIANT; prints what the run saw as JSON and saves the cache.
import { loadCachedScript } from '../../src/start/load-cached-script.js';

const [script, folder, variant] = process.argv.slice(2) as [string, string, string];
const loaded = loadCachedScript(script, { folder: folder === '-' ? null : folder, variant });
const scale = (loaded.exports as { scale?: (n: number) => number }).scale;
process.stdout.write(`${JSON.stringify({ fromCache: loaded.fromCache, scaled: scale ? scale(21) : loaded.exports })}\n`);
loaded.save();
