import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

/** One caller cannot take every session slot of a replica: per-caller and per-project caps come first. */
describe('session limits per caller and per project', () => {
  let t: TestServer;
  let serverId: string;
  const opened: AbortController[] = [];
  beforeAll(async () => {
    t = await startTestServer('pglite', { context: { sessionLimits: { total: 10, perCaller: 2, perProject: 3 } } });
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Limits', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => {
    for (const stream of opened) stream.abort();
    await t.stop();
  });

  const openSse = async (user: string) => {
    const controller = new AbortController();
    opened.push(controller);
    const answer = await fetch(`${t.url}/v3/mcp/${serverId}/sse?user_id=${user}`, {
      headers: { 'x-api-key': t.apiKey },
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
    expect(t.running.context.sessions.sse.size).toBe(3);
  });
});
