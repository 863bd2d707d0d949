// The entry of each parse worker in the build (dist/workers/parse-worker-start.cjs, see package.json
// `build:workers`): the worker's code, parse-worker.ts bundled as one CommonJS script, compiled with
// V8's code cache as the CLI's own bundle is (see start-cli.ts). Without the cache every worker of
// every run compiled the parser anew: a worker took about 0.35 s to parse its first small file, 0.03 s
// the second time. The pool asks one worker to keep its compiled code when the run is over (`save`).
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { codeCacheFolder } from '../start/code-cache-folder.js';
import { loadCachedScript } from '../start/load-cached-script.js';

const script = loadCachedScript(fileURLToPath(new URL('./parse-worker.cjs', import.meta.url)), { folder: codeCacheFolder(process.env, homeFolder()), variant: 'parse-worker' });

parentPort?.on('message', (message: unknown) => {
  if (!isSave(message)) return;
  script.save();
  parentPort?.postMessage({ saved: true });
});

/** Whether a message asks the worker to keep its compiled code (a job is `{ id, request }`). */
function isSave(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { save?: unknown }).save === true;
}

/** The user's home folder, or '' when the system has none to give. */
function homeFolder(): string {
  try {
    return homedir();
  } catch {
    return '';
  }
}
