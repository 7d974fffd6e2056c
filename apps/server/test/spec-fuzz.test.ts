import { openapiDocument, unwrap } from '@patchbay/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

/**
 * Requests for every operation of the bundled spec, generated from it and broken field by field: wrong types, NUL and
 * control characters, huge strings, deep nesting, unknown fields, bad enums, repeated query keys. Whatever arrives,
 * Patchbay answers below 500, every 2xx matches the spec's response schema, every 4xx is the one envelope, and a
 * refused request changes nothing. Seeded and
 * bounded: the same cases run every time.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Operation {
  method: string;
  path: string;
  id: string;
  /** The JSON schema of each success status's body. */
  responses: Map<number, unknown>;
  query: { name: string; enum?: readonly string[] }[];
  body: { name: string; enum?: readonly string[] }[] | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows `#/components/...` refs within the bundled document. */
function resolve(value: unknown): unknown {
  if (!isRecord(value) || typeof value.$ref !== 'string') return value;
  let node: unknown = openapiDocument;
  for (const part of value.$ref.replace(/^#\//, '').split('/')) node = isRecord(node) ? node[part] : undefined;
  return resolve(node);
}

function fieldsOf(schema: unknown): { name: string; enum?: readonly string[] }[] {
  const resolved = resolve(schema);
  if (!isRecord(resolved)) return [];
  const variants = [
    resolved,
    ...['oneOf', 'anyOf', 'allOf'].flatMap((k) => (Array.isArray(resolved[k]) ? resolved[k] : [])),
  ];
  const out = new Map<string, { name: string; enum?: readonly string[] }>();
  for (const variant of variants.map(resolve)) {
    if (!isRecord(variant) || !isRecord(variant.properties)) continue;
    for (const [name, property] of Object.entries(variant.properties)) {
      const p = resolve(property);
      const values = isRecord(p) && Array.isArray(p.enum) ? p.enum.filter((v) => typeof v === 'string') : undefined;
      out.set(name, values === undefined ? { name } : { name, enum: values });
    }
  }
  return [...out.values()];
}

function operations(): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(openapiDocument.paths ?? {})) {
    for (const [method, raw] of Object.entries(item ?? {})) {
      if (!isRecord(raw) || typeof raw.operationId !== 'string') continue;
      const parameters = Array.isArray(raw.parameters) ? raw.parameters.map(resolve) : [];
      const query = parameters
        .filter((p) => isRecord(p) && p.in === 'query' && typeof p.name === 'string')
        .map((p) =>
          isRecord(p)
            ? { name: String(p.name), enum: fieldsOf({ properties: { x: p.schema } })[0]?.enum }
            : { name: '' },
        );
      const content = isRecord(raw.requestBody) ? resolve(raw.requestBody) : undefined;
      const json = isRecord(content) && isRecord(content.content) ? content.content['application/json'] : undefined;
      const body = isRecord(json) ? fieldsOf(json.schema) : undefined;
      const responses = new Map<number, unknown>();
      for (const [status, response] of Object.entries(isRecord(raw.responses) ? raw.responses : {})) {
        const resolved = resolve(response);
        const media =
          isRecord(resolved) && isRecord(resolved.content) ? resolved.content['application/json'] : undefined;
        if (Number(status) < 300 && isRecord(media)) responses.set(Number(status), media.schema);
      }
      out.push({ method: method.toUpperCase(), path, id: raw.operationId, query, body, responses });
    }
  }
  return out;
}

const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    'a\u0000b',
    '\u0001\u001f\u007f',
    '\u202e',
    'x'.repeat(100_000),
    '',
    ' ',
    '../..',
    '%00',
    '0',
    '-1',
  ),
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, 3.5, [], {}, ['x'], { deep: { deeper: [1, { x: 'y' }] } }),
  fc.string({ maxLength: 40 }),
  fc.integer(),
);
// The bundled document as one schema, so a response schema's `#/components/...` refs resolve inside it.
const ajv = new Ajv2020({ strict: false, allErrors: false });
formats.default(ajv);
ajv.addSchema({ ...openapiDocument, $id: 'spec' });
const validatorFor = (schema: unknown) =>
  ajv.compile(
    isRecord(schema) && typeof schema.$ref === 'string'
      ? { $ref: `spec${schema.$ref}` }
      : { ...(isRecord(schema) ? schema : {}) },
  );

