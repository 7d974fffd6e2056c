// Type-level test: compiling this file (typecheck) fails when a wire field the server answers is in no table of a
// src/*/fields.ts, when a table names a field the wire lacks, when a field handed on as is does not fit its SDK field
// (a nested key the SDK type lacks included), when an SDK field comes from no wire field and is not listed as derived,
// or when the spec gains an object schema that is neither checked here nor listed as not read.
import type { components } from '@patchbay/core';
import type { AuthConfigs } from '../src/auth-configs/auth-configs.js';
import type * as authConfigs from '../src/auth-configs/fields.js';
import type { ConnectedAccounts } from '../src/connected-accounts/connected-accounts.js';
import type * as accounts from '../src/connected-accounts/fields.js';
import type { Converted, FieldMap, Omitted } from '../src/field-map.js';
import type * as wire from '../src/fields.js';
import type * as sdk from '../src/index.js';
import type * as mcp from '../src/mcp/fields.js';
import type { Mcp } from '../src/mcp/mcp.js';
import type * as sessions from '../src/sessions/fields.js';
import type * as toolkits from '../src/toolkits/fields.js';
import type { Toolkits } from '../src/toolkits/toolkits.js';
import type * as tools from '../src/tools/fields.js';

type Schemas = components['schemas'];

/** Each property names one kind of gap; its type lists the fields with that gap, `never` when there is none. */
function ok<T extends Record<string, never>>(): T | undefined {
  return undefined;
}
function none<T extends never>(): T | undefined {
  return undefined;
}

/** Wire type A may be handed on as SDK type B: assignable, and no key of A, at any depth, unknown to B. */
type Fits<A, B> = [A] extends [B] ? NoNewKeys<NonNullable<A>, NonNullable<B>> : false;
// String keys only: `{ [key: string]: T }` also has number keys, and `Record<string, T>` has none.
type NoNewKeys<A, B> = A extends readonly (infer E)[]
  ? B extends readonly (infer F)[]
    ? Fits<E, F>
    : false
  : A extends object
    ? [Exclude<keyof A & string, keyof B>] extends [never]
      ? false extends { [K in keyof A & keyof B & string]: Fits<A[K], B[K]> }[keyof A & keyof B & string]
        ? false
        : true
      : false
    : true;

/** Wire fields handed on under a name whose SDK type they do not fit. */
type BadRenames<M, W, S> = {
  [K in keyof M & keyof W]: M[K] extends infer To extends keyof S
    ? Fits<W[K], S[To]> extends true
      ? never
      : K
    : M[K] extends Converted<S> | Omitted
      ? never
      : BadRenames<M[K], NonNullable<W[K]>, S>;
}[keyof M & keyof W];

type Wire<M, W, S> = {
  wireFieldsWithNoEntry: Exclude<keyof W, keyof M>;
  entriesForNoWireField: Exclude<keyof M, keyof W>;
  notAFieldMap: [M] extends [FieldMap<W, S>] ? never : 'an entry names no SDK field';
  renamesThatDoNotFit: BadRenames<M, W, S>;
};

/** The SDK fields a table writes, through renames, conversions and flattened nested objects. */
type Targets<M> = {
  [K in keyof M]: M[K] extends PropertyKey
    ? M[K]
    : M[K] extends { to: infer To }
      ? To
      : M[K] extends Omitted
        ? never
        : Targets<M[K]>;
}[keyof M];

/** Targets of each table apart: Targets of a union of tables would see only the keys they share. */
type AllTargets<Tables extends readonly unknown[]> = { [I in keyof Tables]: Targets<Tables[I]> }[number];

type Sdk<S, Tables extends readonly unknown[], D = Record<never, string>> = {
  sdkFieldsFromNowhere: Exclude<keyof S, AllTargets<Tables> | keyof D>;
  derivedYetMapped: Extract<keyof D, AllTargets<Tables>>;
};

type Answer<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Deleted = Answer<Mcp['delete']>;
type Success = Answer<AuthConfigs['enable']>;

