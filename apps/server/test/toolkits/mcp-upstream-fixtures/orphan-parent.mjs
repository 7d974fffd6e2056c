// A stand-in for a Patchbay process: loads the TypeScript pool through Vite (as vitest does), starts upstream
// processes, prints their pids, then waits to be SIGKILLed by the test.
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createViteServer } from 'vitest/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const definitions = JSON.parse(process.argv[2] ?? '[]');
const vite = await createViteServer({
  root,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const { createMcpUpstreamToolkit } = await vite.ssrLoadModule('/src/toolkits/mcp-upstream/index.ts');
const logger = pino({ level: 'silent' });
const pids = [];
for (const definition of definitions) {
  const toolkit = createMcpUpstreamToolkit(definition, { logger });
  await toolkit.listTools({ projectId: 'p', userId: 'u', signal: new AbortController().signal, timeoutMs: 30_000 });
  for (const info of toolkit.processes()) pids.push(info.pid);
}
await vite.close();
process.stdout.write(`${JSON.stringify({ pids })}\n`);
setInterval(() => {}, 60_000);
