import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ClientCapabilities } from '@modelcontextprotocol/sdk/types.js';

/** A real MCP SDK client connected to a Patchbay MCP URL, over Streamable HTTP or the legacy SSE transport. */
export async function connectMcp(
  url: string,
  headers: Record<string, string>,
  transport: 'http' | 'sse' = 'http',
  capabilities: ClientCapabilities = {},
) {
  const client = new Client({ name: 'patchbay-test', version: '1.0.0' }, { capabilities });
  if (transport === 'http') {
    await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  } else {
    await client.connect(
      new SSEClientTransport(new URL(url), {
        requestInit: { headers },
        eventSourceInit: {
          fetch: (input, init) => {
            const merged = new Headers(init?.headers);
            for (const [name, value] of Object.entries(headers)) merged.set(name, value);
            return fetch(input, { ...init, headers: merged });
          },
        },
      }),
    );
  }
  return client;
}

/** The text blocks of a tool result, joined. */
export function resultText(result: unknown): string {
  if (typeof result !== 'object' || result === null || !('content' in result) || !Array.isArray(result.content))
    return '';
  return result.content
    .map((block: unknown) =>
      typeof block === 'object' && block !== null && 'text' in block && typeof block.text === 'string'
        ? block.text
        : '',
    )
    .join('\n');
}
