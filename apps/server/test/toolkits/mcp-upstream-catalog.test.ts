import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ListToolsRequestSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UpstreamSession } from '../../src/toolkits/mcp-upstream/session.js';
import { buildToolList } from '../../src/toolkits/mcp-upstream/tool-list.js';
import { logger, waitFor } from './mcp-upstream-support.js';

// The SDK's own server classes as peers, for what the published servers never do: paginate, change their tools.

const schema = { type: 'object' as const, properties: {} };

describe('tool catalog mapping', () => {
  it('names, slugs, schemas and the way back to upstream names', () => {
    const tools: Tool[] = [
      { name: 'a-b', title: 'Title', annotations: { title: 'Annotated', readOnlyHint: true }, inputSchema: schema },
      { name: 'a_b', title: 'Only title', inputSchema: { type: 'object', required: ['x'] } },
      { name: 'plain', inputSchema: schema, outputSchema: { type: 'object', properties: { n: { type: 'number' } } } },
      { name: 'plain', description: 'a duplicate the upstream should not send', inputSchema: schema },
    ];
    const catalog = buildToolList('demo', tools, true);
    const [first, second, third] = catalog.definitions;
    expect(catalog.definitions).toHaveLength(3);
    expect(first).toMatchObject({ name: 'Annotated', originalName: 'a-b', noAuth: true, description: '' });
    expect(first?.annotations).toEqual({ title: 'Annotated', readOnlyHint: true });
    expect(second).toMatchObject({ name: 'Only title', inputSchema: { type: 'object', required: ['x'] } });
    expect(first?.slug).not.toBe(second?.slug);
    expect(first?.slug.startsWith('DEMO_A_B_')).toBe(true);
    expect(third).toMatchObject({ slug: 'DEMO_PLAIN', name: 'plain', outputSchema: { type: 'object' } });
    for (const definition of catalog.definitions) {
      expect(catalog.upstreamName(definition.slug)).toBe(definition.originalName);
    }
    expect(catalog.upstreamName('DEMO_NOPE')).toBeUndefined();
  });
});

describe('UpstreamSession against SDK servers', () => {
  it('follows tools/list pagination to the end', async () => {
    const server = new Server({ name: 'paged', version: '1.0.0' }, { capabilities: { tools: {} } });
    const pages: Tool[][] = [0, 1, 2].map((page) =>
      [0, 1].map((i) => ({ name: `tool_${page}_${i}`, inputSchema: schema })),
    );
    const cursors: Array<string | undefined> = [];
    server.setRequestHandler(ListToolsRequestSchema, (request) => {
      const cursor = request.params?.cursor;
      cursors.push(cursor);
      const page = cursor === undefined ? 0 : Number(cursor);
      return { tools: pages[page] ?? [], ...(page < 2 ? { nextCursor: String(page + 1) } : {}) };
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const session = new UpstreamSession('paged', true, logger);
    await session.connect(clientSide, { timeout: 5_000 });
    const catalog = await session.tools({ timeout: 5_000 });
    expect(catalog.definitions.map((tool) => tool.originalName)).toEqual(pages.flat().map((tool) => tool.name));
    expect(cursors).toEqual([undefined, '1', '2']);
    await session.tools({ timeout: 5_000 });
    expect(cursors).toHaveLength(3); // cached
    await session.close();
  });

  it('drops the cached list on notifications/tools/list_changed', async () => {
    const server = new McpServer({ name: 'changing', version: '1.0.0' });
    server.registerTool('first', { description: 'one' }, () => ({ content: [{ type: 'text', text: '1' }] }));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const session = new UpstreamSession('changing', true, logger);
    await session.connect(clientSide, { timeout: 5_000 });
    const names = async () => (await session.tools({ timeout: 5_000 })).definitions.map((tool) => tool.slug);
    expect(await names()).toEqual(['CHANGING_FIRST']);

    server.registerTool('second', { inputSchema: { n: z.number() } }, ({ n }) => ({
      content: [{ type: 'text', text: String(n * 2) }],
    }));
    await waitFor('the new tool to appear', async () => (await names()).includes('CHANGING_SECOND'));
    expect(await session.call('second', { n: 21 }, { timeout: 5_000 })).toEqual({
      content: [{ type: 'text', text: '42' }],
    });
    await session.close();
    expect(session.closed).toBe(true);
  });
});
