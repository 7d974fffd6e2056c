import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openapiDocument } from '@patchbay/core';
import { describe, expect, it } from 'vitest';

// reply() types a body by the operation it names; these checks make sure it names the operation of its own route,
// and that no REST handler answers with an untyped c.json.
const restDir = join(import.meta.dirname, '../src/rest');
const route = /app\.(get|post|patch|delete|put)\('([^']+)'/;
const replied = /reply\(\s*c,\s*'([A-Za-z]+)'/g;

function operationIds(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, item] of Object.entries(openapiDocument.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (typeof operation === 'object' && operation !== null && 'operationId' in operation) {
        out.set(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`, String(operation.operationId));
      }
    }
  }
  return out;
}

async function restSources(): Promise<[string, string][]> {
  const names = (await readdir(restDir)).filter((name) => name.endsWith('.ts'));
  return Promise.all(
    names.map(async (name): Promise<[string, string]> => [name, await readFile(join(restDir, name), 'utf8')]),
  );
}

describe('REST replies', () => {
  it('answer through reply(), never a raw c.json', async () => {
    for (const [name, text] of await restSources())
      expect({ name, raw: text.includes('c.json(') }).toEqual({ name, raw: false });
  });

  it("name their own route's operation, and every operation of the spec has a handler", async () => {
    const ids = operationIds();
    const handled = new Set<string>();
    for (const [name, text] of await restSources()) {
      // Each chunk runs from one route registration to the next: the replies in it are that route's.
      for (const chunk of text.split(/(?=app\.(?:get|post|patch|delete|put)\(')/).slice(1)) {
        const registered = route.exec(chunk);
        const current = registered ? `${registered[1]?.toUpperCase()} ${registered[2]}` : undefined;
        expect({ name, route: current, known: ids.has(current ?? '') }).toEqual({ name, route: current, known: true });
        for (const match of chunk.matchAll(replied)) {
          expect({ name, route: current, operation: match[1] }).toEqual({
            name,
            route: current,
            operation: ids.get(current ?? ''),
          });
          if (current) handled.add(current);
        }
      }
    }
    expect([...ids.keys()].filter((key) => !handled.has(key))).toEqual([]);
  });
});
