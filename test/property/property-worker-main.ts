import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { cliJsonProperty, cliJsonPropertyOf, propertyOf, type Family, type PropertyName } from './properties.js';

// Runs one property in a worker thread for run-property.ts and reports each input as it goes.

/** What the test asks the worker to run. */
export interface PropertyJob {
  family: Family;
  name: PropertyName | typeof cliJsonProperty;
  numRuns: number;
}

/** What the worker reports: each input before it is parsed, then the outcome. */
export type PropertyMessage = { kind: 'input'; input: string | Uint8Array } | { kind: 'done'; failure: string | null };

const job = workerData as PropertyJob;
const post = (message: PropertyMessage): void => parentPort?.postMessage(message);
const onInput = (input: string | Uint8Array): void => post({ kind: 'input', input });
// A fixed seed by default, so CI is repeatable; MINUTES_PROPERTY_SEED=random explores new inputs
// (a failure then prints its seed and path to replay), any number replays that seed.
const seedSetting = process.env.MINUTES_PROPERTY_SEED ?? '20261128';
const parameters = { numRuns: job.numRuns, includeErrorInReport: true, ...(seedSetting === 'random' ? {} : { seed: Number(seedSetting) }) };
const details = job.name === cliJsonProperty ? await fc.check(cliJsonPropertyOf(job.family, onInput), parameters) : fc.check(propertyOf(job.family, job.name, onInput), parameters);
post({ kind: 'done', failure: details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null });
