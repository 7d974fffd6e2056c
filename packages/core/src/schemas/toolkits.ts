import { z } from 'zod';
import { authSchemeValue } from './auth.js';
import { cursorQuery } from './common.js';

// Bodies and queries mirror openapi/components/toolkits.yaml; test/schema-types.check.ts fails to compile on drift.

export const toolkitKind = z.enum(['builtin', 'mcp_stdio', 'mcp_http', 'openapi', 'catalog']);
export const customToolkitSlug = z
  .string()
  .min(2, { message: 'must be 2-32 characters' })
  .max(32, { message: 'must be 2-32 characters' })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'must be lowercase letters, digits, _ and - (not first)' });
const toolkitName = z.string().min(1).max(100);
const toolkitDescription = z.string().max(2000);
const toolkitLogo = z.url({ message: 'must be a URL' }).max(2048);
const toolkitCategories = z.array(z.string().min(1).max(64)).max(20);
const timeoutMs = z.number().int().min(100).max(600_000);
export const envVarName = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' });
const stringMap = (key: z.ZodString, maxEntries: number) =>
  z
    .record(key, z.string().max(8192))
    .refine((map) => Object.keys(map).length <= maxEntries, { message: `must have at most ${maxEntries} entries` });

export const mcpStdioSource = z.strictObject({
  transport: z.literal('stdio'),
  command: z.string().min(1).max(1024),
  args: z.array(z.string().max(4096)).max(100).default([]),
  env: stringMap(envVarName, 100).default({}),
  per_user_env: z.array(envVarName).max(50).default([]),
});
export const mcpHttpSource = z.strictObject({
  transport: z.enum(['streamable_http', 'sse']),
  url: z.url({ message: 'must be a URL' }).max(2048),
  headers: stringMap(z.string(), 50).default({}),
});
export const mcpSource = z.discriminatedUnion('transport', [mcpStdioSource, mcpHttpSource]);

export const openApiSource = z
  .strictObject({
    spec_url: z.url({ message: 'must be a URL' }).max(2048).optional(),
    spec: z.record(z.string(), z.unknown()).optional(),
    base_url: z.url({ message: 'must be a URL' }).max(2048).optional(),
    auth: z
      .strictObject({
        scheme: authSchemeValue,
        in: z.enum(['header', 'query']).default('header'),
        name: z.string().min(1).max(128).default('Authorization'),
      })
      .optional(),
  })
  .refine((source) => (source.spec_url === undefined) !== (source.spec === undefined), {
    message: 'give exactly one of spec_url and spec',
  });

const toolkitFields = {
  slug: customToolkitSlug,
  name: toolkitName,
  description: toolkitDescription.optional(),
  logo: toolkitLogo.optional(),
  categories: toolkitCategories.optional(),
  timeout_ms: timeoutMs.default(30_000),
};

export const createMcpToolkitRequest = z.strictObject({ ...toolkitFields, mcp: mcpSource });
export const createOpenApiToolkitRequest = z.strictObject({ ...toolkitFields, openapi: openApiSource });
/** Exactly one source: a body with both `mcp` and `openapi` matches neither member. */
export const createToolkitRequest = z.union([createMcpToolkitRequest, createOpenApiToolkitRequest]);

export const updateToolkitRequest = z
  .strictObject({
    name: toolkitName.optional(),
    description: toolkitDescription.optional(),
    logo: toolkitLogo.optional(),
    categories: toolkitCategories.optional(),
    mcp: mcpSource.optional(),
    openapi: openApiSource.optional(),
    timeout_ms: timeoutMs.optional(),
  })
  .refine((body) => body.mcp === undefined || body.openapi === undefined, {
    message: 'give at most one of mcp and openapi',
  });

export const listToolkitsQuery = cursorQuery.extend({
  search: z.string().max(200).optional(),
  category: z.string().max(64).optional(),
  kind: toolkitKind.optional(),
});
