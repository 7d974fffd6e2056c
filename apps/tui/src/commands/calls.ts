import { parseArgs } from 'node:util';
// `patchbay calls [--follow]`: the tool-call log, newest first, or followed as it grows.
import type { ListToolCallsOptions, ToolCall } from '@patchbay/sdk';
import type { Output } from '../output.js';
import { renderTable } from '../table.js';
import { callsHelp, exitCodes, UsageError } from '../usage.js';
import { client, findServer, helpOption, jsonOption, parse, positionals, printJson } from './common.js';

const help = 'patchbay calls --help';

const row = (c: ToolCall) => [
  c.startedAt,
  c.toolSlug,
  c.userId,
  c.outcome,
  `${c.durationMs}ms`,
  c.error ?? c.serverId ?? 'direct',
];
const header = ['STARTED', 'TOOL', 'USER', 'OUTCOME', 'TIME', 'SERVER / ERROR'];

export async function callsCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals: rest } = parse(help, () =>
    parseArgs({
      args,
      options: {
        ...jsonOption,
        ...helpOption,
        follow: { type: 'boolean', short: 'f', default: false },
        server: { type: 'string' },
        user: { type: 'string' },
        tool: { type: 'string' },
        outcome: { type: 'string' },
        limit: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    output.out(callsHelp);
    return exitCodes.ok;
  }
  positionals(rest, [], help);
  const outcome = values.outcome;
  if (outcome !== undefined && outcome !== 'success' && outcome !== 'error') {
    throw new UsageError(`--outcome must be "success" or "error", not "${outcome}".`, help);
  }
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be 1-1000.', help);
  const patchbay = await client();
  const serverId = values.server === undefined ? undefined : (await findServer(patchbay, values.server)).id;
  const filters: ListToolCallsOptions = { serverId, userId: values.user, toolSlug: values.tool, outcome, limit };
  const first = await patchbay.toolCalls.list(filters);
  if (!values.follow) {
    if (values.json) printJson(output, first.items);
    else output.out(first.items.length === 0 ? 'No calls.' : renderTable(header, first.items.map(row)));
    return exitCodes.ok;
  }
  // Following: oldest first, one line per call (NDJSON with --json), until interrupted.
  const seen = new Set<string>();
  const print = (calls: readonly ToolCall[]) => {
    for (const call of [...calls].reverse()) {
      if (seen.has(call.id)) continue;
      seen.add(call.id);
      output.out(values.json ? JSON.stringify(call) : row(call).join('  '));
    }
  };
  print(first.items);
  let since = first.items[0]?.startedAt;
  // Until Ctrl-C (or a failed request, reported like any other).
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const page = await patchbay.toolCalls.list({ ...filters, since, limit: 100 });
    print(page.items);
    since = page.items[0]?.startedAt ?? since;
  }
}
