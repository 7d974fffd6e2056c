// The malformed requests of bad-input.test.ts: what is sent, and the status and field the answer must name.

export interface Fixture {
  key: string;
  serverId: string;
  otherServerId: string;
  otherAuthConfig: string;
  otherKeyId: string;
  revokedKey: string;
  plainKey: string;
}

export interface Case {
  name: string;
  method: string;
  path: (f: Fixture) => string;
  body?: unknown;
  /** Sent as is (malformed JSON, huge bodies). */
  raw?: string;
  headers?: (f: Fixture) => Record<string, string>;
  status: number;
  /** A line of `errors` must start with this field path. */
  field?: string;
  /** Set when the request id must be generated rather than echoed. */
  requestId?: string;
}

export const json = { 'content-type': 'application/json' };
const injection = "'; drop table mcp_servers; --";
const custom = '/api/v3/mcp/servers/custom';
const one = (f: Fixture) => `/api/v3/mcp/${f.serverId}`;

export const cases: Case[] = [
  {
    name: 'name of the wrong type',
    method: 'POST',
    path: () => custom,
    body: { name: 42 },
    status: 400,
    field: 'name',
  },
  { name: 'name too short', method: 'POST', path: () => custom, body: { name: 'abc' }, status: 400, field: 'name' },
  {
    name: 'name too long',
    method: 'POST',
    path: () => custom,
    body: { name: 'x'.repeat(31) },
    status: 400,
    field: 'name',
  },
  {
    name: 'name out of pattern',
    method: 'POST',
    path: () => custom,
    body: { name: 'bad_name!' },
    status: 400,
    field: 'name',
  },
  {
    name: 'name is an injection string',
    method: 'POST',
    path: () => custom,
    body: { name: injection },
    status: 400,
    field: 'name',
  },
  { name: 'name missing', method: 'POST', path: () => custom, body: {}, status: 400, field: 'name' },
  {
    name: 'unknown field',
    method: 'POST',
    path: () => custom,
    body: { name: 'Good name', colour: 'red' },
    status: 400,
    field: 'colour',
  },
  {
    name: 'toolkits not an array',
    method: 'POST',
    path: () => custom,
    body: { name: 'Good name', toolkits: 'notes' },
    status: 400,
    field: 'toolkits',
  },
  {
    name: 'toolkit slug out of pattern',
    method: 'POST',
    path: () => custom,
    body: { name: 'Good name', toolkits: ['no tes'] },
    status: 400,
    field: 'toolkits.0',
  },
  {
    name: 'unknown toolkit',
    method: 'POST',
    path: () => custom,
    body: { name: 'Good name', toolkits: ['notes', 'nope'] },
    status: 400,
    field: 'toolkits.1',
  },
  {
    name: 'allowed_tools of numbers',
    method: 'POST',
    path: () => custom,
    body: { name: 'Good name', allowed_tools: [1] },
    status: 400,
    field: 'allowed_tools.0',
  },
  {
    name: 'managed_auth as a string',
    method: 'POST',
    path: () => custom,
    body: { name: 'Good name', managed_auth_via_composio: 'yes' },
    status: 400,
    field: 'managed_auth_via_composio',
  },
  { name: 'body is an array', method: 'POST', path: () => custom, body: [], status: 400 },
  { name: 'body is null', method: 'POST', path: () => custom, body: null, status: 400 },
  { name: 'malformed JSON', method: 'POST', path: () => custom, raw: '{"name": "Good', status: 400 },
  {
    name: 'wrong content type',
    method: 'POST',
    path: () => custom,
    raw: 'name=Good',
    headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }),
    status: 415,
  },
  {
    name: 'no content type',
    method: 'POST',
    path: () => custom,
    raw: '{"name":"Good name"}',
    headers: () => ({ 'content-type': '' }),
    status: 415,
  },
  {
    name: 'body over 1 MiB',
    method: 'POST',
    path: () => custom,
    raw: JSON.stringify({ name: 'Good name', allowed_tools: Array(120_000).fill('TOOL_X') }),
    status: 413,
  },
  {
    name: 'auth_config_ids missing',
    method: 'POST',
    path: () => '/api/v3/mcp/servers',
    body: { name: 'Good name' },
    status: 400,
    field: 'auth_config_ids',
  },
  {
    name: "another project's auth config",
    method: 'POST',
    path: () => '/api/v3/mcp/servers',
    body: undefined,
    status: 404,
    field: 'auth_config_ids.0',
  },
  {
    name: 'auth config id injection',
    method: 'POST',
    path: () => '/api/v3/mcp/servers',
    body: { name: 'Good name', auth_config_ids: [injection] },
    status: 400,
    field: 'auth_config_ids.0',
  },
  {
    name: 'unknown no_auth_apps toolkit',
    method: 'POST',
    path: () => '/api/v3/mcp/servers',
    body: { name: 'Good name', auth_config_ids: [], no_auth_apps: ['zzz'] },
    status: 400,
    field: 'no_auth_apps.0',
  },
  { name: 'id not a uuid', method: 'GET', path: () => '/api/v3/mcp/not-a-uuid', status: 400, field: 'id' },
  {
    name: 'id injection',
    method: 'GET',
    path: () => `/api/v3/mcp/${encodeURIComponent(injection)}`,
    status: 400,
    field: 'id',
  },
  { name: "another project's server: GET", method: 'GET', path: (f) => `/api/v3/mcp/${f.otherServerId}`, status: 404 },
  {
    name: "another project's server: PATCH",
    method: 'PATCH',
    path: (f) => `/api/v3/mcp/${f.otherServerId}`,
    body: { name: 'Stolen name' },
    status: 404,
  },
  {
    name: "another project's server: DELETE",
    method: 'DELETE',
    path: (f) => `/api/v3/mcp/${f.otherServerId}`,
    status: 404,
  },
  { name: 'PATCH with a bad name', method: 'PATCH', path: one, body: { name: 'no' }, status: 400, field: 'name' },
  {
    name: 'PATCH with an unknown field',
    method: 'PATCH',
    path: one,
    body: { deleted: true },
    status: 400,
    field: 'deleted',
  },
  {
    name: 'PATCH with an unknown toolkit',
    method: 'PATCH',
    path: one,
    body: { toolkits: ['nope'] },
    status: 400,
    field: 'toolkits.0',
  },
  {
    name: "PATCH with another project's auth config",
    method: 'PATCH',
    path: one,
    body: undefined,
    status: 404,
    field: 'auth_config_ids.0',
  },
  { name: 'page_no 0', method: 'GET', path: () => '/api/v3/mcp/servers?page_no=0', status: 400, field: 'page_no' },
  {
    name: 'page_no not a number',
    method: 'GET',
    path: () => '/api/v3/mcp/servers?page_no=abc',
    status: 400,
    field: 'page_no',
  },
  {
    name: 'page_no negative',
    method: 'GET',
    path: () => '/api/v3/mcp/servers?page_no=-1',
    status: 400,
    field: 'page_no',
  },
  {
    name: 'page_no given twice',
    method: 'GET',
    path: () => '/api/v3/mcp/servers?page_no=1&page_no=2',
    status: 400,
    field: 'page_no',
  },
  { name: 'limit 0', method: 'GET', path: () => '/api/v3/mcp/servers?limit=0', status: 400, field: 'limit' },
  {
    name: 'order_by unknown column',
    method: 'GET',
    path: () => '/api/v3/mcp/servers?order_by=name',
    status: 400,
    field: 'order_by',
  },
  {
    name: 'order_direction unknown',
    method: 'GET',
    path: () => '/api/v3/mcp/servers?order_direction=sideways',
    status: 400,
    field: 'order_direction',
  },
  {
    name: 'toolkits filter out of pattern',
    method: 'GET',
    path: () => '/api/v3/mcp/servers?toolkits=bad%20slug',
    status: 400,
    field: 'toolkits.0',
  },
  {
    name: 'name filter too long',
    method: 'GET',
    path: () => `/api/v3/mcp/servers?name=${'a'.repeat(101)}`,
    status: 400,
    field: 'name',
  },
  {
    name: 'toolkit path slug out of pattern',
    method: 'GET',
    path: () => '/api/v3/mcp/app/bad%20slug',
    status: 400,
    field: 'toolkit_slug',
  },
  {
    name: 'no API key',
    method: 'GET',
    path: () => '/api/v3/mcp/servers',
    headers: () => ({ 'x-api-key': '' }),
    status: 401,
  },
  {
    name: 'revoked API key',
    method: 'GET',
    path: () => '/api/v3/mcp/servers',
    headers: (f) => ({ 'x-api-key': f.revokedKey }),
    status: 401,
  },
  {
    name: 'made-up API key',
    method: 'GET',
    path: () => '/api/v3/mcp/servers',
    headers: () => ({ 'x-api-key': `pb_${'A'.repeat(40)}` }),
    status: 401,
  },
  {
    name: 'API key injection',
    method: 'GET',
    path: () => '/api/v3/mcp/servers',
    headers: () => ({ 'x-api-key': injection }),
    status: 401,
  },
  {
    name: 'generate: id not a uuid',
    method: 'POST',
    path: () => '/api/v3/mcp/servers/generate',
    body: { mcp_server_id: '123' },
    status: 400,
    field: 'mcp_server_id',
  },
  {
    name: 'generate: empty user id',
    method: 'POST',
    path: () => '/api/v3/mcp/servers/generate',
    body: undefined,
    status: 400,
    field: 'user_ids.1',
  },
  {
    name: "generate: another project's server",
    method: 'POST',
    path: () => '/api/v3/mcp/servers/generate',
    body: undefined,
    status: 404,
  },
  {
    name: 'instance: empty user id',
    method: 'POST',
    path: (f) => `/api/v3/mcp/servers/${f.serverId}/instances`,
    body: { user_id: '' },
    status: 400,
    field: 'user_id',
  },
  {
    name: "instance: another project's server",
    method: 'POST',
    path: (f) => `/api/v3/mcp/servers/${f.otherServerId}/instances`,
    body: { user_id: 'u1' },
    status: 404,
  },
  {
    name: 'instances: bad server id',
    method: 'GET',
    path: () => '/api/v3/mcp/servers/nope/instances',
    status: 400,
    field: 'server_id',
  },
  {
    name: 'instance delete: no such user',
    method: 'DELETE',
    path: (f) => `/api/v3/mcp/servers/${f.serverId}/instances/nobody`,
    status: 404,
  },
  {
    name: "API key: revoke another project's",
    method: 'DELETE',
    path: (f) => `/api/v3/api_keys/${f.otherKeyId}`,
    status: 404,
  },
  {
    name: 'API key: empty name',
    method: 'POST',
    path: () => '/api/v3/api_keys',
    body: { name: '' },
    status: 400,
    field: 'name',
  },
  {
    name: 'API keys: forged cursor',
    method: 'GET',
    path: () => `/api/v3/api_keys?cursor=${encodeURIComponent(injection)}`,
    status: 400,
    field: 'cursor',
  },
  {
    name: 'project: non-admin key',
    method: 'POST',
    path: () => '/api/v3/projects',
    body: { name: 'mine' },
    headers: (f) => ({ 'x-api-key': f.plainKey }),
    status: 403,
  },
  {
    name: 'bad Host header (DNS rebinding)',
    method: 'GET',
    path: () => '/api/v3/mcp/servers',
    headers: () => ({ host: 'attacker.example:80' }),
    status: 403,
  },
  {
    name: 'foreign Origin',
    method: 'GET',
    path: () => '/api/v3/mcp/servers',
    headers: () => ({ origin: 'https://evil.example' }),
    status: 403,
  },
  { name: 'unknown route', method: 'GET', path: () => '/api/v3/nothing/here', status: 404 },
  {
    name: 'unsupported method',
    method: 'PUT',
    path: () => '/api/v3/mcp/servers',
    body: { name: 'Good name' },
    status: 404,
  },
  {
    name: 'bad x-request-id is replaced',
    method: 'GET',
    path: () => '/nowhere',
    headers: () => ({ 'x-request-id': 'x'.repeat(200) }),
    status: 404,
    requestId: 'generated',
  },
  {
    name: 'x-request-id with spaces is replaced',
    method: 'GET',
    path: () => '/nowhere',
    headers: () => ({ 'x-request-id': 'has space' }),
    status: 404,
    requestId: 'generated',
  },
  {
    name: 'injection in the name filter is only text',
    method: 'GET',
    path: () => `/api/v3/mcp/servers?name=${encodeURIComponent(injection)}`,
    status: 200,
  },
];

// Bodies that need fixture ids.
export function bodyFor(c: Case, f: Fixture): unknown {
  if (c.body !== undefined) return c.body;
  switch (c.name) {
    case "another project's auth config":
      return { name: 'Good name', auth_config_ids: [f.otherAuthConfig] };
    case "PATCH with another project's auth config":
      return { auth_config_ids: [f.otherAuthConfig] };
    case 'generate: empty user id':
      return { mcp_server_id: f.serverId, user_ids: ['ok', ''] };
    case "generate: another project's server":
      return { mcp_server_id: f.otherServerId };
    default:
      return undefined;
  }
}
