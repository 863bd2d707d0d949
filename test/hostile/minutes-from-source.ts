// `bin/minutes.js` run from the TypeScript source (through tsx), for the hostile tests that
// need a real process: a hard time limit (a parse that never ends is killed, not waited for)
// and the main thread's real stack size (deep nesting must not overflow it).
import { run } from '../../src/cli.js';
import { nodeIo } from '../../src/io.js';

process.exitCode = await run(process.argv, nodeIo());
