import { parseArgs } from 'node:util';
// `patchbay servers list|get|create|update|delete`.
import type { McpServer } from '@patchbay/sdk';
import type { Output } from '../output.js';
import { renderTable } from '../table.js';
import { exitCodes, serversHelp, UsageError } from '../usage.js';
import { client, findServer, helpOption, jsonOption, parse, positionals, printJson } from './common.js';

const help = 'patchbay servers --help';

const many = { type: 'string', multiple: true, default: [] as string[] } as const;
const flag = { type: 'boolean', default: false } as const;
const text = { type: 'string' } as const;
const fields = {
  ...jsonOption,
  ...helpOption,
  name: text,
  toolkit: many,
  allow: many,
  manual: flag,
  managed: flag,
  limit: text,
  all: flag,
};

function table(servers: readonly McpServer[]): string {
  return renderTable(
    ['ID', 'NAME', 'TOOLKITS', 'TOOLS', 'USERS'],
    servers.map((s) => [
      s.id,
      s.name,
      s.toolkits.join(',') || '-',
      s.allowedTools.length === 0 ? 'all' : String(s.allowedTools.length),
      String(s.serverInstanceCount),
    ]),
  );
}

function detail(s: McpServer): string {
  return [
    `id:          ${s.id}`,
    `name:        ${s.name}`,
    `toolkits:    ${s.toolkits.join(', ') || '-'}`,
    `tools:       ${s.allowedTools.length === 0 ? 'every tool of the toolkits' : s.allowedTools.join(', ')}`,
    `connections: ${s.manuallyManageConnections ? 'manual' : 'managed (chat offers account tools)'}`,
    `users:       ${s.serverInstanceCount}`,
    `url:         ${s.mcpUrl}`,
    `updated:     ${s.updatedAt}`,
  ].join('\n');
}

/** --manual: you connect accounts yourself; --managed: chat offers the account tools; neither: the default. */
function connections(values: { manual: boolean; managed: boolean }): boolean | undefined {
  if (values.manual && values.managed) throw new UsageError('Give --manual or --managed, not both.', help);
  return values.manual ? true : values.managed ? false : undefined;
}

function readLimit(text: string | undefined): number {
  if (text === undefined) return 50;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--limit must be a whole number above 0, not "${text}".`, help);
  return n;
}

export async function serversCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals: rest } = parse(help, () =>
    parseArgs({ args, options: fields, allowPositionals: true, strict: true }),
  );
  const [verb, ...operands] = rest;
  if (values.help || verb === undefined) {
    output.out(serversHelp);
    return verb === undefined && !values.help ? exitCodes.usage : exitCodes.ok;
  }
  const patchbay = await client();
  switch (verb) {
    case 'list': {
      positionals(operands, [], help);
      const maxItems = values.all ? undefined : readLimit(values.limit);
      const toolkits = values.toolkit.length > 0 ? values.toolkit : undefined;
      const servers = await patchbay.mcp.iterate({ name: values.name, toolkits, limit: 100, maxItems }).toArray();
      if (values.json) printJson(output, servers);
      else output.out(servers.length === 0 ? 'No servers.' : table(servers));
      return exitCodes.ok;
    }
    case 'get': {
      const [ref = ''] = positionals(operands, ['<server>'], help);
      const server = await findServer(patchbay, ref);
      if (values.json) printJson(output, server);
      else output.out(detail(server));
      return exitCodes.ok;
    }
    case 'create': {
      const [name = ''] = positionals(operands, ['<name>'], help);
      const created = await patchbay.mcp.create(name, {
        toolkits: values.toolkit,
        allowedTools: values.allow,
        manuallyManageConnections: connections(values),
      });
      const { generate: _generate, ...shape } = created;
      if (values.json) printJson(output, shape);
      else output.out(`Created server "${created.name}": ${created.id}\nMCP URL (default user): ${created.mcpUrl}`);
      return exitCodes.ok;
    }
    case 'update': {
      const [ref = ''] = positionals(operands, ['<server>'], help);
      const server = await findServer(patchbay, ref);
      const updated = await patchbay.mcp.update(server.id, {
        name: values.name,
        toolkits: values.toolkit.length > 0 ? values.toolkit : undefined,
        allowedTools: values.allow.length > 0 ? values.allow : undefined,
        manuallyManageConnections: connections(values),
      });
      if (values.json) printJson(output, updated);
      else output.out(detail(updated));
      return exitCodes.ok;
    }
    case 'delete': {
      const [ref = ''] = positionals(operands, ['<server>'], help);
      const server = await findServer(patchbay, ref);
      const answer = await patchbay.mcp.delete(server.id);
      if (values.json) printJson(output, { id: answer.id, name: server.name, deleted: answer.deleted });
      else output.out(`Deleted server "${server.name}" (${answer.id}).`);
      return exitCodes.ok;
    }
    default:
      throw new UsageError(`Unknown servers command "${verb}"; use list, get, create, update or delete.`, help);
  }
}
