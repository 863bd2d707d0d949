import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** The worker scripts, each with its file in the build: a parse worker starts through the code cache (parse-worker-start.ts). */
const builtFiles = { 'parse-worker': 'parse-worker-start.cjs', 'json-worker': 'json-worker.js' } as const;
type WorkerName = keyof typeof builtFiles;

/**
 * A worker running the script `name` of this folder: in the build, its file in `dist/workers/`
 * beside the chunk this module was bundled into (`builtFiles`); from source (tests), `NAME.ts`
 * through tsx's ESM loader (a development dependency).
 */
export function startWorker(name: WorkerName, resourceLimits?: ResourceLimits): Worker {
  const limits = resourceLimits ? { resourceLimits } : {};
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./workers/${builtFiles[name]}`, here), limits);
  const packageJson = createRequire(here).resolve('tsx/package.json');
  const tsx = pathToFileURL(packageJson.slice(0, -'package.json'.length) + 'dist/esm/api/index.mjs').href;
  const script = new URL(`./${name}.ts`, here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`, { eval: true, ...limits });
}
