import { arrayOf, clip, isRecord, type JsonObject, optionalString } from './guards.js';
import { derefObject } from './refs.js';
import { type JsonSchema, type SchemaContext, toJsonSchema } from './schema.js';

/**
 * An operation's parameters (path-level merged with operation-level) and the argument name each gets.
 *
 * Argument naming rule: a parameter's argument is its own name, made safe for tool-calling APIs that accept only
 * [A-Za-z0-9_.-]{1,64} property names (`filter[status]` → `filter_status`, `$top` → `_top`). When two parameters end
 * up with the same name (`id` in the path and `id` in the query), the first in the order path, query, header, cookie
 * keeps it and the others become `<in>_<name>` (`query_id`), with `_2`, `_3`… if that is taken too. The request body
 * is `body`, or `request_body` when a parameter is already called `body` (see operations.ts).
 */

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterPlan {
  /** The tool argument's name. */
  key: string;
  /** The name on the wire. */
  name: string;
  in: ParameterLocation;
  required: boolean;
  style: string;
  explode: boolean;
  /** Declared with `content` (e.g. `application/json`) rather than `schema`: sent as JSON text. */
  json: boolean;
}

export interface ParameterInput {
  plan: ParameterPlan;
  schema: JsonSchema;
}

const locations: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
/** OpenAPI says header parameters with these names are ignored: Patchbay sets them itself. */
const reservedHeaders = new Set(['accept', 'content-type', 'authorization']);

function isLocation(value: unknown): value is ParameterLocation {
  return value === 'path' || value === 'query' || value === 'header' || value === 'cookie';
}

interface RawParameter {
  name: string;
  in: ParameterLocation;
  spec: JsonObject;
}

function readParameters(document: JsonObject, list: unknown): RawParameter[] {
  const out: RawParameter[] = [];
  for (const entry of arrayOf(list)) {
    const spec = derefObject(document, entry);
    const name = optionalString(spec?.name);
    if (!spec || !name || !isLocation(spec.in)) continue;
    if (spec.in === 'header' && reservedHeaders.has(name.toLowerCase())) continue;
    out.push({ name, in: spec.in, spec });
  }
  return out;
}

/** Operation-level parameters replace path-level ones with the same name and location. */
function mergeParameters(document: JsonObject, pathItem: JsonObject, operation: JsonObject, path: string) {
  const merged = new Map<string, RawParameter>();
  for (const raw of [
    ...readParameters(document, pathItem.parameters),
    ...readParameters(document, operation.parameters),
  ]) {
    merged.set(`${raw.in}\u0000${raw.name}`, raw);
  }
  // A template variable the spec forgot to declare is still needed to build the URL.
  for (const match of path.matchAll(/\{([^{}]+)\}/g)) {
    const name = match[1] ?? '';
    if (name && !merged.has(`path\u0000${name}`)) {
      merged.set(`path\u0000${name}`, {
        name,
        in: 'path',
        spec: { name, in: 'path', required: true, schema: { type: 'string' } },
      });
    }
  }
  return [...merged.values()].sort((a, b) => locations.indexOf(a.in) - locations.indexOf(b.in));
}

const maxKeyLength = 64;

/** A property name tool-calling APIs accept: [A-Za-z0-9_.-], at most 64 characters. */
export function safeKey(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_.-]+$/, '').replace(/[^A-Za-z0-9_.-]+/g, '_');
  return safe.slice(0, maxKeyLength) || 'param';
}

/** Picks `wanted`, else `<prefix>_wanted`, else numbered variants, whichever is free; marks it taken. */
export function freeName(name: string, prefix: string, taken: Set<string>): string {
  const wanted = safeKey(name);
  const fit = (text: string, suffix = '') => `${text.slice(0, maxKeyLength - suffix.length)}${suffix}`;
  let key = taken.has(wanted) ? fit(`${prefix}_${wanted}`) : wanted;
  for (let n = 2; taken.has(key); n++) key = fit(`${prefix}_${wanted}`, `_${n}`);
  taken.add(key);
  return key;
}

function parameterSchema(raw: RawParameter, context: SchemaContext): { schema: JsonSchema; json: boolean } {
  if (raw.spec.schema !== undefined) return { schema: toJsonSchema(raw.spec.schema, context), json: false };
  // `content` instead of `schema`: one media type whose schema describes the value (sent serialized).
  const content = raw.spec.content;
  const first = isRecord(content) ? Object.values(content)[0] : undefined;
  if (isRecord(first) && first.schema !== undefined) return { schema: toJsonSchema(first.schema, context), json: true };
  return { schema: { type: 'string' }, json: false };
}

function describe(raw: RawParameter, key: string, schema: JsonSchema): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  const notes: string[] = [];
  // A renamed argument says what it is on the wire, which is what the API's documentation calls it.
  if (key !== raw.name) notes.push(`The ${raw.in} parameter "${raw.name}".`);
  const own = optionalString(raw.spec.description);
  if (own) notes.push(clip(own, 600));
  else if (typeof schema.description === 'string') notes.push(schema.description);
  if (raw.spec.deprecated === true) notes.push('(Deprecated.)');
  const out: JsonObject = { ...schema };
  if (notes.length > 0) out.description = notes.join(' ');
  if (raw.spec.example !== undefined && out.examples === undefined) out.examples = [raw.spec.example];
  return out;
}

export function collectParameters(
  document: JsonObject,
  pathItem: JsonObject,
  operation: JsonObject,
  path: string,
  context: SchemaContext,
  taken: Set<string>,
): ParameterInput[] {
  return mergeParameters(document, pathItem, operation, path).map((raw) => {
    const { schema, json } = parameterSchema(raw, context);
    const style = optionalString(raw.spec.style) ?? (raw.in === 'query' || raw.in === 'cookie' ? 'form' : 'simple');
    const explode = typeof raw.spec.explode === 'boolean' ? raw.spec.explode : style === 'form';
    const key = freeName(raw.name, raw.in, taken);
    return {
      plan: {
        key,
        name: raw.name,
        in: raw.in,
        // Path parameters are always required: the URL cannot be built without them.
        required: raw.in === 'path' || raw.spec.required === true,
        style,
        explode,
        json,
      },
      schema: describe(raw, key, schema),
    };
  });
}