// Every wire shape the SDK reads, keyed by its schema name (or schema.field for a nested object with its own table).
const checked = {
  McpServer: ok<Wire<typeof mcp.serverFields, Schemas['McpServer'], sdk.McpServer>>(),
  McpServerDetail: ok<Wire<typeof mcp.serverDetailFields, Schemas['McpServerDetail'], sdk.McpServerDetail>>(),
  McpServerList: ok<Wire<typeof mcp.serverPageFields, Schemas['McpServerList'], sdk.McpServerPage>>(),
  CustomMcpServerResponse:
    ok<Wire<typeof mcp.customCreatedFields, Schemas['CustomMcpServerResponse'], sdk.McpServerCreated>>(),
  'McpServer (create)': ok<Wire<typeof mcp.createdFields, Schemas['McpServer'], sdk.McpServerCreated>>(),
  McpInstance: ok<Wire<typeof mcp.instanceFields, Schemas['McpInstance'], sdk.McpInstance>>(),
  McpInstanceList: ok<Wire<typeof mcp.instancePageFields, Schemas['McpInstanceList'], sdk.McpInstancePage>>(),
  DeleteMcpInstanceResponse:
    ok<Wire<typeof mcp.instanceDeletedFields, Schemas['DeleteMcpInstanceResponse'], sdk.McpInstanceDeleted>>(),
  GenerateMcpUrlResponse:
    ok<Wire<typeof mcp.generateFields, Schemas['GenerateMcpUrlResponse'], sdk.McpServerInstance>>(),
  McpAccess: ok<Wire<typeof mcp.accessFields, Schemas['McpAccess'], sdk.McpServerInstance>>(),
  DeletedResponse: ok<Wire<typeof wire.deletedFields, Schemas['DeletedResponse'], Deleted>>(),
  'DeletedResponse (toolkits)':
    ok<Wire<typeof toolkits.toolkitDeletedFields, Schemas['DeletedResponse'], Answer<Toolkits['delete']>>>(),
  SuccessResponse: ok<Wire<typeof wire.successFields, Schemas['SuccessResponse'], Success>>(),

  HostedAuthField: ok<Wire<typeof toolkits.authFieldFields, Schemas['HostedAuthField'], sdk.AuthField>>(),
  AuthConfigDetail: ok<Wire<typeof toolkits.authSchemeFields, Schemas['AuthConfigDetail'], sdk.ToolkitAuthScheme>>(),
  'AuthConfigDetail.fields':
    ok<
      Wire<typeof toolkits.authSchemeFieldLists, Schemas['AuthConfigDetail']['fields'], sdk.ToolkitAuthScheme['fields']>
    >(),
  Toolkit: ok<Wire<typeof toolkits.toolkitFields, Schemas['Toolkit'], sdk.Toolkit>>(),
  ToolkitDetail: ok<Wire<typeof toolkits.toolkitDetailFields, Schemas['ToolkitDetail'], sdk.ToolkitDetail>>(),
  ToolkitSource: ok<Wire<typeof toolkits.sourceFields, Schemas['ToolkitSource'], sdk.ToolkitSource>>(),
  McpStdioSource: ok<Wire<typeof toolkits.stdioSourceFields, Schemas['McpStdioSource'], sdk.McpStdioSource>>(),
  McpHttpSource: ok<Wire<typeof toolkits.httpSourceFields, Schemas['McpHttpSource'], sdk.McpHttpSource>>(),
  OpenApiSource: ok<Wire<typeof toolkits.openApiSourceFields, Schemas['OpenApiSource'], sdk.OpenApiSource>>(),
  ToolkitList: ok<Wire<typeof wire.cursorPageFields, Schemas['ToolkitList'], sdk.CursorPage<sdk.Toolkit>>>(),

  Tool: ok<Wire<typeof tools.toolFields, Schemas['Tool'], sdk.Tool>>(),
  ToolList: ok<Wire<typeof wire.cursorPageFields, Schemas['ToolList'], sdk.CursorPage<sdk.Tool>>>(),
  ExecuteToolResponse: ok<Wire<typeof tools.executeResultFields, Schemas['ExecuteToolResponse'], sdk.ExecuteResult>>(),
  ToolCall: ok<Wire<typeof tools.toolCallFields, Schemas['ToolCall'], sdk.ToolCall>>(),
  ToolCallList: ok<Wire<typeof wire.cursorPageFields, Schemas['ToolCallList'], sdk.CursorPage<sdk.ToolCall>>>(),

  AuthConfig: ok<Wire<typeof authConfigs.authConfigFields, Schemas['AuthConfig'], sdk.AuthConfig>>(),
  AuthConfigList: ok<Wire<typeof wire.cursorPageFields, Schemas['AuthConfigList'], sdk.CursorPage<sdk.AuthConfig>>>(),
  CreateAuthConfigResponse:
    ok<Wire<typeof authConfigs.authConfigCreatedFields, Schemas['CreateAuthConfigResponse'], sdk.AuthConfigCreated>>(),

  ConnectedAccount: ok<Wire<typeof accounts.accountFields, Schemas['ConnectedAccount'], sdk.ConnectedAccount>>(),
  'ConnectedAccount.auth_config':
    ok<
      Wire<
        typeof accounts.accountAuthConfigFields,
        Schemas['ConnectedAccount']['auth_config'],
        sdk.ConnectedAccount['authConfig']
      >
    >(),
  ConnectedAccountList:
    ok<Wire<typeof wire.cursorPageFields, Schemas['ConnectedAccountList'], sdk.CursorPage<sdk.ConnectedAccount>>>(),
  CreateConnectedAccountResponse:
    ok<
      Wire<typeof accounts.connectionRequestFields, Schemas['CreateConnectedAccountResponse'], sdk.ConnectionRequest>
    >(),
  RefreshConnectedAccountResponse:
    ok<Wire<typeof accounts.refreshedFields, Schemas['RefreshConnectedAccountResponse'], sdk.RefreshedAccount>>(),

  ToolRouterSession: ok<Wire<typeof sessions.sessionFields, Schemas['ToolRouterSession'], sdk.SessionInfo>>(),
  DeletedToolRouterSession:
    ok<Wire<typeof sessions.sessionDeletedFields, Schemas['DeletedToolRouterSession'], sdk.SessionDeleted>>(),
  ToolRouterToolkitState:
    ok<Wire<typeof sessions.sessionToolkitFields, Schemas['ToolRouterToolkitState'], sdk.SessionToolkit>>(),
  ToolRouterToolkitList:
    ok<Wire<typeof wire.cursorPageFields, Schemas['ToolRouterToolkitList'], sdk.CursorPage<sdk.SessionToolkit>>>(),
  ToolRouterExecuteResponse:
    ok<Wire<typeof sessions.sessionExecuteFields, Schemas['ToolRouterExecuteResponse'], sdk.SessionExecuteResult>>(),
  ToolRouterSearchResponse:
    ok<Wire<typeof sessions.sessionSearchFields, Schemas['ToolRouterSearchResponse'], sdk.SessionSearchResult>>(),
  ToolRouterSessionToken:
    ok<Wire<typeof sessions.sessionTokenFields, Schemas['ToolRouterSessionToken'], sdk.SessionToken>>(),
};

