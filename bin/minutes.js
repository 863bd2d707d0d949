#!/usr/bin/env node
import { startCli } from '../dist/start/start-cli.js';

process.exitCode = await startCli(process.argv);
