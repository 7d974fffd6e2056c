import { isRecord, type JsonObject } from './guards.js';

/**
 * Internal `$ref`s (`#/components/…`). External references (another file or URL) are not fetched: a spec that needs
 * them should be bundled first, and callers treat them as unresolvable.
 */

/** The value a local JSON pointer (`#/components/schemas/Pet`) names, or undefined. */
export function resolvePointer(document: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      node = /^\d+$/.test(key) ? node[Number(key)] : undefined;
    } else if (isRecord(node) && Object.hasOwn(node, key)) {
      node = node[key];
    } else {
      return undefined;
    }
  }
  return node;
}

export function refOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/**
 * Follows `$ref` chains (a parameter that refers to a parameter that refers…) to an object. Returns undefined for a
 * missing target, an external ref, or a cycle of refs that never reaches an object.
 */
export function derefObject(document: JsonObject, value: unknown): JsonObject | undefined {
  const seen = new Set<string>();
  let node = value;
  for (;;) {
    const ref = refOf(node);
    if (ref === undefined) return isRecord(node) ? node : undefined;
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    node = resolvePointer(document, ref);
  }
}

/** The last segment of a ref, for messages: `#/components/schemas/Node` → `Node`. */
export function refName(ref: string): string {
  return (
    ref
      .slice(ref.lastIndexOf('/') + 1)
      .replace(/~1/g, '/')
      .replace(/~0/g, '~') || ref
  );
}
