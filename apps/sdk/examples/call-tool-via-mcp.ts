// Connects to a server as an MCP client would (an agent, Claude, Cursor), lists its tools and calls two of them.
// Run: npx tsx examples/call-tool-via-mcp.ts [server-id] [user-id]   (with no server id, a notes server is created)
import { Patchbay } from '@patchbay/sdk';

const patchbay = new Patchbay();
const userId = process.argv[3] ?? 'example-user';
const serverId =
  process.argv[2] ??
  (await patchbay.mcp.create('Agent notes', { toolkits: ['notes'], manuallyManageConnections: true })).id;

const instance = await patchbay.mcp.generate(userId, serverId);
const client = await patchbay.mcp.connect(instance);
try {
  const { tools } = await client.listTools();
  console.log(`${tools.length} tools on "${instance.name}" for user "${userId}":`);
  for (const tool of tools) console.log(`  ${tool.name.padEnd(16)} ${tool.description ?? ''}`);

  const saved = await client.callTool({
    name: 'NOTES_SET',
    arguments: { key: 'greeting', value: 'Hello from the SDK' },
  });
  console.log(`NOTES_SET → ${saved.isError ? 'error' : 'ok'}`);
  const read = await client.callTool({ name: 'NOTES_GET', arguments: { key: 'greeting' } });
  const content = Array.isArray(read.content) ? read.content : [];
  for (const block of content) if (block.type === 'text') console.log(`NOTES_GET → ${block.text}`);
} finally {
  await client.close();
}
