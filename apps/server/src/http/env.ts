import type { McpCaller } from '../mcp/caller.js';
import type { ApiKeyRow } from '../store/api-keys.js';

/** What middleware puts on the Hono context for later handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Set by the auth middleware on every /api/v3 route. */
    apiKey: ApiKeyRow;
    /** Set by an MCP URL once its caller is known (the access log says how it authenticated). */
    mcpCaller: McpCaller;
  };
}
