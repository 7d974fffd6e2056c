import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mcpServerUrl, PatchbayError, parseMcpServerUrl } from '@patchbay/core';
import type { RequestFetch } from './context.js';

export interface ConnectOptions {
  /** How the client names itself to the server. */
  clientInfo?: { name: string; version: string } | undefined;
  /** Used for every MCP request (e.g. a proxy's, or a test's). */
  fetch?: RequestFetch | undefined;
}

const defaultClientInfo = { name: '@patchbay/sdk', version: '0.1.0' };

/** The legacy SSE address of a Patchbay MCP URL (`…/v3/mcp/<id>/sse`); other servers take SSE at the same URL. */
function sseUrl(url: string): string {
  const parsed = parseMcpServerUrl(url);
  if (parsed === undefined) return url;
  return mcpServerUrl(parsed.root, parsed.serverId, parsed.selector, {
    transportPath: '/sse',
    includeHelperActions: parsed.includeHelperActions,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A connected MCP SDK client for agent code. Streamable HTTP first; when it answers initialize with a 4xx (a server
 * that speaks only the older HTTP+SSE transport answers 404 or 405), the legacy SSE transport is tried, as the MCP
 * spec's backward-compatibility rule says. Failures are PatchbayErrors that name both attempts.
 */
export async function connect(
  url: string,
  headers: Record<string, string>,
  options: ConnectOptions = {},
): Promise<Client> {
  const info = options.clientInfo ?? defaultClientInfo;
  const requestFetch = options.fetch;
  const fetch = requestFetch
    ? (input: string | URL, init?: RequestInit) => requestFetch(new Request(input, init))
    : undefined;
  const requestInit = { headers };
  let target: URL;
  try {
    target = new URL(url);
  } catch (error) {
    throw new PatchbayError(
      { status: 0, slug: 'invalid_url', message: `${JSON.stringify(url)} is not a URL.` },
      { cause: error },
    );
  }
  const client = new Client(info);
  try {
    await client.connect(new StreamableHTTPClientTransport(target, { requestInit, fetch }));
    return client;
  } catch (error) {
    const status = error instanceof StreamableHTTPError ? error.code : undefined;
    if (status === undefined || status < 400 || status >= 500) {
      throw new PatchbayError(
        { status: status ?? 0, message: `Could not connect to the MCP server at ${target.origin}: ${describe(error)}` },
        { cause: error },
      );
    }
    const legacy = new Client(info);
    try {
      await legacy.connect(new SSEClientTransport(new URL(sseUrl(url)), { requestInit, fetch }));
      return legacy;
    } catch (sseError) {
      throw new PatchbayError(
        {
          status,
          message: `Could not connect to the MCP server at ${target.origin}: Streamable HTTP answered ${status} (${describe(error)}); the SSE fallback failed too (${describe(sseError)}).`,
          suggestedFix:
            status === 401 || status === 403
              ? 'Pass the headers generate() answered (a scoped token), or your API key as x-api-key.'
              : undefined,
        },
        { cause: sseError },
      );
    }
  }
}
