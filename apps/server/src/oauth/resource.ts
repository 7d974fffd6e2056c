/**
 * The canonical URL of an MCP endpoint (RFC 8707 resource, RFC 9728 `resource`): the audience every token for it
 * carries. Two kinds: a named server (`/v3/mcp/<uuid>`; its `/mcp`, `/sse` variants and the query — user_id,
 * sessions — are the same resource) and a tool session (`/tool_router/<trs_…>/mcp`, owned by one user).
 */
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const sessionId = 'trs_[0-9A-Za-z]{8,60}';
const mcpPath = new RegExp(`^/v3/mcp/(${uuid})(?:/(?:mcp|sse|messages))?/?$`, 'i');
const sessionPath = new RegExp(`^/tool_router/(${sessionId})(?:/(?:mcp|sse|messages))?/?$`);

export const origin = (publicUrl: string): string => publicUrl.replace(/\/+$/, '');

export function serverResource(publicUrl: string, serverId: string): string {
  return `${origin(publicUrl)}/v3/mcp/${serverId.toLowerCase()}`;
}

export function sessionResource(publicUrl: string, id: string): string {
  return `${origin(publicUrl)}/tool_router/${id}/mcp`;
}

/**
 * The id a resource indicator names — a named server's id or a tool session's (`trs_…`) — when it is exactly one of
 * this Patchbay's canonical MCP URLs.
 */
export function serverOfResource(publicUrl: string, resource: string): string | undefined {
  const base = origin(publicUrl);
  if (!resource.startsWith(`${base}/`)) return undefined;
  const path = resource.slice(base.length);
  const session = sessionPath.exec(path)?.[1];
  // Only the canonical spelling is a resource: one audience per session.
  if (session !== undefined) return sessionResource(publicUrl, session) === resource ? session : undefined;
  const match = /^\/v3\/mcp\/([0-9a-f-]{36})$/.exec(path);
  return match?.[1] !== undefined && new RegExp(`^${uuid}$`).test(match[1]) ? match[1] : undefined;
}

/** The server id of a request path to one of its MCP URLs (`/v3/mcp/{id}`, `/mcp`, `/sse`, `/messages`). */
export function serverOfPath(path: string): string | undefined {
  return mcpPath.exec(path)?.[1]?.toLowerCase();
}

/** The resource of a request path to any kind of MCP URL, or undefined when it is not one. */
export const resourceOfPath =
  (publicUrl: string) =>
  (path: string): string | undefined => {
    const serverId = serverOfPath(path);
    if (serverId !== undefined) return serverResource(publicUrl, serverId);
    const session = sessionPath.exec(path)?.[1];
    return session === undefined ? undefined : sessionResource(publicUrl, session);
  };

export const isSessionId = (id: string): boolean => new RegExp(`^${sessionId}$`).test(id);
