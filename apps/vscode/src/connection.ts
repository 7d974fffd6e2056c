import type { AppContext } from './context.js';
import { given } from './errors.js';

/** Connect to Server and Set API Key: the server's URL and the project key, checked against the server. */
export class ConnectionCommands {
  constructor(private readonly ctx: AppContext) {}

  /** At activation: no network, only whether a key is stored (the welcome view shows otherwise). */
  async start(): Promise<void> {
    await this.ctx.host.setContext('patchbay.connected', await this.ctx.session.hasKey());
  }

  async connect(): Promise<void> {
    const { host, session } = this.ctx;
    const local = await session.discover();
    const url = given(
      await host.input({
        title: 'Patchbay: Connect to Server',
        prompt: local ? `The server's URL (a local server was found through ${local.source})` : "The server's URL",
        value: session.configuredUrl() ?? local?.baseUrl ?? 'http://127.0.0.1:8787',
        validate: (value) => {
          try {
            const parsed = new URL(value);
            return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : 'must be http(s)';
          } catch {
            return 'must be a URL, e.g. http://127.0.0.1:8787';
          }
        },
      }),
    ).trim();
    await session.setUrl(url);
    if (local !== undefined && new URL(local.baseUrl).origin === new URL(url).origin) {
      await session.setApiKey(local.apiKey);
      host.log.info(`Using the local server's key from ${local.source}.`);
    } else if (!(await session.hasKey())) {
      await this.askApiKey();
    }
    await this.verify(url);
  }

  async setApiKey(): Promise<void> {
    await this.askApiKey();
    await this.verify(this.ctx.session.configuredUrl() ?? (await this.ctx.client()).baseURL);
  }

  private async askApiKey(): Promise<void> {
    const key = given(
      await this.ctx.host.input({
        title: 'Patchbay: Set API Key',
        prompt: "The project API key (pb_…); it is kept in VS Code's secret storage",
        password: true,
        validate: (value) => (value.trim() === '' ? 'the key must not be empty' : undefined),
      }),
    );
    await this.ctx.session.setApiKey(key);
  }

  private async verify(url: string): Promise<void> {
    const { host, session } = this.ctx;
    try {
      await session.check();
    } catch (error) {
      await host.setContext('patchbay.connected', await session.hasKey());
      this.ctx.changed();
      throw error;
    }
    await host.setContext('patchbay.connected', true);
    this.ctx.changed();
    host.mcpServersChanged();
    host.log.info(`Connected to ${url}.`);
    void host.info(`Patchbay: connected to ${url}.`);
  }
}
