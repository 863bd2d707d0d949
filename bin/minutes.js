#!/usr/bin/env node
import { run } from '../dist/cli.js';
import { nodeIo } from '../dist/io.js';

process.exitCode = await run(process.argv, nodeIo());
