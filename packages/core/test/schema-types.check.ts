// Type-level test: compiling this file (typecheck) fails when a zod schema and the generated OpenAPI types drift
// apart, in either direction: a field added, removed, renamed, retyped or made optional on one side only.
import type { z } from 'zod';
import type { components, operations } from '../src/generated/api.js';
import type * as access from '../src/schemas/access.js';
import type * as mcp from '../src/schemas/mcp-servers.js';

type Schemas = components['schemas'];
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Flattens intersections and normalises optional members so that equal shapes compare equal. */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
type Same<A, B> = Equal<Plain<A>, Plain<B>>;
function assert<T extends true>(): T | undefined {
  return undefined;
}

// Request bodies: what a client may send equals what the server accepts.
assert<Same<z.input<typeof mcp.createMcpServerRequest>, Schemas['CreateMcpServerRequest']>>();
assert<Same<z.input<typeof mcp.createCustomMcpServerRequest>, Schemas['CreateCustomMcpServerRequest']>>();
assert<Same<z.input<typeof mcp.updateMcpServerRequest>, Schemas['UpdateMcpServerRequest']>>();
assert<Same<z.input<typeof mcp.generateMcpUrlRequest>, Schemas['GenerateMcpUrlRequest']>>();
assert<Same<z.input<typeof mcp.createMcpInstanceRequest>, Schemas['CreateMcpInstanceRequest']>>();
assert<Same<z.input<typeof access.createApiKeyRequest>, Schemas['CreateApiKeyRequest']>>();
assert<Same<z.input<typeof access.createProjectRequest>, Schemas['CreateProjectRequest']>>();

// Query strings are text on the wire, so their schemas parse strings; tie the parameter names and the enums.
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
type SameKeys<A, B> = Equal<keyof A, keyof B>;
assert<SameKeys<z.output<typeof mcp.listMcpServersQuery>, Query<'listMcpServers'>>>();
assert<SameKeys<z.output<typeof mcp.listMcpServersByToolkitQuery>, Query<'listMcpServersByToolkit'>>>();
assert<SameKeys<z.output<typeof mcp.listMcpInstancesQuery>, Query<'listMcpInstances'>>>();
assert<Equal<z.output<typeof mcp.listMcpServersQuery>['order_by'], NonNullable<Query<'listMcpServers'>['order_by']>>>();
assert<
  Equal<
    z.output<typeof mcp.listMcpServersQuery>['order_direction'],
    NonNullable<Query<'listMcpServers'>['order_direction']>
  >
>();
