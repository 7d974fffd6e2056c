// The malformed requests of bad-input.test.ts: what is sent, and the status and field the answer must name.
import { bodyCases } from './bad-input-bodies.js';
import { requestCases } from './bad-input-requests.js';
import type { Case, Fixture } from './bad-input-types.js';

export type { Case, Fixture } from './bad-input-types.js';
export { json } from './bad-input-types.js';

/** Every case: bodies and ids first, then queries, credentials and HTTP edges. */
export const cases: Case[] = [...bodyCases, ...requestCases];

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
