// A session with a Streamable HTTP MCP server that keeps sessions (server-everything's HTTP mode does), for the
// benchmark's callers that speak to it without an MCP client: initialize, then notifications/initialized.

const base = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  'mcp-protocol-version': '2025-06-18',
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
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: clientName, version: '1' } },
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
