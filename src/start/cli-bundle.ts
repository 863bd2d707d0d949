// The entry of the CLI's one-file bundle (dist/cli-bundle.cjs, see package.json `build:cli`): the whole
// program as one CommonJS script, which start-cli.ts compiles with a V8 code cache. The ES module
// build beside it (dist/cli.js, dist/index.js) stays the library's and the workers'.
export { run } from '../cli.js';
export { nodeIo } from '../io.js';
