// The create/edit server form: its fields, and its check with core's own request schemas, so the messages at each
// field are the ones the server would answer.
import { createCustomMcpServerRequest, updateMcpServerRequest } from '@patchbay/core';
import type { McpServer } from '@patchbay/sdk';
import { type FormField, splitList } from '../form.js';

export function serverFields(server?: McpServer): FormField[] {
  return [
    {
      name: 'name',
      label: 'Name',
      kind: 'text',
      value: server?.name ?? '',
      required: true,
      hint: '4-30 letters, digits, spaces, hyphens',
    },
    {
      name: 'toolkits',
      label: 'Toolkits',
      kind: 'list',
      value: server?.toolkits.join(', ') ?? '',
      required: false,
      hint: 'comma-separated slugs, e.g. notes, files',
    },
    {
      name: 'allowed_tools',
      label: 'Allowed tools',
      kind: 'list',
      value: server?.allowedTools.join(', ') ?? '',
      required: false,
      hint: 'comma-separated; empty allows every tool of the toolkits',
    },
    {
      name: 'manual',
      label: 'Manual connections',
      kind: 'boolean',
      value: String(server?.manuallyManageConnections ?? true),
      required: true,
      hint: 'true: you connect accounts yourself; false: chat offers account tools',
    },
  ];
}

export interface ServerInput {
  name: string;
  toolkits: string[];
  allowedTools: string[];
  manuallyManageConnections: boolean;
}

export type ServerCheck = { ok: true; input: ServerInput } | { ok: false; errors: Record<string, string> };

const fieldOf = (wireField: string) => (wireField === 'managed_auth_via_composio' ? 'manual' : wireField);

/** Checks the form with createCustomMcpServerRequest (create) or updateMcpServerRequest (edit). */
export function checkServerForm(fields: readonly FormField[], mode: 'create' | 'edit'): ServerCheck {
  const get = (name: string) => fields.find((field) => field.name === name)?.value ?? '';
  const input: ServerInput = {
    name: get('name').trim(),
    toolkits: splitList(get('toolkits')),
    allowedTools: splitList(get('allowed_tools')),
    manuallyManageConnections: get('manual') !== 'false',
  };
  const body = {
    name: input.name,
    toolkits: input.toolkits,
    allowed_tools: input.allowedTools,
    managed_auth_via_composio: !input.manuallyManageConnections,
  };
  const schema = mode === 'create' ? createCustomMcpServerRequest : updateMcpServerRequest;
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, input };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const name = fieldOf(String(issue.path[0] ?? ''));
    const item = issue.path[1];
    errors[name] ??= typeof item === 'number' ? `entry ${item + 1}: ${issue.message}` : issue.message;
  }
  return { ok: false, errors };
}
