// What the intent actions do: saving, creating, deleting, generating a URL, copying, calling a tool. Each goes
// through the SDK and reports back with actions; failures land on the status line with the server's fix.
import { PatchbayError, type SetupClient, setupClients, userId as userIdSchema } from '@patchbay/core';
import { applySetup, planSetup } from '@patchbay/core/node';
import { value } from './form.js';
import { checkServerForm } from './forms/server-form.js';
import { argsFromFields } from './forms/tool-args.js';
import { checkToolkitForm } from './forms/toolkit-form.js';
import type { Loaders } from './loaders.js';
import { userField } from './screens.js';
import { describeError, type Session } from './session.js';
import type {
  Action,
  AppState,
  ConnectFormScreen,
  Screen,
  ServerFormScreen,
  ToolkitFormScreen,
  TryScreen,
} from './state.js';
import type { Terminal } from './terminal.js';

export interface IntentContext {
  state: AppState;
  screen: Screen;
  session: Session;
  terminal: Terminal;
  dispatch(action: Action): void;
  failed(error: unknown): void;
  loaders: Loaders;
}

const info = (text: string): Action => ({ type: 'status', status: { tone: 'info', text } });

const isSetupClient = (name: string): name is SetupClient => setupClients.some((client) => client === name);

export async function runIntent(action: Action, ctx: IntentContext): Promise<void> {
  const { screen, session, dispatch, loaders } = ctx;
  const { patchbay } = session;
  switch (action.type) {
    case 'save': {
      if (screen.kind !== 'server') return;
      const allowedTools = screen.allowed === 'all' ? [] : [...screen.allowed];
      await loaders.guard(async () => {
        const server = await patchbay.mcp.update(screen.serverId, { allowedTools });
        dispatch({ type: 'server/loaded', key: screen.key, server });
        const what = allowedTools.length === 0 ? 'every tool' : `${allowedTools.length} tools`;
        dispatch(info(`Saved: "${server.name}" now allows ${what}.`));
      });
      return;
    }
    case 'submit':
      if (screen.kind === 'serverForm') await submitServer(screen, ctx);
      if (screen.kind === 'try') await callTool(screen, ctx);
      if (screen.kind === 'connectForm') await connectAccount(screen, ctx);
      if (screen.kind === 'toolkitForm') await registerToolkit(screen, ctx);
      return;
    case 'delete/toolkit':
      await loaders.guard(async () => {
        await patchbay.toolkits.delete(action.slug);
        dispatch(info(`Deleted the toolkit "${action.slug}".`));
        dispatch({ type: 'refresh' });
      });
      return;
    case 'delete/account':
      await loaders.guard(async () => {
        await patchbay.connectedAccounts.delete(action.id);
        dispatch(info(`Deleted the ${action.label}.`));
        dispatch({ type: 'refresh' });
      });
      return;
    case 'account/enable':
      await loaders.guard(async () => {
        await (action.enabled
          ? patchbay.connectedAccounts.enable(action.id)
          : patchbay.connectedAccounts.disable(action.id));
        dispatch(info(`${action.enabled ? 'Enabled' : 'Disabled'} account ${action.id}.`));
        dispatch({ type: 'refresh' });
      });
      return;
    case 'generate': {
      if (screen.kind !== 'server') return;
      const userId = action.userId;
      await loaders.guard(async () => {
        const instance = await patchbay.mcp.generate(userId, screen.serverId);
        dispatch({
          type: 'server/access',
          key: screen.key,
          access: { userId, url: instance.url, headers: instance.headers },
        });
        dispatch(info(`URL and scoped token for "${userId}" ready: y copies them.`));
        loaders.loadList(screen, 'users', true);
      });
      return;
    }
    case 'addUser': {
      if (screen.kind !== 'server') return;
      const userId = action.userId;
      await loaders.guard(async () => {
        await patchbay.mcp.instances.create(screen.serverId, userId);
        dispatch(info(`Added user "${userId}". u generates their URL.`));
        loaders.loadList(screen, 'users', true);
      });
      return;
    }
    case 'setup/plan':
    case 'setup/apply': {
      if (screen.kind !== 'server' || screen.access === undefined) return;
      const client = action.client.trim();
      if (!isSetupClient(client)) {
        dispatch({
          type: 'status',
          status: { tone: 'error', text: `Unknown client "${client}"; one of: ${setupClients.join(', ')}.` },
        });
        return;
      }
      const options = { client, url: screen.access.url, headers: screen.access.headers };
      try {
        if (action.type === 'setup/plan') {
          const plan = await planSetup(options);
          if (!plan.changed) {
            dispatch(info(`${plan.path} already holds this "${plan.name}" entry; nothing would change.`));
            return;
          }
          const verb = plan.replaced ? 'replace' : 'add';
          const message = `Dry run: ${verb} "${plan.name}" in ${plan.path} (${plan.label}). Write it?\n${plan.diff}`;
          dispatch({ type: 'overlay', overlay: { kind: 'confirm', message, onYes: { type: 'setup/apply', client } } });
          return;
        }
        const result = await applySetup(options);
        const backup = result.backupPath === undefined ? '' : ` (previous file kept as ${result.backupPath})`;
        dispatch(info(`Wrote "${result.name}" to ${result.path}${backup}. Restart ${result.label} to pick it up.`));
      } catch (error) {
        ctx.failed(error);
      }
      return;
    }
    case 'copy': {
      if (screen.kind !== 'server') return;
      const access = screen.access;
      if (access === undefined) {
        dispatch({ type: 'status', status: { tone: 'error', text: 'Nothing to copy yet: u generates a user’s URL.' } });
        return;
      }
      const headers = Object.entries(access.headers).map(([name, value]) => `${name}: ${value}`);
      const how = await ctx.terminal.copy([access.url, ...headers].join('\n'));
      dispatch(info(`Copied the URL and ${headers.length === 1 ? 'header' : 'headers'} (${how}).`));
      return;
    }
    case 'delete/server': {
      await loaders.guard(async () => {
        await patchbay.mcp.delete(action.serverId);
        dispatch(info(`Deleted server "${action.name}".`));
        // Going back from the server's own screen reloads the list; on the list itself, refresh it.
        dispatch(
          screen.kind === 'server' && screen.serverId === action.serverId ? { type: 'back' } : { type: 'refresh' },
        );
      });
      return;
    }
    case 'delete/user': {
      if (screen.kind !== 'server' && screen.kind !== 'users') return;
      await loaders.guard(async () => {
        const answer = await patchbay.mcp.instances.delete(action.serverId, action.userId);
        const accounts = answer.deletedConnectedAccounts;
        dispatch(
          info(`Removed "${action.userId}" (${accounts} connected account${accounts === 1 ? '' : 's'} deleted).`),
        );
        loaders.loadList(screen, screen.kind === 'users' ? 'allUsers' : 'users', true);
      });
      return;
    }
    default:
      return;
  }
}

