// The benchmark's baseline: the raw MCP SDK serving the same tools Patchbay serves, with nothing of Patchbay around
// them (no API keys, no server lookup, no registry, no call log). Started as its own process by mcp-tools.mjs.
//   node raw-sdk-server.mjs notes                 → NOTES_GET over the same notes toolkit code (DATABASE_URL or PGlite)
//   node raw-sdk-server.mjs stdio <js entry>      → forwards ECHO to one stdio client of an upstream MCP server
//   node raw-sdk-server.mjs remote <url>          → forwards ECHO to one Streamable HTTP client of a remote server
// Prints `listening <url>` when ready.
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';

const [mode, entry] = process.argv.slice(2);
let tools;
let call;

if (mode === 'notes') {
  const { openPglite, openPostgres, migrate } = await import('../../apps/server/dist/index.js');
  const { notesToolkit } = await import('../../apps/server/dist/toolkits/builtin/notes.js');
  // The same kind of database as the Patchbay under test: its PostgreSQL database, or PGlite in memory.
  const url = process.env.DATABASE_URL;
  const db = url ? await openPostgres({ url }) : await openPglite();
  await migrate(db);
  await db.query("INSERT INTO projects (id, name) VALUES ('pr_bench', 'bench') ON CONFLICT DO NOTHING");
  const notes = notesToolkit(db);
  const context = { projectId: 'pr_bench', userId: 'bench', signal: new AbortController().signal, timeoutMs: 30_000 };
  tools = await notes.listTools(context);
  call = (name, args) => notes.callTool(name, args, context);
} else if (mode === 'stdio') {
  const upstream = new Client({ name: 'baseline', version: '1.0.0' });
  await upstream.connect(new StdioClientTransport({ command: process.execPath, args: [entry], stderr: 'ignore' }));
  tools = (await upstream.listTools()).tools.map((tool) => ({ ...tool, slug: tool.name }));
  call = (name, args) => upstream.callTool({ name, arguments: args });
} else if (mode === 'remote') {
  const upstream = new Client({ name: 'baseline', version: '1.0.0' });
  await upstream.connect(new StreamableHTTPClientTransport(new URL(entry)));
  tools = (await upstream.listTools()).tools.map((tool) => ({ ...tool, slug: tool.name }));
  call = (name, args) => upstream.callTool({ name, arguments: args });
} else {
  throw new Error('usage: raw-sdk-server.mjs notes | stdio <entry> | remote <url>');
}

// Shared by every request's server, as Patchbay shares one: without it the SDK builds an Ajv instance per Server,
// ~0.7 ms a request here, and the baseline would be slower than the raw SDK need be.
const validator = new AjvJsonSchemaValidator();

const listener = getRequestListener(async (request) => {
  // Like Patchbay's endpoint: a fresh stateless protocol server per request.
  const server = new Server(
    { name: 'raw', version: '1.0.0' },
    { capabilities: { tools: {} }, jsonSchemaValidator: validator },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.map((tool) => ({ name: tool.slug, description: tool.description, inputSchema: tool.inputSchema })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => call(req.params.name, req.params.arguments ?? {}));
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    void server.close();
  }
});
const http = createServer(listener);
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.stdout.write(`listening http://127.0.0.1:${address.port}/mcp\n`);
});
