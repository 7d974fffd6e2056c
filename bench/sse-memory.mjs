#!/usr/bin/env node --expose-gc
// Server heap per open legacy SSE session: Patchbay runs in this process (so its heap can be measured after a full
// GC), the 1,000 clients in a child process (so their memory is not counted). Usage: npm run bench:sse-memory
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient, unwrap } from '@patchbay/core';
import { createLogger, startServer } from '@patchbay/server';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const count = Number(process.argv[2] ?? 1000);
const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-sse-'));
const running = await startServer({ dataDir, port: 0, database: { kind: 'memory' }, logger: createLogger('warn') });
const api = createApiClient({ baseUrl: running.url, apiKey: running.apiKey });
const server = await unwrap(api.POST('/mcp/servers/custom', { body: { name: 'Sessions', toolkits: ['notes'] } }));
const url = `${running.url}/v3/mcp/${server.id}/sse?user_id=memory`;

async function heapMiB() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

// One session first, so code paths and caches are warm and not counted as per-session cost.
await runClients(1);
const before = await heapMiB();
const clients = spawn(
  process.execPath,
  [fileURLToPath(new URL('support/sse-clients.mjs', import.meta.url)), url, running.apiKey, String(count)],
  {
    stdio: ['pipe', 'pipe', 'inherit'],
  },
);
await new Promise((resolve) => clients.stdout.on('data', (chunk) => String(chunk).includes('open') && resolve()));
const open = running.context.sessions.sse.size;
const after = await heapMiB();
clients.stdin.end();
await new Promise((resolve) => clients.once('exit', resolve));
process.stdout.write(
  `${open} open SSE sessions: server heap ${before.toFixed(1)} MiB → ${after.toFixed(1)} MiB ` +
    `(${(((after - before) * 1024) / open).toFixed(1)} KiB per session)\n`,
);
await running.close();
await rm(dataDir, { recursive: true, force: true });

async function runClients(n) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('support/sse-clients.mjs', import.meta.url)), url, running.apiKey, String(n)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve) => child.stdout.on('data', (chunk) => String(chunk).includes('open') && resolve()));
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
}
