import { applySetup, detectClients, planSetup, removeSetup, type SetupPlan } from '@patchbay/core/node';
import type { Output } from '../output.js';
import { renderTable } from '../table.js';
import { exitCodes, setupHelp } from '../usage.js';
import { parseSetupArgs, type SetupCommand } from './setup-args.js';
import { userTokenHeaders } from './user-token.js';

type Apply = Extract<SetupCommand, { kind: 'apply' }>;
type Remove = Extract<SetupCommand, { kind: 'remove' }>;

const where = (plan: { label: string; scope: string }) => `${plan.label}, ${plan.scope} scope`;

function credentialNote(plan: SetupPlan, userId: string | undefined): string {
  if (userId !== undefined) return `Credential: a token scoped to user "${userId}" on this server (not your API key).`;
  if (plan.credentialSource === 'prompt') return 'VS Code will ask for the API key when the server starts.';
  if (plan.credentialSource === '--header') return 'Credential: the --header values given.';
  return `Credential: the API key from ${plan.credentialSource}.`;
}

async function apply(command: Apply, output: Output): Promise<number> {
  // A dry run asks for no token: it would issue one for nothing.
  const scoped = command.userToken && !command.dryRun ? await userTokenHeaders(command.url) : undefined;
  const options = {
    client: command.client,
    url: command.url,
    name: command.name,
    headers:
      scoped?.headers ??
      (command.userToken ? { Authorization: 'Bearer <a token scoped to the user>' } : command.headers),
    scope: command.scope,
    promptSecret: command.promptSecret,
  };
  if (command.dryRun) {
    const plan = await planSetup(options);
    if (!plan.changed) {
      output.out(`${plan.path} already holds this "${plan.name}" entry (${where(plan)}); nothing would change.`);
      return exitCodes.ok;
    }
    const verb = plan.replaced ? 'replace' : 'add';
    output.out(`Dry run: would ${verb} "${plan.name}" in ${plan.path} (${where(plan)}). Nothing was written.`);
    output.out(plan.diff);
    return exitCodes.ok;
  }
  const result = await applySetup(options);
  if (!result.changed) {
    output.out(`${result.path} already holds this "${result.name}" entry (${where(result)}); nothing changed.`);
    return exitCodes.ok;
  }
  const verb = result.created ? 'Created' : result.replaced ? 'Replaced the entry in' : 'Updated';
  output.out(`${verb} ${result.path} (${where(result)}): entry "${result.name}" → ${command.url}`);
  if (result.backupPath !== undefined) output.out(`Backup of the previous file: ${result.backupPath}`);
  output.out(credentialNote(result, scoped?.userId));
  if (result.scope === 'project' && result.credentialSource !== 'prompt') {
    output.err(
      `Warning: ${result.path} now holds the credential in plain text; keep it out of version control (.gitignore).`,
    );
  }
  output.out(`Restart ${result.label} (or reload its MCP servers) to pick it up.`);
  return exitCodes.ok;
}

async function remove(command: Remove, output: Output): Promise<number> {
  const result = await removeSetup(command);
  if (!result.removed) {
    const status = (await detectClients()).find((s) => s.client === command.client && s.path === result.path);
    const others = status?.patchbayEntries.length
      ? ` Patchbay entries there: ${status.patchbayEntries.join(', ')}.`
      : '';
    output.err(`No entry "${result.name}" in ${result.path} (${where(result)}); nothing changed.${others}`);
    output.err('Run "patchbay setup --list" to see the entries each client holds.');
    return exitCodes.failure;
  }
  if (command.dryRun) {
    output.out(`Dry run: would remove "${result.name}" from ${result.path} (${where(result)}). Nothing was written.`);
    output.out(result.diff);
    return exitCodes.ok;
  }
  output.out(`Removed "${result.name}" from ${result.path} (${where(result)}).`);
  if (result.backupPath !== undefined) output.out(`Backup of the previous file: ${result.backupPath}`);
  return exitCodes.ok;
}

async function list(output: Output): Promise<number> {
  const statuses = await detectClients();
  const rows = statuses.map((s) => [
    s.client,
    s.scope,
    s.present ? 'yes' : 'no',
    s.problem !== undefined ? 'unreadable' : s.patchbayEntries.length > 0 ? s.patchbayEntries.join(', ') : '-',
    s.path,
  ]);
  output.out(renderTable(['CLIENT', 'SCOPE', 'PRESENT', 'PATCHBAY ENTRIES', 'CONFIG PATH'], rows));
  for (const s of statuses) if (s.problem !== undefined) output.err(`${s.client} (${s.scope}): ${s.problem}`);
  return exitCodes.ok;
}

/** `patchbay setup …`; returns the exit code. Failures propagate as errors for the caller to report. */
export async function setupCommand(args: string[], output: Output): Promise<number> {
  const command = parseSetupArgs(args);
  switch (command.kind) {
    case 'help':
      output.out(setupHelp);
      return exitCodes.ok;
    case 'list':
      return list(output);
    case 'remove':
      return remove(command, output);
    case 'apply':
      return apply(command, output);
  }
}
