// Type-level test: compiling this file (typecheck) fails when a zod schema and the generated OpenAPI types drift
// apart, in either direction: a field added, removed, renamed, retyped or made optional on one side only.
import type { z } from 'zod';
import type { components, operations } from '../src/generated/api.js';
import type * as access from '../src/schemas/access.js';
import type * as auth from '../src/schemas/auth.js';
import type * as mcp from '../src/schemas/mcp-servers.js';
import type * as oauth from '../src/schemas/oauth.js';
import type * as toolCalls from '../src/schemas/tool-calls.js';
import type * as router from '../src/schemas/tool-router.js';
import type * as toolkits from '../src/schemas/toolkits.js';
import type * as tools from '../src/schemas/tools.js';

type Schemas = components['schemas'];
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Flattens intersections and normalises optional members so that equal shapes compare equal. */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
type Same<A, B> = Equal<Plain<A>, Plain<B>>;
function assert<T extends true>(): T | undefined {
  return undefined;
}

// Request bodies: what a client may send equals what the server accepts.
assert<Same<z.input<typeof mcp.createMcpServerRequest>, Schemas['CreateMcpServerRequest']>>();
assert<Same<z.input<typeof mcp.createCustomMcpServerRequest>, Schemas['CreateCustomMcpServerRequest']>>();
assert<Same<z.input<typeof mcp.updateMcpServerRequest>, Schemas['UpdateMcpServerRequest']>>();
assert<Same<z.input<typeof mcp.generateMcpUrlRequest>, Schemas['GenerateMcpUrlRequest']>>();
assert<Same<z.input<typeof mcp.createMcpInstanceRequest>, Schemas['CreateMcpInstanceRequest']>>();
assert<Same<z.input<typeof access.createApiKeyRequest>, Schemas['CreateApiKeyRequest']>>();
assert<Same<z.input<typeof access.createProjectRequest>, Schemas['CreateProjectRequest']>>();
assert<Same<z.input<typeof oauth.oauthSettings>, Schemas['OAuthSettings']>>();
assert<Same<z.input<typeof oauth.oauthSignInDecision>, Schemas['OAuthSignInDecision']>>();

// Query strings are text on the wire, so their schemas parse strings; tie the parameter names and the enums.
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
type SameKeys<A, B> = Equal<keyof A, keyof B>;
assert<SameKeys<z.output<typeof mcp.listMcpServersQuery>, Query<'listMcpServers'>>>();
assert<SameKeys<z.output<typeof mcp.listMcpServersByToolkitQuery>, Query<'listMcpServersByToolkit'>>>();
assert<SameKeys<z.output<typeof mcp.listMcpInstancesQuery>, Query<'listMcpInstances'>>>();
assert<SameKeys<z.output<typeof oauth.listOAuthGrantsQuery>, Query<'listOAuthGrants'>>>();
assert<Equal<z.output<typeof mcp.listMcpServersQuery>['order_by'], NonNullable<Query<'listMcpServers'>['order_by']>>>();
assert<
  Equal<
    z.output<typeof mcp.listMcpServersQuery>['order_direction'],
    NonNullable<Query<'listMcpServers'>['order_direction']>
  >
>();

// Toolkits, tools, auth configs, connected accounts and the tool-call log.
assert<Same<z.input<typeof toolkits.createToolkitRequest>, Schemas['CreateToolkitRequest']>>();
assert<Same<z.input<typeof toolkits.createMcpToolkitRequest>, Schemas['CreateMcpToolkitRequest']>>();
assert<Same<z.input<typeof toolkits.createOpenApiToolkitRequest>, Schemas['CreateOpenApiToolkitRequest']>>();
assert<Same<z.input<typeof toolkits.updateToolkitRequest>, Schemas['UpdateToolkitRequest']>>();
assert<Same<z.input<typeof toolkits.mcpSource>, Schemas['McpSource']>>();
assert<Same<z.input<typeof toolkits.openApiSource>, Schemas['OpenApiSource']>>();
assert<Same<z.input<typeof tools.executeToolRequest>, Schemas['ExecuteToolRequest']>>();
assert<Same<z.input<typeof auth.createAuthConfigRequest>, Schemas['CreateAuthConfigRequest']>>();
assert<Same<z.input<typeof auth.updateAuthConfigRequest>, Schemas['UpdateAuthConfigRequest']>>();
assert<Same<z.input<typeof auth.createConnectedAccountRequest>, Schemas['CreateConnectedAccountRequest']>>();
assert<Same<z.input<typeof auth.createConnectedAccountLinkRequest>, Schemas['CreateConnectedAccountLinkRequest']>>();
assert<
  Same<z.input<typeof auth.updateConnectedAccountStatusRequest>, Schemas['UpdateConnectedAccountStatusRequest']>
