#!/usr/bin/env node
import { main } from './main.js';
import { createOutput } from './output.js';

// exitCode instead of exit(): pending writes to a piped stdout are flushed before the process ends.
process.exitCode = await main(process.argv.slice(2), createOutput());
