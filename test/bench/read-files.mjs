// A second baseline of the benchmark: what just reading the files costs a Node.js program, which
// is the least a warm `minutes --cache` run can take (it starts Node, finds the files, reads each
// and hashes it to look it up). Walks DIR as remark-parse.mjs does, reads every minutes file with
// readFileSync and takes its SHA-256, as the cache keys them. Prints the number of files read.
//
//   node test/bench/read-files.mjs DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const stack = [process.argv[2] ?? '.'];
let files = 0;
for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) stack.push(path);
    else if (['.md', '.markdown', '.txt'].includes(extname(entry.name).toLowerCase())) {
      createHash('sha256').update(readFileSync(path)).digest('hex');
      files++;
    }
  }
}
process.stdout.write(`${files}\n`);
