import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Vault } from '../accounts/crypto.js';
import type { Queryable } from '../db/database.js';
import {
  consumeRecord,
  deleteGrant,
  deleteRecord,
  type RecordColumns,
  readRecord,
  readRecordByUid,
  writeRecord,
} from './records.js';
import { serverOfResource } from './resource.js';

export interface AdapterDeps {
  db: Queryable;
  vault: Vault;
  publicUrl: string;
}

/** The MCP server a grant or token is for: its resource indicator (a token's `aud`, a grant's `resources`). */
function serverOf(deps: AdapterDeps, payload: AdapterPayload): string | null {
  const resources =
    typeof payload.aud === 'string'
      ? [payload.aud]
      : Array.isArray(payload.aud)
        ? payload.aud
        : Object.keys(payload.resources ?? {});
  for (const resource of resources) {
    const server = serverOfResource(deps.publicUrl, resource);
    if (server !== undefined) return server;
  }
  return null;
}

function columns(deps: AdapterDeps, kind: string, id: string, payload: AdapterPayload): RecordColumns {
  return {
    grantId: payload.grantId ?? (kind === 'Grant' ? id : null),
    clientId: payload.clientId ?? (kind === 'Client' ? id : null),
    serverId: serverOf(deps, payload),
    userId: payload.accountId ?? null,
    uid: typeof payload.uid === 'string' ? payload.uid : null,
  };
}

/** oidc-provider's storage port over Patchbay's database: one instance per model kind, as the library asks. */
export function databaseAdapter(deps: AdapterDeps): (kind: string) => Adapter {
  return (kind) => ({
    upsert: (id, payload, expiresIn) =>
      writeRecord(deps.db, deps.vault, kind, id, payload, expiresIn, columns(deps, kind, id, payload)),
    find: (id) => readRecord(deps.db, deps.vault, kind, id),
    findByUid: (uid) => readRecordByUid(deps.db, deps.vault, kind, uid),
    // No device flow: there are no user codes to find.
    findByUserCode: async () => undefined,
    consume: (id) => consumeRecord(deps.db, kind, id),
    destroy: (id) => deleteRecord(deps.db, kind, id),
    revokeByGrantId: (grantId) => deleteGrant(deps.db, grantId),
  });
}
