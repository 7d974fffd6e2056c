import type { Queryable } from '../db/database.js';
import { randomBase62 } from '../util/ids.js';
import { interactionPath } from './paths.js';
import { digest } from './records.js';
import { origin } from './resource.js';

/**
 * Developer approval (sign-in mode 1): a sign-in handed to the developer's login URL, decided once by its backend
 * with the project key. Its id is what the backend presents, so only its digest is stored.
 */
export interface SignInRow {
  interaction_uid: string;
  project_id: string;
  server_id: string;
  client_id: string;
  user_id: string | null;
  denied: boolean;
}

const ttlSeconds = 600;

export async function startSignIn(
  q: Queryable,
  row: { interactionUid: string; projectId: string; serverId: string; clientId: string },
): Promise<string> {
  const id = `si_${randomBase62(40)}`;
  await q.query(
    `INSERT INTO oauth_sign_ins (id_hash, interaction_uid, project_id, server_id, client_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + ($6::int * interval '1 second'))`,
    [digest(id), row.interactionUid, row.projectId, row.serverId, row.clientId, ttlSeconds],
  );
  return id;
}

/** Records the backend's decision, once, within the sign-in's lifetime; undefined when that is not possible. */
export async function decideSignIn(
  q: Queryable,
  projectId: string,
  id: string,
  decision: { userId: string } | { deny: true },
): Promise<SignInRow | undefined> {
  const rows = await q.query<SignInRow>(
    `UPDATE oauth_sign_ins SET user_id = $3, denied = $4
     WHERE id_hash = $1 AND project_id = $2 AND user_id IS NULL AND NOT denied AND expires_at > now()
     RETURNING interaction_uid, project_id, server_id, client_id, user_id, denied`,
    [digest(id), projectId, 'userId' in decision ? decision.userId : null, 'deny' in decision],
  );
  return rows[0];
}

/** The decided sign-in of an interaction, if its backend decided one. */
export async function decidedSignIn(q: Queryable, interactionUid: string): Promise<SignInRow | undefined> {
  const rows = await q.query<SignInRow>(
    `SELECT interaction_uid, project_id, server_id, client_id, user_id, denied FROM oauth_sign_ins
     WHERE interaction_uid = $1 AND (user_id IS NOT NULL OR denied) AND expires_at > now()
     ORDER BY created_at DESC LIMIT 1`,
    [interactionUid],
  );
  return rows[0];
}

export async function loginUrlOf(q: Queryable, projectId: string): Promise<string | null> {
  const rows = await q.query<{ oauth_login_url: string | null }>('SELECT oauth_login_url FROM projects WHERE id = $1', [
    projectId,
  ]);
  return rows[0]?.oauth_login_url ?? null;
}

export async function setLoginUrl(q: Queryable, projectId: string, url: string | null): Promise<void> {
  await q.query('UPDATE projects SET oauth_login_url = $2 WHERE id = $1', [projectId, url]);
}

/** Where the developer's page sends the browser back to: the consent page of the sign-in. */
export const returnUrl = (publicUrl: string, interactionUid: string): string =>
  `${origin(publicUrl)}${interactionPath}/${interactionUid}`;