>();
assert<Equal<z.output<typeof auth.authSchemeValue>, Schemas['AuthScheme']>>();
assert<Equal<z.output<typeof auth.authConfigStatus>, Schemas['AuthConfigStatus']>>();
assert<Equal<z.output<typeof auth.connectedAccountStatus>, Schemas['ConnectedAccountStatus']>>();
assert<Equal<z.output<typeof toolkits.toolkitKind>, Schemas['ToolkitKind']>>();
assert<Equal<z.output<typeof toolCalls.toolCallOutcome>, Schemas['ToolCallOutcome']>>();

assert<SameKeys<z.output<typeof toolkits.listToolkitsQuery>, Query<'listToolkits'>>>();
assert<SameKeys<z.output<typeof tools.listToolsQuery>, Query<'listTools'>>>();
assert<SameKeys<z.output<typeof tools.getToolQuery>, Query<'getTool'>>>();
assert<SameKeys<z.output<typeof auth.listAuthConfigsQuery>, Query<'listAuthConfigs'>>>();
assert<SameKeys<z.output<typeof auth.listConnectedAccountsQuery>, Query<'listConnectedAccounts'>>>();
assert<Equal<z.output<typeof toolkits.listToolkitsQuery>['kind'], Query<'listToolkits'>['kind']>>();
assert<
  Equal<
    z.output<typeof auth.listAuthConfigsQuery>['is_composio_managed'],
    Query<'listAuthConfigs'>['is_composio_managed']
  >
>();
assert<
  Equal<z.output<typeof auth.listConnectedAccountsQuery>['statuses'], Schemas['ConnectedAccountStatus'][] | undefined>
>();
assert<
  Equal<
    z.output<typeof auth.listConnectedAccountsQuery>['order_by'],
    NonNullable<Query<'listConnectedAccounts'>['order_by']>
  >
>();
assert<
  Equal<
    z.output<typeof auth.listConnectedAccountsQuery>['order_direction'],
    NonNullable<Query<'listConnectedAccounts'>['order_direction']>
  >
>();
assert<Equal<z.output<typeof toolCalls.listToolCallsQuery>['outcome'], Query<'listToolCalls'>['outcome']>>();

// Tool sessions.
assert<Same<z.input<typeof router.createToolRouterSessionRequest>, Schemas['CreateToolRouterSessionRequest']>>();
assert<Same<z.input<typeof router.updateToolRouterSessionRequest>, Schemas['UpdateToolRouterSessionRequest']>>();
assert<Same<z.input<typeof router.toolRouterSearchRequest>, Schemas['ToolRouterSearchRequest']>>();
assert<Same<z.input<typeof router.toolRouterExecuteRequest>, Schemas['ToolRouterExecuteRequest']>>();
assert<Same<z.input<typeof router.toolRouterExecuteMetaRequest>, Schemas['ToolRouterExecuteMetaRequest']>>();
assert<Same<z.input<typeof router.toolRouterLinkRequest>, Schemas['ToolRouterLinkRequest']>>();
assert<Equal<z.output<typeof router.toolRouterHint>, Schemas['ToolRouterHint']>>();
assert<Same<z.input<typeof router.toolRouterTags>, Schemas['ToolRouterTags']>>();
assert<SameKeys<z.output<typeof router.toolRouterToolsQuery>, Query<'listToolRouterTools'>>>();
assert<SameKeys<z.output<typeof router.toolRouterToolkitsQuery>, Query<'listToolRouterToolkits'>>>();
assert<SameKeys<z.output<typeof router.toolRouterHistoryQuery>, Query<'listToolRouterConfigHistory'>>>();
assert<SameKeys<z.output<typeof toolCalls.listToolCallsQuery>, Query<'listToolCalls'>>>();