async function submitServer(screen: ServerFormScreen, ctx: IntentContext): Promise<void> {
  const check = checkServerForm(screen.form.fields, screen.mode);
  if (!check.ok) {
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors: check.errors });
    return;
  }
  const { input } = check;
  const { patchbay } = ctx.session;
  try {
    if (screen.mode === 'create') {
      const created = await patchbay.mcp.create(input.name, {
        toolkits: input.toolkits,
        allowedTools: input.allowedTools,
        manuallyManageConnections: input.manuallyManageConnections,
      });
      ctx.dispatch({ type: 'back' });
      ctx.dispatch(info(`Created server "${created.name}" (${created.id}).`));
    } else if (screen.serverId !== undefined) {
      const updated = await patchbay.mcp.update(screen.serverId, input);
      ctx.dispatch({ type: 'back' });
      ctx.dispatch(info(`Saved server "${updated.name}".`));
    }
  } catch (error) {
    // The server's own refusal, shown at the form: its message and fix on the whole-form line.
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors: { '': describeError(error) } });
    ctx.failed(error);
  }
}

function resultText(result: Record<string, unknown>): string {
  if (result.structuredContent !== undefined) return JSON.stringify(result.structuredContent, null, 2);
  if (result.toolResult !== undefined) return JSON.stringify(result.toolResult, null, 2);
  const content = Array.isArray(result.content) ? result.content : [];
  return content
    .map((part: unknown) => {
      if (typeof part === 'object' && part !== null && Reflect.get(part, 'type') === 'text') {
        const text = Reflect.get(part, 'text');
        return typeof text === 'string' ? text : '';
      }
      return JSON.stringify(part);
    })
    .join('\n');
}

