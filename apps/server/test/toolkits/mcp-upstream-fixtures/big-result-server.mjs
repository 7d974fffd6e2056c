// A stdio MCP server whose one tool answers as many megabytes of text as asked, for the result-size limit test.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const server = new Server({ name: 'big', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: 'result',
      description: 'Answers `mb` megabytes of text.',
      inputSchema: { type: 'object', properties: { mb: { type: 'number' } } },
    },
  ],
}));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const mb = Number(request.params.arguments?.mb ?? 1);
  return { content: [{ type: 'text', text: 'x'.repeat(Math.round(mb * 1024 * 1024)) }] };
});
await server.connect(new StdioServerTransport());
