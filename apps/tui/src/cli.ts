#!/usr/bin/env node
import { main } from './main.js';
import { createOutput } from './output.js';

// `patchbay setup --list | head -1` closes the pipe early (EPIPE); a broken terminal stream cannot be reported anyway.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

// exitCode instead of exit(): pending writes to a piped stdout are flushed before the process ends.
process.exitCode = await main(process.argv.slice(2), createOutput());
