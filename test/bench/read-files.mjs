// A second baseline of the benchmark: what just reading the files costs a Node.js program, which
// is the least a warm `minutes --cache` run can take (it starts Node, finds the files, reads each
// and hashes it to look it up). Walks DIR as remark-parse.mjs does, reads every minutes file with
// readFileSync and takes its SHA-256, as the cache keys them. Prints the number of files read.
//
//   node test/bench/read-files.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minutesFiles } from './minutes-files.mjs';

let files = 0;
for (const path of minutesFiles(process.argv[2] ?? '.')) {
  createHash('sha256').update(readFileSync(path)).digest('hex');
  files++;
}
process.stdout.write(`${files}\n`);
