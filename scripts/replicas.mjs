#!/usr/bin/env node
// Local multi-replica deployment: HAProxy in front of N Patchbay replicas on one PostgreSQL.
//   DATABASE_URL=postgres://127.0.0.1:5432/test node scripts/replicas.mjs [--replicas 3] [--port 8780]
// Needs the server built (`npm start` once, or `npx pnpm@10.34.8 build`). Ctrl-C drains and stops everything.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startReplicas } from '../apps/server/scripts/replicas.mjs';

const { values } = parseArgs({
  options: {
    replicas: { type: 'string', default: '3' },
    port: { type: 'string', default: '8780' },
    dir: { type: 'string', default: process.env.PATCHBAY_REPLICAS_DIR ?? join(homedir(), '.patchbay-replicas') },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl === undefined) {
  process.stderr.write(
    'Set DATABASE_URL to the PostgreSQL all replicas share (e.g. postgres://127.0.0.1:5432/test).\n',
  );
  process.exit(2);
}
if (!existsSync(new URL('../apps/server/dist/main.js', import.meta.url))) {
  process.stderr.write('Build the server first: npx --yes pnpm@10.34.8 build\n');
  process.exit(2);
}
const running = await startReplicas({
  dir: values.dir,
  databaseUrl,
  count: Number(values.replicas),
  port: Number(values.port),
  // PATCHBAY_MASTER_KEY when set (every replica gets the same); else the key kept in <dir>/master.key.
  masterKey: process.env.PATCHBAY_MASTER_KEY,
  logs: 'inherit',
});
process.stdout.write(
  `Patchbay behind HAProxy: ${running.url} (${running.replicas.map((r) => `${r.name} ${r.url}`).join(', ')})\n` +
    (running.apiKey ? `Admin API key (in ${join(values.dir, 'r1', 'api-key')}): ${running.apiKey}\n` : ''),
);
const stop = () => running.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
