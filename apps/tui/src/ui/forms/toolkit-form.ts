// The register-a-toolkit form: an upstream MCP server (a command or a URL) or an OpenAPI document, checked with
// core's own schemas (slug, source) before anything is sent; the server's 422 (a source that won't load) is shown
// at the form as it answers it.
import { customToolkitSlug, mcpSource, openApiSource } from '@patchbay/core';
import type { CreateToolkitOptions } from '@patchbay/sdk';
import { type FormField, splitList } from '../form.js';

export const sourceKinds = ['mcp command', 'mcp url', 'openapi url'] as const;

export function toolkitFields(): FormField[] {
  return [
    { name: 'slug', label: 'Slug', kind: 'text', value: '', required: true, hint: 'lowercase, e.g. memory' },
    { name: 'name', label: 'Name', kind: 'text', value: '', required: true, hint: 'as people read it' },
    {
      name: 'source',
      label: 'Source',
      kind: 'enum',
      value: sourceKinds[0],
      required: true,
      options: sourceKinds,
      hint: 'an MCP server run as a command, an MCP server at a URL, or an OpenAPI document',
    },
    {
      name: 'target',
      label: 'Command or URL',
      kind: 'text',
      value: '',
      required: true,
      hint: 'e.g. npx, https://mcp.example.com/mcp, https://api.example.com/openapi.json',
    },
    {
      name: 'args',
      label: 'Arguments',
      kind: 'list',
      value: '',
      required: false,
      hint: 'for a command, comma-separated',
    },
    { name: 'description', label: 'Description', kind: 'text', value: '', required: false },
  ];
}

export type ToolkitCheck = { ok: true; options: CreateToolkitOptions } | { ok: false; errors: Record<string, string> };

const first = (issues: ReadonlyArray<{ message: string }>) => issues[0]?.message ?? 'invalid';

export function checkToolkitForm(fields: readonly FormField[]): ToolkitCheck {
  const get = (name: string) => fields.find((field) => field.name === name)?.value.trim() ?? '';
  const errors: Record<string, string> = {};
  const slug = customToolkitSlug.safeParse(get('slug'));
  if (!slug.success) errors.slug = first(slug.error.issues);
  const name = get('name');
  if (name === '') errors.name = 'required';
  const target = get('target');
  const kind = get('source');
  const args = splitList(fields.find((field) => field.name === 'args')?.value ?? '');
  const description = get('description') || undefined;
  let options: CreateToolkitOptions | undefined;
  if (kind === 'openapi url') {
    const checked = openApiSource.safeParse({ spec_url: target });
    if (!checked.success) errors.target = first(checked.error.issues);
    options = { slug: get('slug'), name, description, openapi: { specUrl: target } };
  } else if (kind === 'mcp url') {
    const checked = mcpSource.safeParse({ transport: 'streamable_http', url: target });
    if (!checked.success) errors.target = first(checked.error.issues);
    options = { slug: get('slug'), name, description, mcp: { transport: 'streamable_http', url: target } };
  } else {
    const checked = mcpSource.safeParse({ transport: 'stdio', command: target, args });
    if (!checked.success) errors.target = first(checked.error.issues);
    options = { slug: get('slug'), name, description, mcp: { transport: 'stdio', command: target, args } };
  }
  if (target === '') errors.target = 'required';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, options };
}
