import { isRecord, type JsonObject } from './guards.js';
import { refName, refOf, resolvePointer } from './refs.js';

/**
 * Turns an OpenAPI schema object into a self-contained JSON Schema (2020-12 flavoured) for an MCP input schema:
 * internal refs are inlined, recursion is cut off, and OpenAPI 3.0 dialect (`nullable`, boolean `exclusiveMinimum`,
 * `example`) becomes plain JSON Schema. 3.1 schemas are already JSON Schema and mostly pass through.
 */

export interface SchemaContext {
  document: JsonObject;
  /** Request schemas leave out `readOnly` properties, which a client must not send. */
  direction: 'request' | 'response';
  /** Schema nodes still allowed for this tool: inlining a large, well-connected spec (GitHub's) can otherwise explode. */
  budget: { nodes: number };
}

export type JsonSchema = JsonObject | boolean;

const maxDepth = 10;
export const defaultSchemaBudget = 3000;

/** Keywords with no meaning in an MCP input schema, or whose refs are already inlined. */
const dropped = new Set([
  'nullable',
  'discriminator',
  'xml',
  'externalDocs',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$dynamicRef',
  '$comment',
  '$defs',
  'definitions',
]);
const schemaMaps = new Set(['properties', 'patternProperties', 'dependentSchemas']);
const schemaLists = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const schemaValues = new Set([
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
]);

export function toJsonSchema(schema: unknown, context: SchemaContext): JsonSchema {
  return convert(schema, context, 0, []);
}

function convert(node: unknown, context: SchemaContext, depth: number, stack: readonly string[]): JsonSchema {
  if (typeof node === 'boolean') return node;
  if (!isRecord(node)) return {};
  context.budget.nodes -= 1;
  if (context.budget.nodes < 0 || depth > maxDepth) {
    return { description: 'Schema not expanded further (too deep or too large); see the API documentation.' };
  }
  const ref = refOf(node);
  if (ref === undefined) return convertObject(node, context, depth, stack);
  const { $ref: _ref, ...siblings } = node;
  if (stack.includes(ref)) {
    return withSiblingDescription(
      { description: `A ${refName(ref)} (recursive; its structure is described above).` },
      siblings,
    );
  }
  const target = resolvePointer(context.document, ref);
  if (typeof target === 'boolean') return target;
  if (!isRecord(target)) return withSiblingDescription({ description: `Unresolved reference ${ref}.` }, siblings);
  // Siblings of $ref (description in 3.1; the common if non-standard `nullable` in 3.0) refine the target.
  return convert({ ...target, ...siblings }, context, depth, [...stack, ref]);
}

function withSiblingDescription(schema: JsonObject, siblings: JsonObject): JsonObject {
  return typeof siblings.description === 'string' ? { ...schema, description: siblings.description } : schema;
}

function isReadOnly(node: unknown, context: SchemaContext): boolean {
  if (!isRecord(node)) return false;
  if (node.readOnly === true) return true;
  const ref = refOf(node);
  if (ref === undefined) return false;
  const target = resolvePointer(context.document, ref);
  return isRecord(target) && target.readOnly === true && refOf(target) === undefined;
}

function convertObject(node: JsonObject, context: SchemaContext, depth: number, stack: readonly string[]): JsonSchema {
  const out: JsonObject = {};
  const omitted = new Set<string>();
  const child = (value: unknown): JsonSchema => convert(value, context, depth + 1, stack);
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key) || key.startsWith('x-')) continue;
    if (schemaMaps.has(key) && isRecord(value)) {
      const mapped: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) {
        if (key === 'properties' && context.direction === 'request' && isReadOnly(sub, context)) {
          omitted.add(name);
          continue;
        }
        mapped[name] = child(sub);
      }
      out[key] = mapped;
    } else if (schemaLists.has(key) && Array.isArray(value)) {
      out[key] = value.map(child);
    } else if (key === 'items') {
      out[key] = Array.isArray(value) ? value.map(child) : child(value);
    } else if (schemaValues.has(key) && (isRecord(value) || typeof value === 'boolean')) {
      out[key] = child(value);
    } else if (key === 'example') {
      if (!('examples' in node)) out.examples = [value];
    } else {
      // Plain JSON data (type, enum, default, format, bounds…), shared rather than copied: nothing mutates it.
      out[key] = value;
    }
  }
  if (omitted.size > 0 && Array.isArray(out.required)) {
    out.required = out.required.filter((name) => typeof name !== 'string' || !omitted.has(name));
  }
  fixExclusiveBound(out, 'exclusiveMinimum', 'minimum');
  fixExclusiveBound(out, 'exclusiveMaximum', 'maximum');
  return node.nullable === true ? makeNullable(out) : out;
}

/** OpenAPI 3.0 (draft 4) booleans `exclusiveMinimum: true` + `minimum: 1` become 2020-12's `exclusiveMinimum: 1`. */
function fixExclusiveBound(schema: JsonObject, exclusive: string, inclusive: string): void {
  const flag = schema[exclusive];
  if (typeof flag !== 'boolean') return;
  const bound = schema[inclusive];
  delete schema[exclusive];
  if (flag && typeof bound === 'number') {
    schema[exclusive] = bound;
    delete schema[inclusive];
  }
}

/** OpenAPI 3.0 `nullable: true` in JSON Schema terms (3.1 already writes `type: [T, "null"]`). */
function makeNullable(schema: JsonObject): JsonObject {
  const type = schema.type;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (typeof type === 'string') return type === 'null' ? schema : { ...schema, type: [type, 'null'] };
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  // No type of its own (allOf / oneOf / a bare ref): allow null alongside whatever it is.
  return { anyOf: [schema, { type: 'null' }] };
}