// Every SDK field comes from a wire field or is listed as derived, with where it comes from.
ok<Sdk<sdk.McpServer, [typeof mcp.serverFields], typeof mcp.serverDerived>>();
ok<Sdk<sdk.McpServerDetail, [typeof mcp.serverDetailFields], typeof mcp.serverDerived>>();
ok<Sdk<sdk.McpServerPage, [typeof mcp.serverPageFields]>>();
ok<Sdk<sdk.McpServerCreated, [typeof mcp.customCreatedFields], typeof mcp.createdDerived>>();
ok<Sdk<sdk.McpServerCreated, [typeof mcp.createdFields], typeof mcp.createdDerived>>();
ok<Sdk<sdk.McpInstance, [typeof mcp.instanceFields]>>();
ok<Sdk<sdk.McpInstancePage, [typeof mcp.instancePageFields]>>();
ok<Sdk<sdk.McpInstanceDeleted, [typeof mcp.instanceDeletedFields]>>();
ok<Sdk<sdk.McpServerInstance, [typeof mcp.generateFields, typeof mcp.accessFields], typeof mcp.instanceDerived>>();
ok<Sdk<Deleted, [typeof wire.deletedFields]>>();
ok<Sdk<Answer<AuthConfigs['delete']>, [typeof wire.deletedFields]>>();
ok<Sdk<Answer<Toolkits['delete']>, [typeof toolkits.toolkitDeletedFields]>>();
ok<Sdk<Success, [typeof wire.successFields]>>();
ok<Sdk<Answer<AuthConfigs['disable']>, [typeof wire.successFields]>>();
ok<Sdk<Answer<ConnectedAccounts['enable']>, [typeof wire.successFields]>>();
ok<Sdk<Answer<ConnectedAccounts['delete']>, [typeof wire.successFields]>>();
ok<Sdk<sdk.CursorPage<unknown>, [typeof wire.cursorPageFields]>>();
ok<Sdk<sdk.AuthField, [typeof toolkits.authFieldFields]>>();
ok<Sdk<sdk.ToolkitAuthScheme, [typeof toolkits.authSchemeFields]>>();
ok<Sdk<sdk.ToolkitAuthScheme['fields'], [typeof toolkits.authSchemeFieldLists]>>();
ok<Sdk<sdk.Toolkit, [typeof toolkits.toolkitFields]>>();
ok<Sdk<sdk.ToolkitDetail, [typeof toolkits.toolkitDetailFields]>>();
ok<Sdk<sdk.ToolkitSource, [typeof toolkits.sourceFields]>>();
ok<Sdk<sdk.McpStdioSource, [typeof toolkits.stdioSourceFields]>>();
ok<Sdk<sdk.McpHttpSource, [typeof toolkits.httpSourceFields]>>();
ok<Sdk<sdk.OpenApiSource, [typeof toolkits.openApiSourceFields]>>();
ok<Sdk<sdk.Tool, [typeof tools.toolFields]>>();
ok<Sdk<sdk.ExecuteResult, [typeof tools.executeResultFields]>>();
ok<Sdk<sdk.ToolCall, [typeof tools.toolCallFields]>>();
ok<Sdk<sdk.AuthConfig, [typeof authConfigs.authConfigFields]>>();
ok<Sdk<sdk.AuthConfigCreated, [typeof authConfigs.authConfigCreatedFields]>>();
ok<Sdk<sdk.ConnectedAccount, [typeof accounts.accountFields]>>();
ok<Sdk<sdk.ConnectedAccount['authConfig'], [typeof accounts.accountAuthConfigFields]>>();
ok<Sdk<sdk.ConnectionRequest, [typeof accounts.connectionRequestFields], typeof accounts.connectionRequestDerived>>();
ok<Sdk<sdk.RefreshedAccount, [typeof accounts.refreshedFields]>>();
ok<Sdk<sdk.SessionInfo, [typeof sessions.sessionFields]>>();
ok<Sdk<sdk.SessionDeleted, [typeof sessions.sessionDeletedFields]>>();
ok<Sdk<sdk.SessionToolkit, [typeof sessions.sessionToolkitFields]>>();
ok<Sdk<sdk.SessionExecuteResult, [typeof sessions.sessionExecuteFields]>>();
ok<Sdk<sdk.SessionSearchResult, [typeof sessions.sessionSearchFields]>>();
ok<Sdk<sdk.SessionToken, [typeof sessions.sessionTokenFields]>>();

