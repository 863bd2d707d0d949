#!/usr/bin/env node
// CommonJS (see package.json here): an ES module entry would start Node.js's module loader, ~8 ms.
require('../dist/start-cli.cjs').startCli(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`minutes: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
