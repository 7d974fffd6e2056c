import { PatchbayError } from '@patchbay/core';
import { discoverLocalServer, type LocalServer } from '@patchbay/core/node';
import { Patchbay } from '@patchbay/sdk';
import type { Host } from './host.js';

export const apiKeySecret = 'patchbay.apiKey';
const connectedUrlState = 'patchbay.connectedUrl';

/** Where the person finds the local server, for tests to point elsewhere. */
export interface Discovery {
  env: Record<string, string | undefined>;
  home?: string | undefined;
}

/**
 * Which server the extension talks to and with which key: the `patchbay.serverUrl` setting (else the URL that
 * Connect to Server chose, else the local server's), and the key kept in SecretStorage.
 */
export class Session {
  private cached: { key: string; url: string; client: Patchbay } | undefined;

  constructor(
    private readonly host: Host,
    private readonly discovery: Discovery = { env: process.env },
  ) {}

  /** The server's root URL as configured; undefined when nothing says (the local server is then looked for). */
  configuredUrl(): string | undefined {
    const fromSetting = this.host.settings().serverUrl.trim();
    if (fromSetting !== '') return fromSetting.replace(/\/+$/, '');
    return this.host.state.get<string>(connectedUrlState);
  }

  async apiKey(): Promise<string | undefined> {
    return this.host.secrets.get(apiKeySecret);
  }

  /** True when a key is stored: the tree shows servers rather than the welcome view. */
  async hasKey(): Promise<boolean> {
    return (await this.apiKey()) !== undefined;
  }

  async setApiKey(key: string): Promise<void> {
    await this.host.secrets.store(apiKeySecret, key.trim());
    this.cached = undefined;
  }

  /** The local server's address and key (PATCHBAY_* variables, then ~/.patchbay), or undefined. */
  async discover(): Promise<LocalServer | undefined> {
    try {
      return await discoverLocalServer(this.discovery.env, this.discovery.home);
    } catch (error) {
      this.host.log.info(`No local Patchbay server found: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  async setUrl(url: string): Promise<void> {
    await this.host.state.update(connectedUrlState, url.replace(/\/+$/, ''));
    if (this.host.settings().serverUrl.trim() !== '') await this.host.updateSetting('serverUrl', url);
    this.cached = undefined;
  }

  /** The SDK client for the configured server; a PatchbayError (no_api_key) when no key is stored. */
  async client(): Promise<Patchbay> {
    const key = await this.apiKey();
    if (key === undefined || key === '') {
      throw new PatchbayError({
        status: 0,
        slug: 'no_api_key',
        message: 'No API key is stored.',
        suggestedFix: 'Run "Patchbay: Set API Key" or "Patchbay: Connect to Server".',
      });
    }
    const url = this.configuredUrl() ?? (await this.discover())?.baseUrl ?? 'http://127.0.0.1:8787';
    if (this.cached?.key !== key || this.cached.url !== url) {
      this.cached = { key, url, client: new Patchbay({ apiKey: key, baseURL: url, retry: { retries: 1 } }) };
    }
    return this.cached.client;
  }

  /** Asks the server for one page of servers: proves the address and the key together. */
  async check(): Promise<void> {
    const client = await this.client();
    await client.mcp.list({ limit: 1 });
  }
}
