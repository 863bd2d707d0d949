// The minutes files under a folder as `minutes` finds them (.md, .markdown, .txt; no dot-folders,
// no node_modules), for the benchmark's baselines.
import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

export function* minutesFiles(root) {
  const stack = [root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (['.md', '.markdown', '.txt'].includes(extname(entry.name).toLowerCase())) yield path;
    }
  }
}
