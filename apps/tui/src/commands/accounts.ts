// `patchbay accounts list|connect`: users' connected accounts, and starting a connection.
import { parseArgs } from 'node:util';
import type { Output } from '../output.js';
import { renderTable } from '../table.js';
import { accountsHelp, exitCodes, UsageError } from '../usage.js';
import { client, helpOption, jsonObjectFlag, jsonOption, parse, positionals, printJson } from './common.js';

const help = 'patchbay accounts --help';
const many = { type: 'string', multiple: true, default: [] as string[] } as const;

export async function accountsCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals: rest } = parse(help, () =>
    parseArgs({
      args,
      options: {
        ...jsonOption,
        ...helpOption,
        user: many,
        toolkit: many,
        config: { type: 'string' },
        wait: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const [verb, ...operands] = rest;
  if (values.help || verb === undefined) {
    output.out(accountsHelp);
    return values.help ? exitCodes.ok : exitCodes.usage;
  }
  const patchbay = await client();
  if (verb === 'list') {
    positionals(operands, [], help);
    const accounts = await patchbay.connectedAccounts
      .iterate({
        userIds: values.user.length > 0 ? values.user : undefined,
        toolkitSlugs: values.toolkit.length > 0 ? values.toolkit : undefined,
        limit: 100,
      })
      .toArray();
    if (values.json) printJson(output, accounts);
    else {
      const rows = accounts.map((a) => [
        a.id,
        a.userId,
        a.toolkit.slug,
        a.isDisabled ? 'DISABLED' : a.status,
        a.authConfig.id,
      ]);
      output.out(
        rows.length === 0
          ? 'No connected accounts.'
          : renderTable(['ID', 'USER', 'TOOLKIT', 'STATUS', 'AUTH CONFIG'], rows),
      );
    }
    return exitCodes.ok;
  }
  if (verb === 'connect') {
    const [userId = '', authConfigId = ''] = positionals(operands, ['<user>', '<auth-config-id>'], help);
    const request = await patchbay.connectedAccounts.initiate(userId, authConfigId, {
      config: jsonObjectFlag(values.config, 'config', '{"token":"…"}', help),
    });
    let status = request.status;
    if (!values.json) {
      output.out(`Account ${request.id} of "${userId}": ${status}`);
      if (request.redirectUrl !== null && status !== 'ACTIVE')
        output.out(`Open this to connect: ${request.redirectUrl}`);
    }
    if (values.wait && status !== 'ACTIVE') {
      status = (await request.waitForConnection({ timeoutMs: 10 * 60_000 })).status;
      if (!values.json) output.out(`Account ${request.id} is ${status}.`);
    }
    if (values.json) printJson(output, { id: request.id, userId, status, redirectUrl: request.redirectUrl });
    return exitCodes.ok;
  }
  throw new UsageError(`Unknown accounts command "${verb}"; use list or connect.`, help);
}