const deep = (depth: number): Json => (depth === 0 ? 'bottom' : { nested: deep(depth - 1) });

describe('every operation of the spec, with generated broken input', () => {
  let t: TestServer;
  let serverId: string;
  const counts = async () =>
    t.running.database.query<{ table: string; n: number }>(
      `SELECT 'projects' AS table, count(*)::int AS n FROM projects UNION ALL SELECT 'api_keys', count(*)::int FROM api_keys
       UNION ALL SELECT 'mcp_servers', count(*)::int FROM mcp_servers UNION ALL SELECT 'custom_toolkits', count(*)::int FROM custom_toolkits
       UNION ALL SELECT 'auth_configs', count(*)::int FROM auth_configs UNION ALL SELECT 'connected_accounts', count(*)::int FROM connected_accounts
       UNION ALL SELECT 'mcp_instances', count(*)::int FROM mcp_instances`,
    );
  beforeAll(async () => {
    t = await startTestServer('pglite');
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Fuzzed', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => t?.stop());

  const ran: string[] = [];
  afterAll(() => {
    process.stdout.write(`spec fuzz: ${ran.length} requests over ${new Set(ran).size} operations\n`);
  });

  for (const op of operations()) {
    it(`${op.method} ${op.path} (${op.id})`, async () => {
      const cases = fc.sample(
        fc.record({
          pathValue: fc.oneof(
            fc.constant(serverId),
            nasty.map((v) => String(v)),
            fc.constant('NOTES_GET'),
          ),
          query: fc.array(fc.tuple(fc.constantFrom(...op.query.map((q) => q.name), 'unknown_param'), nasty), {
            maxLength: 4,
          }),
          repeat: fc.boolean(),
          body: fc.oneof(
            fc.constant<Json | undefined>(undefined),
            fc.constant<Json>(deep(300)),
            nasty,
            fc.dictionary(fc.constantFrom(...(op.body ?? []).map((f) => f.name), 'unknown_field', 'a\u0000b'), nasty, {
              maxKeys: 5,
            }),
            fc.constant<Json>(Object.fromEntries((op.body ?? []).map((f) => [f.name, f.enum ? 'NOT_AN_ENUM' : 'x']))),
          ),
        }),
        { seed: 20261201, numRuns: 14 },
      );
      for (const c of cases) {
        const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(c.pathValue));
        const search = new URLSearchParams();
        for (const [name, value] of c.query) {
          search.append(name, typeof value === 'string' ? value : JSON.stringify(value));
          if (c.repeat) search.append(name, 'again');
        }
        const before = await counts();
        const answer = await fetch(`${t.url}/api/v3${path}?${search}`, {
          method: op.method,
          headers: { 'x-api-key': t.apiKey, 'content-type': 'application/json' },
          body:
            op.method === 'GET' || op.method === 'DELETE' || c.body === undefined ? undefined : JSON.stringify(c.body),
        });
        ran.push(op.id);
        const text = await answer.text();
        const where = `${op.method} ${path}?${search.toString().slice(0, 200)} ${JSON.stringify(c.body)?.slice(0, 200)}`;
        expect({ where, status: answer.status }).toEqual({ where, status: expect.any(Number) });
        expect(answer.status, `${where} → ${text.slice(0, 300)}`).toBeLessThan(500);
        const success = op.responses.get(answer.status);
        if (answer.status < 300 && success !== undefined) {
          const check = validatorFor(success);
          const valid = check(JSON.parse(text));
          expect({ where, valid, errors: valid ? [] : ajv.errorsText(check.errors) }).toEqual({
            where,
            valid: true,
            errors: [],
          });
        }
        if (answer.status >= 400) {
          let envelope: unknown;
          try {
            envelope = JSON.parse(text);
          } catch {
            envelope = {
              unparsable: text.slice(0, 200),
              status: answer.status,
              type: answer.headers.get('content-type'),
            };
          }
          expect(envelope, where).toMatchObject({
            error: { status: answer.status, message: expect.any(String), suggested_fix: expect.any(String) },
          });
          expect(await counts(), `${where} changed something`).toEqual(before);
        }
      }
    });
  }
});
