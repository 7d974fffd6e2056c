#!/usr/bin/env -S node --max-old-space-size=96 --max-semi-space-size=1
// The #! line's flags keep the UI under 120 MB RSS with 10,000 servers (npm run bench:tui measures it against plain
// `node`): a small young generation and a heap limit make V8 collect before it grows. `env -S` splits them (Linux,
// macOS; npm's Windows shims parse the #! line, unchecked here), so neither NODE_OPTIONS nor a second process is needed.
import { main } from './main.js';
import { createOutput } from './output.js';

// `patchbay setup --list | head -1` closes the pipe early (EPIPE); a broken terminal stream cannot be reported anyway.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

// exitCode instead of exit(): pending writes to a piped stdout are flushed before the process ends.
process.exitCode = await main(process.argv.slice(2), createOutput());
