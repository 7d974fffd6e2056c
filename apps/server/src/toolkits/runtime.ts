import type {
  CallToolResult,
  CompleteRequest,
  CompleteResult,
  GetPromptResult,
  Prompt,
  ReadResourceResult,
  Resource,
  ResourceTemplate,
  ToolAnnotations,
} from '@modelcontextprotocol/sdk/types.js';
import type { CallRelay } from './relay.js';

/**
 * The contract every kind of toolkit implements (built-in TypeScript, upstream MCP server, OpenAPI-described API),
 * so the registry, the REST execute endpoint and the MCP endpoint treat them alike.
 */

/** A JSON Schema object as MCP's `inputSchema` requires: `type: "object"` at the top. */
export interface ObjectSchema {
  type: 'object';
  properties?: Record<string, unknown>;
  required?: string[];
  [keyword: string]: unknown;
}

export interface ToolDefinition {
  /** `TOOLKIT_ACTION`, at most 64 characters of [A-Za-z0-9_-]: see tool-names.ts. */
  slug: string;
  /** The toolkit's own name for the tool (an upstream MCP tool name, an OpenAPI operationId). */
  originalName: string;
  /** A human title. */
  name: string;
  description: string;
  inputSchema: ObjectSchema;
  outputSchema?: ObjectSchema | undefined;
  annotations?: ToolAnnotations | undefined;
  /** True when the tool needs no connected account. */
  noAuth: boolean;
}

/** Who a call acts for, and with what. Secrets arrive decrypted here and must never be logged or returned. */
export interface ToolCallContext {
  projectId: string;
  userId: string;
  connectedAccountId?: string | undefined;
  /** The connected account's secrets, by field name (e.g. `api_key`, `access_token`), if any. */
  credentials?: Readonly<Record<string, string>> | undefined;
  signal: AbortSignal;
  /** The call's time limit; the toolkit ends the call with a clear error when it passes. */
  timeoutMs: number;
  /** The MCP client behind the call, for upstreams that talk back to it (relay.ts); absent for REST calls. */
  relay?: CallRelay | undefined;
}

export type ToolResult = CallToolResult;

/** The context of a resource or prompt request: a call's, with the toolkit's own time limit when none is given. */
export type FeatureContext = Omit<ToolCallContext, 'timeoutMs'> & { timeoutMs?: number | undefined };

/**
 * What an upstream MCP server offers besides tools, in its own names (URIs, prompt names): the MCP endpoint namespaces
 * them (calls/feature-names.ts). Lists are empty when the upstream does not declare the capability. Failures throw an
 * Error whose message is fit for the client.
 */
export interface ToolkitFeatures {
  resources(context: FeatureContext): Promise<Resource[]>;
  resourceTemplates(context: FeatureContext): Promise<ResourceTemplate[]>;
  readResource(uri: string, context: FeatureContext): Promise<ReadResourceResult>;
  prompts(context: FeatureContext): Promise<Prompt[]>;
  getPrompt(name: string, args: Record<string, string>, context: FeatureContext): Promise<GetPromptResult>;
  /** Completion of a prompt's or a resource template's argument; no values when the upstream offers no completions. */
  complete(params: CompleteRequest['params'], context: FeatureContext): Promise<CompleteResult>;
}

export interface ToolkitRuntime {
  readonly slug: string;
  /** The toolkit's tools; may depend on the user when an upstream is started per user. */
  listTools(
    context: Omit<ToolCallContext, 'timeoutMs'> & { timeoutMs?: number | undefined },
  ): Promise<ToolDefinition[]>;
  /**
   * Runs one tool. Failures of the tool itself come back as a result with `isError: true` and a message that helps;
   * a throw means Patchbay could not run it at all (and the caller turns that into an error result too).
   */
  callTool(toolSlug: string, args: Record<string, unknown>, context: ToolCallContext): Promise<ToolResult>;
  /** Releases processes and connections; safe to call twice. */
  close?(): Promise<void>;
  /** Resources and prompts, for toolkits that have them (upstream MCP servers). */
  readonly features?: ToolkitFeatures | undefined;
}

/**
 * Why a failed call failed, where the caller can act on it: `unauthorized` means the upstream refused the credentials
 * without processing the request (HTTP 401), so sending it again with refreshed ones is safe.
 */
export type FailureReason = 'unauthorized';

// Beside the result rather than in it: a result goes out to MCP clients as it is, and the reason is Patchbay's own.
const failureReasons = new WeakMap<ToolResult, FailureReason>();

/** An error result with one text block, the shape every toolkit uses for failures, with its reason if it has one. */
export function errorResult(message: string, reason?: FailureReason): ToolResult {
  const result: ToolResult = { isError: true, content: [{ type: 'text', text: message }] };
  if (reason !== undefined) failureReasons.set(result, reason);
  return result;
}

/** The reason a toolkit gave with `errorResult`, if any. */
export function failureReason(result: ToolResult): FailureReason | undefined {
  return failureReasons.get(result);
}
