import { createToolkitRequest, type mcpSource, type openApiSource } from '@patchbay/core';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';
import { parseBody } from '../http/validate.js';
import type { CustomToolkitKind } from '../store/custom-toolkits.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';

/*
 * The create body is a union (an MCP source or an OpenAPI one), and a failed union only says "Invalid input". Picking
 * the member by the source field the body gives lets the error name the fields that are wrong in it.
 */
const [createMcpBody, createOpenApiBody] = createToolkitRequest.options;
const bodyObject = z.record(z.string(), z.unknown());

type McpSource = z.output<typeof mcpSource>;
type OpenApiSource = z.output<typeof openApiSource>;

export async function parseCreateBody(c: Context<AppEnv>) {
  const raw = await parseBody(c, bodyObject);
  if (raw.mcp !== undefined) return parseBody(c, createMcpBody);
  if (raw.openapi !== undefined) return parseBody(c, createOpenApiBody);
  throw apiError(400, 'Invalid body: give a source, mcp or openapi', 'Add an `mcp` or an `openapi` object.', {
    slug: 'validation_error',
    errors: ['mcp: give exactly one of mcp and openapi', 'openapi: give exactly one of mcp and openapi'],
  });
}

/** The stored kind and source of a body's `mcp` or `openapi`: an MCP server's kind follows from its transport. */
export function storedSource(given: {
  mcp?: McpSource | undefined;
  openapi?: OpenApiSource | undefined;
}): { kind: CustomToolkitKind; source: McpSource | OpenApiSource } | undefined {
  if (given.mcp !== undefined) {
    return { kind: given.mcp.transport === 'stdio' ? 'mcp_stdio' : 'mcp_http', source: given.mcp };
  }
  if (given.openapi !== undefined) return { kind: 'openapi', source: given.openapi };
  return undefined;
}

/**
 * Lists a new or changed toolkit's tools once, as the spec asks, so that a source that cannot load (a command that
 * does not exist, an unreachable URL, a document that is not OpenAPI) is refused when it is given rather than found
 * broken later by an AI client. An MCP server that starts per user with their credentials cannot be listed without
 * them, so it is checked at its first call instead. Answers the problem, or undefined when the source loads.
 */
export async function sourceProblem(projectId: string, toolkit: RegisteredToolkit): Promise<string | undefined> {
  const { meta, runtime } = toolkit;
  if (meta.kind !== 'openapi' && !meta.noAuth) return undefined;
  try {
    await runtime.listTools({
      projectId,
      userId: 'catalog',
      connectedAccountId: undefined,
      signal: AbortSignal.timeout(meta.timeoutMs),
      timeoutMs: meta.timeoutMs,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export const unloadable = (slug: string, problem: string) =>
  apiError(
    422,
    `The source of toolkit ${JSON.stringify(slug)} could not be loaded: ${problem}`,
    'Check the command, URL or document (try it by hand), then send the request again; nothing was changed.',
  );
