// The baseline of the benchmark: read every minutes file under DIR (as `minutes` finds them) and
// parse it with bare remark-parse, nothing else. Prints the number of files parsed.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);
let files = 0;
const stack = [process.argv[2] ?? '.'];
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
process.stdout.write(`${files}\n`);
