import type {
  CompleteRequest,
  CompleteResult,
  GetPromptResult,
  Prompt,
  ReadResourceResult,
  Resource,
  ResourceTemplate,
  Tool,
} from '@modelcontextprotocol/sdk/types.js';
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

/** Resources and prompts an MCP URL serves (a named server's upstream MCP toolkits'), already namespaced. */
export interface FeatureSource {
  resources(signal: AbortSignal, relay: CallRelay): Promise<Resource[]>;
  resourceTemplates(signal: AbortSignal, relay: CallRelay): Promise<ResourceTemplate[]>;
  /** Undefined when the URI is not one this source serves. */
  readResource(uri: string, signal: AbortSignal, relay: CallRelay): Promise<ReadResourceResult | undefined>;
  prompts(signal: AbortSignal, relay: CallRelay): Promise<Prompt[]>;
  /** Undefined when the name is not one this source serves. */
  getPrompt(
    name: string,
    args: Record<string, string>,
    signal: AbortSignal,
    relay: CallRelay,
  ): Promise<GetPromptResult | undefined>;
  /** Completes an argument of a served prompt or resource template; no values for a reference it does not serve. */
  complete(params: CompleteRequest['params'], signal: AbortSignal, relay: CallRelay): Promise<CompleteResult>;
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
  /** Resources and prompts, where the URL serves any. */
  features?: FeatureSource | undefined;
  /** Told once per request that lists or calls tools. */
  onUse?: (() => void) | undefined;
}
