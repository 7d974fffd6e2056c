import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { CallRelay } from '../toolkits/relay.js';
import type { ToolResult } from '../toolkits/runtime.js';
import type { McpCaller } from './caller.js';

/**
 * Something an MCP URL serves tools from: a named server's toolkits, the account-management tools, a tool session's
 * meta-tools. Sources are composed, so an endpoint is a list of them.
 */
export interface ToolSource {
  /** `relay` is the client asking, for upstreams that list more tools to clients that declare more capabilities. */
  list(signal: AbortSignal, relay?: CallRelay): Promise<Tool[]>;
  /** Runs the tool when `name` is one of this source's; resolves to undefined when it is not. */
  call(
    name: string,
    args: Record<string, unknown>,
    signal: AbortSignal,
    relay?: CallRelay,
  ): Promise<ToolResult | undefined>;
}

/** What one MCP URL serves one caller. */
export interface ServedTools {
  caller: McpCaller;
  /** Names what is served (e.g. `server:<id>`), so a session's later requests can be checked against it. */
  key: string;
  title: string;
  instructions: string;
  /** Listed in order; a call goes to the first source that takes the name. */
  sources: readonly ToolSource[];
  /** Told once per request that lists or calls tools. */
  onUse?: (() => void) | undefined;
}
