import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/boot/server.js';
import { createLogger } from '../../src/util/logger.js';

/** One caller cannot take every session slot of a replica: per-caller and per-project caps come first. */
describe('session limits per caller and per project', () => {
  let running: RunningServer;
  let dataDir: string;
  let serverId: string;
  const opened: AbortController[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pb-limits-'));
    running = await startServer({
      dataDir,
      port: 0,
      database: { kind: 'memory' },
      logger: createLogger('silent'),
      context: { sessionLimits: { total: 10, perCaller: 2, perProject: 3 } },
    });
    const client = createApiClient({ baseUrl: running.url, apiKey: running.apiKey, retry: { retries: 0 } });
    serverId = (await unwrap(client.POST('/mcp/servers/custom', { body: { name: 'Limits', toolkits: ['notes'] } }))).id;
  });
  afterAll(async () => {
    for (const stream of opened) stream.abort();
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const openSse = async (user: string) => {
    const controller = new AbortController();
    opened.push(controller);
    const answer = await fetch(`${running.url}/v3/mcp/${serverId}/sse?user_id=${user}`, {
      headers: { 'x-api-key': running.apiKey ?? '' },
      signal: controller.signal,
    });
    if (answer.status !== 200) return { status: answer.status, body: await answer.json() };
    return { status: answer.status, body: undefined };
  };

  it('refuses a third session of one user, and a fourth of the project, while other callers still fit', async () => {
    expect((await openSse('ada')).status).toBe(200);
    expect((await openSse('ada')).status).toBe(200);
    const third = await openSse('ada');
    expect(third.status).toBe(503);
    expect(third.body).toMatchObject({
      error: { slug: 'too_many_sessions', message: 'You have too many open MCP sessions on this server.' },
    });
    expect((await openSse('bob')).status).toBe(200);
    const project = await openSse('cy');
    expect(project.status).toBe(503);
    expect(project.body).toMatchObject({
      error: { message: 'This project has too many open MCP sessions on this server.' },
    });
    expect(running.context.sessions.sse.size).toBe(3);
  });
});
