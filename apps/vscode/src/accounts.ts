import type { AuthConfig } from '@patchbay/sdk';
import type { AppContext } from './context.js';
import { given } from './errors.js';
import { nodeToolkit, pickServer, pickUser } from './picks.js';

/** Connect Account: a user's account for one of the server's toolkits, waited for until it is ACTIVE. */
export class AccountCommands {
  constructor(private readonly ctx: AppContext) {}

  async connect(arg?: unknown): Promise<void> {
    const title = 'Patchbay: Connect Account';
    const server = await pickServer(this.ctx, arg, title);
    const client = await this.ctx.client();
    const configs = await Promise.all(server.authConfigIds.map((id) => client.authConfigs.get(id)));
    const fromTree = nodeToolkit(arg);
    const forToolkit = fromTree === undefined ? configs : configs.filter((c) => c.toolkit.slug === fromTree);
    if (forToolkit.length === 0) {
      void this.ctx.host.info(`No toolkit of "${server.name}" needs an account: its tools work as they are.`);
      return;
    }
    const config: AuthConfig =
      forToolkit.length === 1 && forToolkit[0] !== undefined
        ? forToolkit[0]
        : given(
            await this.ctx.host.pick(
              forToolkit.map((c) => ({ label: c.toolkit.slug, description: `${c.name} · ${c.authScheme}`, value: c })),
              { title, placeholder: 'Which account?' },
            ),
          );
    const userId = await pickUser(this.ctx, server, arg, title);
    const toolkit = await client.toolkits.get(config.toolkit.slug);
    const fields =
      toolkit.authSchemes.find((s) => s.mode === config.authScheme)?.fields.connectedAccountInitiation ?? [];
    const values: Record<string, unknown> = {};
    for (const field of fields.filter((f) => f.required)) {
      values[field.name] = given(
        await this.ctx.host.input({
          title,
          prompt: `${field.displayName}${field.description ? `: ${field.description}` : ''}`,
          password: field.secret,
          validate: (value) => (value === '' ? 'required' : undefined),
        }),
      );
    }
    const request = await client.connectedAccounts.initiate(userId, config.id, {
      config: fields.length > 0 ? values : undefined,
    });
    if (request.redirectUrl) await this.ctx.host.openExternal(request.redirectUrl);
    const timeoutMs = this.ctx.host.settings().connectAccountTimeoutSeconds * 1000;
    const account =
      request.status === 'ACTIVE'
        ? await client.connectedAccounts.get(request.id)
        : await this.ctx.host.withProgress(`Connecting ${toolkit.name} for "${userId}"…`, async (progress) => {
            progress.report(
              request.redirectUrl ? 'Finish in the browser; this ends when the account is ACTIVE.' : 'Waiting…',
            );
            try {
              return await request.waitForConnection({ timeoutMs, signal: progress.signal });
            } catch (error) {
              if (progress.signal.aborted) given(undefined);
              throw error;
            }
          });
    this.ctx.host.log.info(`Account ${account.id} of "${userId}" for ${toolkit.slug} is ${account.status}.`);
    this.ctx.changed();
    void this.ctx.host.info(`Connected ${toolkit.name} for "${userId}" (${account.status}).`);
  }
}
