import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { bodyFor, type Case, cases, type Fixture, json } from './support/bad-input-cases.js';
import { databaseKinds } from './support/databases.js';
import { type RawAnswer, send } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';

async function snapshot(db: Database): Promise<unknown> {
  return db.query(`SELECT
    (SELECT count(*)::int FROM projects) AS projects,
    (SELECT count(*)::int FROM api_keys WHERE revoked_at IS NULL) AS live_keys,
    (SELECT count(*)::int FROM api_keys) AS keys,
    (SELECT count(*)::int FROM mcp_instances) AS instances,
    (SELECT count(*)::int FROM auth_configs) AS auth_configs,
    (SELECT count(*)::int FROM connected_accounts) AS accounts,
    (SELECT md5(string_agg(row_to_json(s)::text, ',' ORDER BY id)) FROM mcp_servers s) AS servers`);
}

function expectEnvelope(answer: RawAnswer, c: Case, sentId: string) {
  const envelope = answer.json as { error?: Record<string, unknown> };
  const error = envelope?.error;
  expect(error, answer.text).toBeDefined();
  if (!error) return;
  expect(error.status).toBe(c.status);
  expect(error.code).toBe(c.status);
  expect(typeof error.message).toBe('string');
  expect(String(error.message).length).toBeGreaterThan(5);
  expect(error.slug).toMatch(/^[a-z_]+$/);
  expect(typeof error.suggested_fix).toBe('string');
  expect(String(error.suggested_fix).length).toBeGreaterThan(5);
  expect(error.request_id).toBe(answer.headers['x-request-id']);
  if (c.requestId === 'generated') expect(error.request_id).not.toBe(sentId);
  else expect(error.request_id).toBe(sentId);
  if (c.field !== undefined) {
    const errors = Array.isArray(error.errors) ? error.errors.map(String) : [];
    expect(
      errors.some((line) => line.startsWith(`${c.field}:`)),
      JSON.stringify(errors),
    ).toBe(true);
    expect(String(error.message)).toContain(c.field);
  }
}

describe.each(databaseKinds)('malformed requests on %s', (kind) => {
  let t: TestServer;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestServer(kind);
    const other = await unwrap(t.client.POST('/projects', { body: { name: 'other' } }));
    const otherClient = t.clientWith(other.api_key.key);
    const otherServer = await unwrap(
      otherClient.POST('/mcp/servers/custom', { body: { name: 'Not yours', toolkits: ['notes'] } }),
    );
    const server = await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Mine', toolkits: ['notes'] } }));
    const revoked = await unwrap(t.client.POST('/api_keys', { body: { name: 'old' } }));
    await unwrap(t.client.DELETE('/api_keys/{id}', { params: { path: { id: revoked.id } } }));
    const plain = await unwrap(t.client.POST('/api_keys', { body: { name: 'plain' } }));
    f = {
      key: t.apiKey,
      serverId: server.id,
      otherServerId: otherServer.id,
      otherAuthConfig: await t.addAuthConfig('github', other.project.id),
      otherKeyId: other.api_key.id,
      revokedKey: revoked.key,
      plainKey: plain.key,
    };
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c, i) => [i, c.name, c] as const))('#%i %s', async (i, _name, c) => {
    const before = await snapshot(t.running.database);
    const sentId = `bad-input-${i}`;
    const host = new URL(t.url).host;
    const body = c.raw ?? (c.method === 'GET' || c.method === 'DELETE' ? undefined : JSON.stringify(bodyFor(c, f)));
    const headers: Record<string, string> = {
      host,
      'x-api-key': f.key,
      'x-request-id': sentId,
      ...(body === undefined ? {} : json),
      ...c.headers?.(f),
    };
    for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
    const answer = await send(t.url, c.method, c.path(f), headers, body);
    expect(answer.status, answer.text).toBe(c.status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    if (c.status >= 400) expectEnvelope(answer, c, sentId);
    expect(await snapshot(t.running.database)).toEqual(before);
  });
});
