// Creates an MCP server with the built-in notes toolkit and prints what you need to use it.
// Run: PATCHBAY_BASE_URL=http://127.0.0.1:8787 PATCHBAY_API_KEY=pb_… npx tsx examples/create-server.ts
import { Patchbay } from '@patchbay/sdk';

const patchbay = new Patchbay(); // reads PATCHBAY_API_KEY and PATCHBAY_BASE_URL
const name = process.argv[2] ?? 'Notes example';

const server = await patchbay.mcp.create(name, {
  toolkits: ['notes'],
  allowedTools: ['NOTES_SET', 'NOTES_GET', 'NOTES_LIST'],
  manuallyManageConnections: true,
});

console.log(`Created MCP server "${server.name}"`);
console.log(`  id:            ${server.id}`);
console.log(`  allowed tools: ${server.allowedTools.join(', ')}`);
console.log(`  Cursor setup:  ${server.commands.cursor}`);
console.log(`Next: npx tsx examples/generate-user-url.ts ${server.id} <user-id>`);
