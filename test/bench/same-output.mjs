#!/usr/bin/env node
// Same output before and after a speed change (a bench script, not a test: it reads ../shared).
//
//   node test/bench/same-output.mjs --record DIR [PATH...]    write every output to DIR
//   node test/bench/same-output.mjs --compare DIR [PATH...]   compare with DIR; exit 1 on a difference
//
// Runs `bin/minutes.js parse FILE --json` (the build in dist/) once per file over every minutes file
// under fixtures/ and ../shared/corpus/dev/ (the .md, .markdown and .txt files; corpus answers, the
// .json files, are no input), plus the files or folders given as PATH (a slice of a generated bench
// archive, say). For each file it keeps stdout, stderr and the exit code together, so that a change
// in an error message or an exit code counts as a difference too. --compare prints every file whose
// output differs, or that the recording lacks, and exits 1; else it prints how many files matched.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { minutesFiles } from './minutes-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const usage = 'Usage: node test/bench/same-output.mjs --record DIR | --compare DIR [PATH...]\n';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { record: { type: 'string' }, compare: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || (values.record === undefined) === (values.compare === undefined)) {
  process.stderr.write(usage);
  process.exit(values.help ? 0 : 2);
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  process.stderr.write('same-output: dist/cli.js is missing; run `npm run build:js` first\n');
  process.exit(2);
}

const sources = [join(root, 'fixtures'), resolve(root, '..', 'shared', 'corpus', 'dev'), ...positionals.map((path) => resolve(path))];
const inputs = [];
for (const source of sources) {
  if (!existsSync(source)) {
    process.stderr.write(`same-output: ${source}: no such file or folder\n`);
    process.exit(2);
  }
  inputs.push(...(statSync(source).isFile() ? [source] : [...minutesFiles(source)].sort()));
}

const store = resolve(values.record ?? values.compare);
const differing = [];
let missing = 0;
await inParallel(inputs, Math.max(1, Math.min(2, cpus().length)), async (file) => {
  const output = await parseJson(file);
  // A name per input that stays the same wherever the checkout is: relative to the worktree, with
  // ../shared and absolute paths flattened into one folder level.
  const name = relative(root, file).replaceAll('..', '@').replaceAll('/', '__');
  const path = join(store, `${name}.out`);
  if (values.record !== undefined) {
    await mkdir(store, { recursive: true });
    await writeFile(path, output);
    return;
  }
  const recorded = await readFile(path, 'utf8').catch(() => null);
  if (recorded === null) {
    missing++;
    differing.push(`${relative(root, file)} (not in the recording)`);
  } else if (recorded !== output) differing.push(relative(root, file));
});

if (values.record !== undefined) {
  process.stdout.write(`recorded ${inputs.length} files to ${store}\n`);
} else if (differing.length === 0) {
  process.stdout.write(`same output on all ${inputs.length} files\n`);
} else {
  for (const file of differing.sort()) process.stdout.write(`differs: ${file}\n`);
  process.stdout.write(`${differing.length} of ${inputs.length} files differ${missing > 0 ? ` (${missing} not recorded)` : ''}\n`);
  process.exitCode = 1;
}

/** `minutes parse FILE --json`: stdout, stderr and the exit code, as one text. */
function parseJson(file) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'minutes.js'), 'parse', file, '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => done(`exit ${code}\n--- stderr\n${Buffer.concat(err)}--- stdout\n${Buffer.concat(out)}`));
  });
}

/** Run `job` over `items`, at most `limit` at a time. */
async function inParallel(items, limit, job) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
