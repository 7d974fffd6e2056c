import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PatchbayError } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Patchbay } from '../src/index.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let patchbay: Patchbay;

beforeAll(async () => {
  server = await startTestServer();
  patchbay = server.sdk();
});
afterAll(() => server?.stop());

function text(result: unknown): string {
  if (typeof result !== 'object' || result === null || !('content' in result) || !Array.isArray(result.content)) {
    return '';
  }
  return result.content
    .map((block: unknown) =>
      typeof block === 'object' && block !== null && 'text' in block && typeof block.text === 'string'
        ? block.text
        : '',
    )
    .join('\n');
}

/** A real server in front of Patchbay that refuses Streamable HTTP (405), like a server that predates it. */
async function startSseOnlyFront(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const front: Server = createServer(async (request, response) => {
    const path = request.url ?? '/';
    if (
      !path.includes('/sse') &&
      !path.includes('/messages') &&
      request.method === 'POST' &&
      path.startsWith('/v3/mcp/')
    ) {
      response.writeHead(405, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'no streamable http here', code: 405, status: 405 } }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(Buffer.from(chunk));
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers.set(name, value);
    }
    const body = Buffer.concat(chunks);
    const upstream = await fetch(`${target}${path}`, {
      method: request.method,
      headers,
      body: body.length > 0 ? new Uint8Array(body) : undefined,
    });
    const out: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding') out[name] = value;
    });
    response.writeHead(upstream.status, out);
    const reader = upstream.body?.getReader();
    for (let next = await reader?.read(); next !== undefined && !next.done; next = await reader?.read()) {
      response.write(next.value);
    }
    response.end();
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        front.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}

describe('connect', () => {
  it('lists and calls NOTES tools on a generated URL with its scoped headers', async () => {
    const created = await patchbay.mcp.create('Notes agent', { toolkits: ['notes'], manuallyManageConnections: true });
    const instance = await created.generate('carol');
    const client = await connect(instance.url, instance.headers);
    try {
      const { tools } = await client.listTools();
      const names = tools.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['NOTES_SET', 'NOTES_GET']));
      const set = await client.callTool({ name: 'NOTES_SET', arguments: { key: 'greeting', value: 'hello' } });
      expect(set.isError).toBeFalsy();
      const got = await client.callTool({ name: 'NOTES_GET', arguments: { key: 'greeting' } });
      expect(text(got)).toContain('hello');
    } finally {
      await client.close();
    }
  });

  it('patchbay.mcp.connect(instance) keeps one user’s notes from another’s', async () => {
    const created = await patchbay.mcp.create('Two users', { toolkits: ['notes'], manuallyManageConnections: true });
    const dave = await patchbay.mcp.connect(await patchbay.mcp.generate('dave', created.id));
    const erin = await patchbay.mcp.connect(await patchbay.mcp.generate('erin', created.id, { scopedToken: false }));
    try {
      await dave.callTool({ name: 'NOTES_SET', arguments: { key: 'secret', value: 'dave only' } });
      const mine = await dave.callTool({ name: 'NOTES_GET', arguments: { key: 'secret' } });
      expect(text(mine)).toContain('dave only');
      const theirs = await erin.callTool({ name: 'NOTES_GET', arguments: { key: 'secret' } });
      expect(theirs.isError).toBe(true);
    } finally {
      await dave.close();
      await erin.close();
    }
  });

  it('falls back to the legacy SSE transport when Streamable HTTP answers 4xx', async () => {
    const created = await patchbay.mcp.create('Old clients', { toolkits: ['notes'], manuallyManageConnections: true });
    const instance = await created.generate('frank');
    const front = await startSseOnlyFront(server.url);
    try {
      const url = instance.url.replace(server.url, front.url);
      const client = await connect(url, instance.headers);
      try {
        const { tools } = await client.listTools();
        expect(tools.map((t) => t.name)).toContain('NOTES_GET');
        const set = await client.callTool({ name: 'NOTES_SET', arguments: { key: 'k', value: 'over sse' } });
        expect(set.isError).toBeFalsy();
        expect(text(await client.callTool({ name: 'NOTES_GET', arguments: { key: 'k' } }))).toContain('over sse');
      } finally {
        await client.close();
      }
    } finally {
      await front.close();
    }
  });

  it('without valid headers fails with a PatchbayError naming the status', async () => {
    const created = await patchbay.mcp.create('Locked', { toolkits: ['notes'] });
    const instance = await created.generate('gina');
    const error = await connect(instance.url, { Authorization: 'Bearer pbt_wrong' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toMatchObject({ status: 401 });
  });
});
