// The baseline of the benchmark: read every minutes file under DIR (as `minutes` finds them) and
// parse it with bare remark-parse, nothing else; given a FILE, parse just that file. Prints the
// number of files parsed.
//
//   node test/bench/remark-parse.mjs DIR|FILE
import { readFileSync, statSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { minutesFiles } from './minutes-files.mjs';

const processor = unified().use(remarkParse);
const target = process.argv[2] ?? '.';
let files = 0;
for (const path of statSync(target).isFile() ? [target] : minutesFiles(target)) {
  processor.parse(readFileSync(path, 'utf8'));
  files++;
}
process.stdout.write(`${files}\n`);
