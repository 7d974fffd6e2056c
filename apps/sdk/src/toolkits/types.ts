import type {
  AuthScheme,
  ToolkitKind,
  AuthField as WireAuthField,
  McpHttpSource as WireMcpHttpSource,
  McpStdioSource as WireMcpStdioSource,
  OpenApiAuth as WireOpenApiAuth,
} from '@patchbay/core';

// Enum fields take the wire's own types, so a value the server adds reaches the SDK's shapes with no edit here.

export interface AuthField {
  name: string;
  displayName: string;
  type: WireAuthField['type'];
  required: boolean;
  description: string;
  /** Write-only: stored encrypted and answered masked. */
  secret: boolean;
}

export interface ToolkitAuthScheme {
  mode: AuthScheme;
  fields: { authConfigCreation: AuthField[]; connectedAccountInitiation: AuthField[] };
  authorizationUrl?: string | undefined;
  tokenUrl?: string | undefined;
  defaultScopes?: string[] | undefined;
}

export interface McpStdioSource {
  transport: WireMcpStdioSource['transport'];
  command: string;
  args?: string[] | undefined;
  /** Not secret: stored and answered in clear. */
  env?: Record<string, string> | undefined;
  /** Filled per user from their connected account's credentials of the same name. */
  perUserEnv?: string[] | undefined;
}

export interface McpHttpSource {
  transport: WireMcpHttpSource['transport'];
  url: string;
  /** Not secret: stored and answered in clear. */
  headers?: Record<string, string> | undefined;
}

export type McpSource = McpStdioSource | McpHttpSource;

export interface OpenApiAuth {
  scheme: AuthScheme;
  in?: WireOpenApiAuth['in'] | undefined;
  name?: string | undefined;
}

/** Give exactly one of `specUrl` and `spec`. */
export interface OpenApiSource {
  specUrl?: string | undefined;
  spec?: Record<string, unknown> | undefined;
  baseUrl?: string | undefined;
  auth?: OpenApiAuth | undefined;
}

export interface ToolkitSource {
  mcp?: McpSource | undefined;
  openapi?: OpenApiSource | undefined;
  timeoutMs: number;
}

export interface Toolkit {
  slug: string;
  name: string;
  description: string;
  logo: string | null;
  categories: string[];
  kind: ToolkitKind;
  /** Empty when it needs no account. */
  authSchemes: ToolkitAuthScheme[];
  noAuth: boolean;
  toolsCount: number;
  /** True for toolkits this project created. */
  isCustom: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ToolkitDetail extends Toolkit {
  /** The source of a custom toolkit; null for the others. */
  source: ToolkitSource | null;
}

interface ToolkitFields {
  name: string;
  description?: string | undefined;
  logo?: string | undefined;
  categories?: string[] | undefined;
  /** How long one tool call may take; default 30 s. */
  timeoutMs?: number | undefined;
}

/** A custom toolkit: an upstream MCP server, or tools generated from an OpenAPI document. */
export type CreateToolkitOptions = ToolkitFields & { slug: string } & (
    | { mcp: McpSource; openapi?: undefined }
    | { openapi: OpenApiSource; mcp?: undefined }
  );

export interface UpdateToolkitOptions extends Partial<ToolkitFields> {
  mcp?: McpSource | undefined;
  openapi?: OpenApiSource | undefined;
}

export interface ListToolkitsOptions {
  /** Substring of the slug, name or description. */
  search?: string | undefined;
  category?: string | undefined;
  kind?: ToolkitKind | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}
