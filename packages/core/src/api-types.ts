import type { components, operations, paths } from './generated/api.js';

// Named aliases of the generated shapes, so frontends say `McpServer` rather than index into `components`.
type Schemas = components['schemas'];

export type { components, operations, paths };
export type McpServer = Schemas['McpServer'];
export type McpServerDetail = Schemas['McpServerDetail'];
export type McpServerList = Schemas['McpServerList'];
export type CreateMcpServerRequest = Schemas['CreateMcpServerRequest'];
export type CreateCustomMcpServerRequest = Schemas['CreateCustomMcpServerRequest'];
export type CustomMcpServerResponse = Schemas['CustomMcpServerResponse'];
export type UpdateMcpServerRequest = Schemas['UpdateMcpServerRequest'];
export type GenerateMcpUrlRequest = Schemas['GenerateMcpUrlRequest'];
export type GenerateMcpUrlResponse = Schemas['GenerateMcpUrlResponse'];
export type McpInstance = Schemas['McpInstance'];
export type McpInstanceList = Schemas['McpInstanceList'];
export type DeleteMcpInstanceResponse = Schemas['DeleteMcpInstanceResponse'];
export type ClientCommands = Schemas['ClientCommands'];
export type DeletedResponse = Schemas['DeletedResponse'];
export type ApiKey = Schemas['ApiKey'];
export type ApiKeyCreated = Schemas['ApiKeyCreated'];
export type Project = Schemas['Project'];
export type ProjectCreated = Schemas['ProjectCreated'];
export type ListMcpServersParams = NonNullable<operations['listMcpServers']['parameters']['query']>;
export type ListMcpInstancesParams = NonNullable<operations['listMcpInstances']['parameters']['query']>;
