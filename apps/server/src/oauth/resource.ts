/**
 * The canonical URL of a named server's MCP endpoint (RFC 8707 resource, RFC 9728 `resource`): the audience every
 * token for it carries. The `/mcp` and `/sse` variants and the query (user_id, sessions) are the same resource.
 */
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const mcpPath = new RegExp(`^/v3/mcp/(${uuid})(?:/(?:mcp|sse|messages))?/?$`, 'i');

export const origin = (publicUrl: string): string => publicUrl.replace(/\/+$/, '');

export function serverResource(publicUrl: string, serverId: string): string {
  return `${origin(publicUrl)}/v3/mcp/${serverId.toLowerCase()}`;
}

/** The server id a resource indicator names, when it is exactly one of this Patchbay's canonical MCP URLs. */
export function serverOfResource(publicUrl: string, resource: string): string | undefined {
  const base = origin(publicUrl);
  if (!resource.startsWith(`${base}/`)) return undefined;
  const path = resource.slice(base.length);
  const match = /^\/v3\/mcp\/([0-9a-f-]{36})$/.exec(path);
  return match?.[1] !== undefined && new RegExp(`^${uuid}$`).test(match[1]) ? match[1] : undefined;
}

/** The server id of a request path to one of its MCP URLs (`/v3/mcp/{id}`, `/mcp`, `/sse`, `/messages`). */
export function serverOfPath(path: string): string | undefined {
  return mcpPath.exec(path)?.[1]?.toLowerCase();
}
