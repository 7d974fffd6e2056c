// Prints one user's MCP URL of a server and the header their MCP client must send.
// Run: npx tsx examples/generate-user-url.ts <server-id> <user-id>
import { Patchbay } from '@patchbay/sdk';

const [serverId, userId = 'default'] = process.argv.slice(2);
if (serverId === undefined) {
  console.error('Usage: generate-user-url.ts <server-id> [user-id]');
  process.exit(2);
}

const patchbay = new Patchbay();
const instance = await patchbay.mcp.generate(userId, serverId);

console.log(`MCP URL for user "${instance.userId}" of "${instance.name}":`);
console.log(`  ${instance.url}`);
console.log('Headers (the token acts only for this user on this server; keep it secret):');
for (const [header, value] of Object.entries(instance.headers)) console.log(`  ${header}: ${value}`);
console.log('An MCP client config:');
console.log(JSON.stringify({ mcpServers: { patchbay: { url: instance.url, headers: instance.headers } } }, null, 2));
