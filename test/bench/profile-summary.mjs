#!/usr/bin/env node
// Where the time went, from a V8 CPU profile (`node --cpu-prof bin/minutes.js ...` writes
// CPU.*.cpuprofile): the functions by self time (the samples taken inside the function itself,
// not in what it calls), summed over every node of the call tree with the same function name,
// file and line, as a Markdown table of the top N.
//
//   node test/bench/profile-summary.mjs FILE.cpuprofile [--top 15]
//
// Each row: self milliseconds, share of all samples, the function and where it is (file:line,
// paths shortened to what follows dist/ or node_modules/). "(garbage collector)", "(program)" and
// "(idle)" are V8's own rows and kept: garbage collection is a cost to cut as well.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// A closed pipe (`| head`) ends the table quietly.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});
const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
if (positionals.length !== 1) {
  process.stderr.write('Usage: node test/bench/profile-summary.mjs FILE.cpuprofile [--top 15]\n');
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

// Each sample names the node it was taken in; the time of a sample is the delta after it.
const selfMicros = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}
const byFunction = new Map();
let total = 0;
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  total += micros;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url === '' ? '' : `${shorten(url)}:${lineNumber + 1}`;
  const key = `${functionName || '(anonymous)'}\u0000${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}

const rows = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top);
process.stdout.write(`Total ${(total / 1000).toFixed(0)} ms sampled (${positionals[0].split('/').at(-1)})\n\n`);
process.stdout.write('| # | self ms | share | function | where |\n|---:|---:|---:|---|---|\n');
for (const [i, [key, micros]] of rows.entries()) {
  const [name, where] = key.split('\u0000');
  process.stdout.write(`| ${i + 1} | ${(micros / 1000).toFixed(0)} | ${((micros / total) * 100).toFixed(1)} % | \`${name}\` | ${where} |\n`);
}

/** A script's address shortened to the part that says what it is. */
function shorten(url) {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  const dist = path.lastIndexOf('/dist/');
  if (dist >= 0) return path.slice(dist + 1);
  return path.startsWith('node:') ? path : path.split('/').slice(-2).join('/');
}
