// The baseline of the benchmark: read every minutes file under DIR (as `minutes` finds them) and
// parse it with bare remark-parse, nothing else; given a FILE, parse just that file. Prints the
// number of files parsed.
//
//   node test/bench/remark-parse.mjs DIR|FILE
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);
const target = process.argv[2] ?? '.';
let files = 0;
if (statSync(target).isFile()) {
  processor.parse(readFileSync(target, 'utf8'));
  files++;
} else {
  const stack = [target];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (['.md', '.markdown', '.txt'].includes(extname(entry.name).toLowerCase())) {
        processor.parse(readFileSync(path, 'utf8'));
        files++;
      }
    }
  }
}
process.stdout.write(`${files}\n`);
