import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { SessionPolicy } from './policy.js';

/** The hosted meta-tools' names (agents and prompts written for the hosted service use them), and Patchbay's extra. */
export const metaToolNames = {
  search: 'COMPOSIO_SEARCH_TOOLS',
  schemas: 'COMPOSIO_GET_TOOL_SCHEMAS',
  manage: 'COMPOSIO_MANAGE_CONNECTIONS',
  wait: 'COMPOSIO_WAIT_FOR_CONNECTIONS',
  multiExecute: 'COMPOSIO_MULTI_EXECUTE_TOOL',
  /** Patchbay's: which toolkits the user has connected, in one cheap call (the hosted service has none). */
  connected: 'PATCHBAY_LIST_CONNECTED_TOOLKITS',
} as const;

/** The hosted workbench tools: never served (Patchbay has no sandbox), refused by name when called. */
export const workbenchToolNames = ['COMPOSIO_REMOTE_WORKBENCH', 'COMPOSIO_REMOTE_BASH_TOOL'];

export const maxBatch = 50;

const sessionArg = {
  type: 'object',
  description: 'Accepted for compatibility; the URL names the session.',
  properties: { id: { type: 'string' }, generate_id: { type: 'boolean' } },
};
const toolkitsArg = {
  type: 'array',
  items: { type: 'string' },
  minItems: 1,
  description: 'Toolkit slugs, e.g. ["github"].',
};

const definitions: Record<(typeof metaToolNames)[keyof typeof metaToolNames], Tool> = {
  [metaToolNames.search]: {
    name: metaToolNames.search,
    title: 'Search tools',
    description:
      'Finds the tools for a task among every tool this session allows. Describe each task in plain words as a ' +
      '`use_case`. Each hit comes with its input schema and whether the user is connected; run hits with ' +
      `${metaToolNames.multiExecute}, after ${metaToolNames.manage} for toolkits that are not connected.`,
    inputSchema: {
      type: 'object',
      properties: {
        queries: {
          type: 'array',
          minItems: 1,
          maxItems: 20,
          items: {
            type: 'object',
            properties: { use_case: { type: 'string', maxLength: 1024 }, known_fields: { type: 'string' } },
            required: ['use_case'],
          },
        },
        session: sessionArg,
        model: { type: 'string' },
      },
      required: ['queries'],
    },
    annotations: { readOnlyHint: true, openWorldHint: true },
  },
  [metaToolNames.schemas]: {
    name: metaToolNames.schemas,
    title: 'Get tool schemas',
    description: 'The input schemas of tools by slug (as search answered them).',
    inputSchema: {
      type: 'object',
      properties: {
        tool_slugs: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 100 },
        include: { type: 'array', items: { type: 'string', enum: ['input_schema', 'output_schema'] } },
        session: sessionArg,
      },
      required: ['tool_slugs'],
    },
    annotations: { readOnlyHint: true },
  },
  [metaToolNames.manage]: {
    name: metaToolNames.manage,
    title: 'Manage connections',
    description:
      'Connects the user to toolkits. For each toolkit not yet active it answers a `redirect_url`: show it to the ' +
      'user as a markdown link and ask them to open it; do not run its tools until the connection is ACTIVE.',
    inputSchema: {
      type: 'object',
      properties: { toolkits: toolkitsArg, reinitiate_all: { type: 'boolean' }, session: sessionArg },
      required: ['toolkits'],
    },
    annotations: { openWorldHint: true, destructiveHint: true },
  },
  [metaToolNames.wait]: {
    name: metaToolNames.wait,
    title: 'Wait for connections',
    description: 'Waits (up to 60 s) until the user has connected the toolkits: any of them (default) or all.',
    inputSchema: {
      type: 'object',
      properties: {
        toolkits: toolkitsArg,
        mode: { type: 'string', enum: ['any', 'all'] },
        timeout_seconds: { type: 'number', minimum: 1, maximum: 120 },
        session: sessionArg,
      },
      required: ['toolkits'],
    },
    annotations: { readOnlyHint: true, idempotentHint: true },
  },
  [metaToolNames.multiExecute]: {
    name: metaToolNames.multiExecute,
    title: 'Run tools',
    description:
      `Runs 1-${maxBatch} tools at once, each with its own result or error, in the order given. Use the slugs and ` +
      'argument schemas that search answered.',
    inputSchema: {
      type: 'object',
      properties: {
        tools: {
          type: 'array',
          minItems: 1,
          maxItems: maxBatch,
          items: {
            type: 'object',
            properties: {
              tool_slug: { type: 'string' },
              arguments: { type: 'object' },
              account: { type: 'string' },
            },
            required: ['tool_slug'],
          },
        },
        sync_response_to_workbench: { type: 'boolean', description: 'Accepted; there is no workbench.' },
        thought: { type: 'string' },
        current_step: { type: 'string' },
        current_step_metric: { type: 'string' },
        session: sessionArg,
      },
      required: ['tools'],
    },
    annotations: { openWorldHint: true, destructiveHint: true },
  },
  [metaToolNames.connected]: {
    name: metaToolNames.connected,
    title: 'List connected toolkits',
    description: "The session's toolkits the user can run now (connected, or needing no account), and those not yet.",
    inputSchema: { type: 'object', properties: {} },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
};

/** The meta-tools a session serves, per its switches, in the hosted order. */
export function sessionMetaTools(policy: SessionPolicy): Tool[] {
  const names: string[] = [];
  if (policy.searchEnabled) names.push(metaToolNames.search);
  names.push(metaToolNames.schemas);
  if (policy.multiExecuteEnabled) names.push(metaToolNames.multiExecute);
  if (policy.manageConnections) names.push(metaToolNames.manage);
  if (policy.manageConnections && policy.waitForConnections) names.push(metaToolNames.wait);
  names.push(metaToolNames.connected);
  return names.flatMap((name) => {
    const tool = Object.values(definitions).find((t) => t.name === name);
    return tool ? [tool] : [];
  });
}