// Object schemas the SDK reads no answer of, and why. Scalars, enums and lists need no table.
const requestBody = 'a request body: mappers.ts writes it and core’s zod schema checks it';
const passedWhole = 'handed on as is inside its parent; Fits checks it there, nested keys included';
const notRead = {
  ErrorBody: "read by core's unwrap into a PatchbayError",
  CursorPage: 'read through each list schema (ToolkitList, ToolList, …)',
  McpSource: 'the union of McpStdioSource and McpHttpSource, each checked',
  ApiKey: 'the SDK has no API-key methods',
  ApiKeyCreated: 'the SDK has no API-key methods',
  ApiKeyList: 'the SDK has no API-key methods',
  Project: 'the SDK has no project methods',
  ProjectCreated: 'the SDK has no project methods',
  ClientCommands: passedWhole,
  UserClientCommands: passedWhole,
  OpenApiAuth: passedWhole,
  ToolAnnotations: passedWhole,
  ToolToolkitRef: 'read by toTool: its logo, absent when there is none, becomes null',
  AuthField: 'not answered: how a toolkit declares a field; answered as HostedAuthField',
  ToolkitAuthScheme: 'not answered: how a toolkit declares a scheme; answered as AuthConfigDetail',
  HostedAuthFieldGroup: 'read through AuthConfigDetail.fields: its two lists become one',
  ToolkitMeta: 'the hosted SDK’s copy of fields the SDK reads at the top level',
  ToolkitCategory: 'the SDK has no categories method; toolkits carry their categories',
  ToolkitCategoryList: 'the SDK has no categories method; toolkits carry their categories',
  HostedConnectionData: 'the hosted SDK’s form of fields the SDK reads at the top level',
  ConnectedAccountLink: 'the SDK has no link method: connectedAccounts.initiate answers the same link',
  CreateConnectedAccountLinkRequest: requestBody,
  CreateMcpServerRequest: requestBody,
  CreateCustomMcpServerRequest: requestBody,
  UpdateMcpServerRequest: requestBody,
  GenerateMcpUrlRequest: requestBody,
  CreateMcpInstanceRequest: requestBody,
  CreateApiKeyRequest: requestBody,
  CreateProjectRequest: requestBody,
  CreateMcpToolkitRequest: requestBody,
  CreateOpenApiToolkitRequest: requestBody,
  CreateToolkitRequest: requestBody,
  UpdateToolkitRequest: requestBody,
  ExecuteToolRequest: requestBody,
  AuthCredentialsInput: requestBody,
  ProxyConfig: requestBody,
  ManagedAuthConfigInput: requestBody,
  CustomAuthConfigInput: requestBody,
  CreateAuthConfigRequest: requestBody,
  UpdateAuthConfigRequest: requestBody,
  CreateConnectedAccountRequest: requestBody,
  UpdateConnectedAccountStatusRequest: requestBody,
  ToolRouterTags: requestBody,
  ToolRouterToolkitsFilter: requestBody,
  ToolRouterToolFilter: requestBody,
  ToolRouterManageConnections: requestBody,
  ToolRouterPreload: requestBody,
  ToolRouterSearchSwitch: requestBody,
  ToolRouterExecuteSwitch: requestBody,
  ToolRouterWorkbench: requestBody,
  ToolRouterMultiAccount: requestBody,
  ToolRouterExperimental: requestBody,
  ToolRouterAuthConfigs: requestBody,
  ToolRouterConnectedAccounts: requestBody,
  ToolRouterToolsConfig: requestBody,
  CreateToolRouterSessionRequest: requestBody,
  UpdateToolRouterSessionRequest: requestBody,
  ToolRouterSearchQuery: requestBody,
  ToolRouterSearchRequest: requestBody,
  ToolRouterExecuteRequest: requestBody,
  ToolRouterExecuteMetaRequest: requestBody,
  ToolRouterLinkRequest: requestBody,
  ToolRouterEchoTags: passedWhole,
  ToolRouterConfig: passedWhole,
  ToolRouterWarning: passedWhole,
  ToolRouterMcp: 'read by toSessionInfo: the SDK adds its x-api-key as headers',
  ToolRouterConfigVersion: 'the SDK has no config-history method yet',
  ToolRouterConfigHistory: 'the SDK has no config-history method yet',
  ToolRouterConnectedAccount: 'read through ToolRouterToolkitState.connected_account, in camelCase',
  ToolRouterToolSchema: 'read through ToolRouterSearchResponse.tool_schemas, in camelCase',
  ToolRouterSearchResult: 'read through ToolRouterSearchResponse.results, in camelCase',
  ToolRouterConnectionStatus: 'read through ToolRouterSearchResponse.toolkit_connection_statuses, in camelCase',
  ToolRouterLinkResponse: 'read by session.authorize into a connection request',
  OAuthGrant: 'the SDK has no MCP authorization methods yet (Patchbay-only: OAuth grants and sign-in settings)',
  OAuthGrantList: 'the SDK has no MCP authorization methods yet (Patchbay-only: OAuth grants and sign-in settings)',
  OAuthSettings: 'the SDK has no MCP authorization methods yet (Patchbay-only: OAuth grants and sign-in settings)',
  OAuthSignInDecision: requestBody,
  OAuthSignInDecided: 'the SDK has no MCP authorization methods yet (Patchbay-only: OAuth grants and sign-in settings)',
} satisfies { [N in keyof Schemas]?: string };

type ObjectSchemas = {
  [N in keyof Schemas]: Schemas[N] extends readonly unknown[] ? never : Schemas[N] extends object ? N : never;
}[keyof Schemas];
none<Exclude<ObjectSchemas, keyof typeof checked | keyof typeof notRead>>();
none<Extract<keyof typeof checked, keyof typeof notRead>>();