/** Calls the tool through the real MCP endpoint with the user's scoped token: generate(), then connect(). */
async function callTool(screen: TryScreen, ctx: IntentContext): Promise<void> {
  const userId = screen.form.fields.find((field) => field.name === userField)?.value.trim() ?? '';
  const user = userIdSchema.safeParse(userId);
  const parsed = argsFromFields(screen.form.fields.filter((field) => field.name !== userField));
  const errors = { ...(parsed.ok ? {} : parsed.errors), ...(user.success ? {} : { [userField]: 'must not be empty' }) };
  if (Object.keys(errors).length > 0 || !parsed.ok) {
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors });
    return;
  }
  const { patchbay } = ctx.session;
  await ctx.loaders.guard(async () => {
    let client: Awaited<ReturnType<typeof patchbay.mcp.connect>> | undefined;
    try {
      const instance = await patchbay.mcp.generate(userId, screen.serverId);
      client = await patchbay.mcp.connect(instance, { clientInfo: { name: 'patchbay-tui', version: '0.1.0' } });
      const result = await client.callTool({ name: screen.tool.slug, arguments: parsed.args });
      const ok = result.isError !== true;
      ctx.dispatch({ type: 'try/result', key: screen.key, ok, text: resultText(result) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      ctx.dispatch({ type: 'try/result', key: screen.key, ok: false, text });
      throw error;
    } finally {
      await client?.close().catch(() => {});
    }
  });
}

/**
 * Starts a connection: the link opens in the browser when there is one, and the accounts screen waits (spinner)
 * until the account is ACTIVE or fails. Key schemes given their credentials are ACTIVE at once.
 */
async function connectAccount(screen: ConnectFormScreen, ctx: IntentContext): Promise<void> {
  const userId = value(screen.form, 'user').trim();
  const authConfigId = value(screen.form, 'auth_config');
  const parsed = argsFromFields(screen.form.fields.filter((field) => field.name === 'config'));
  const errors: Record<string, string> = parsed.ok ? {} : parsed.errors;
  if (userId === '') errors.user = 'required';
  if (authConfigId === '') errors.auth_config = 'required: create an auth config first';
  if (Object.keys(errors).length > 0 || !parsed.ok) {
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors });
    return;
  }
  const config = parsed.args.config;
  const { patchbay } = ctx.session;
  try {
    const request = await patchbay.connectedAccounts.initiate(userId, authConfigId, {
      config: typeof config === 'object' && config !== null ? Object.fromEntries(Object.entries(config)) : undefined,
    });
    ctx.dispatch({ type: 'back' });
    const accounts = ctx.state.stack.at(-2);
    if (request.status === 'ACTIVE' || accounts?.kind !== 'accounts') {
      ctx.dispatch(info(`Connected: account ${request.id} of "${userId}" is ${request.status}.`));
      return;
    }
    const opened = request.redirectUrl === null ? false : await ctx.terminal.openUrl(request.redirectUrl);
    ctx.dispatch(info(opened ? 'Opened the link in the browser.' : 'Open the link below to connect.'));
    ctx.dispatch({
      type: 'accounts/waiting',
      key: accounts.key,
      waiting: { id: request.id, userId, url: request.redirectUrl },
    });
    try {
      const account = await request.waitForConnection({ timeoutMs: 10 * 60_000 });
      ctx.dispatch(info(`Connected: account ${account.id} of "${userId}" is ${account.status}.`));
    } catch (error) {
      ctx.failed(error);
    } finally {
      ctx.dispatch({ type: 'accounts/waiting', key: accounts.key, waiting: undefined });
      ctx.dispatch({ type: 'refresh' });
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors: { '': text } });
    ctx.failed(error);
  }
}

/** Registers a custom toolkit; the server loads its source first, and its refusal (422) is shown at the form. */
async function registerToolkit(screen: ToolkitFormScreen, ctx: IntentContext): Promise<void> {
  const check = checkToolkitForm(screen.form.fields);
  if (!check.ok) {
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors: check.errors });
    return;
  }
  try {
    const toolkit = await ctx.session.patchbay.toolkits.create(check.options);
    ctx.dispatch({ type: 'back' });
    ctx.dispatch(info(`Registered "${toolkit.slug}" with ${toolkit.toolsCount} tools.`));
  } catch (error) {
    const lines = error instanceof PatchbayError && error.errors.length > 0 ? ` (${error.errors.join('; ')})` : '';
    ctx.dispatch({ type: 'form/errors', key: screen.key, errors: { '': `${describeError(error)}${lines}` } });
    if (!(error instanceof PatchbayError) || error.status === 0) ctx.failed(error);
  }
}
