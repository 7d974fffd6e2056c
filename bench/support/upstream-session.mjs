// A session with a Streamable HTTP MCP server that keeps sessions (server-everything's HTTP mode does), for the
// benchmark's callers that speak to it without an MCP client: initialize, then notifications/initialized.
// It negotiates the protocol version Patchbay's own upstream client does (the SDK's latest), so "no proxy" is the
// same conversation: server-everything answers 2025-11-25 with a priming event before each result, ~1 ms slower
// than 2025-06-18 on this machine, and a baseline speaking the older version would charge that to Patchbay.
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';

const base = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  'mcp-protocol-version': LATEST_PROTOCOL_VERSION,
};

/** The headers that send a request in a new session with `url`. */
export async function openSession(url, clientName) {
  const init = await fetch(url, {
    method: 'POST',
    headers: base,
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 0,
      method: 'initialize',
      params: {
        protocolVersion: LATEST_PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: clientName, version: '1' },
      },
    }),
  });
  const session = init.headers.get('mcp-session-id');
  await init.text();
  const headers = { ...base, ...(session ? { 'mcp-session-id': session } : {}) };
  const initialized = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
  });
  await initialized.text();
  return headers;
}
