import type { Socket } from 'node:net';
import { FetchIncomingMessage, toFetchResponse, toReqRes } from 'fetch-to-node';
import type Provider from 'oidc-provider';
import type { Vault } from '../accounts/crypto.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../util/logger.js';
import type { OAuthOptions } from './options.js';

/** What Koa asks of a request's socket: whether it is TLS, and the peer. */
class BridgedRequest extends FetchIncomingMessage {
  constructor(private readonly peer: { encrypted: boolean; remoteAddress: string }) {
    super();
  }
  override get socket(): Pick<Socket, 'remoteAddress'> & { encrypted: boolean } {
    return this.peer;
  }
  override set socket(_unused: unknown) {
    // The bridge has no socket to replace.
  }
}

/**
 * The request as oidc-provider (Koa) sees it. There is no socket behind a Fetch API request, so this bridge is its
 * proxy: it states the protocol of the public URL and the client's address, replacing whatever the client sent.
 */
function bridged(request: Request, publicUrl: string, clientAddress: string, withBody: boolean) {
  const encrypted = publicUrl.startsWith('https:');
  const headers = new Headers(request.headers);
  headers.delete('x-forwarded-host');
  headers.set('x-forwarded-proto', new URL(publicUrl).protocol.replace(':', ''));
  headers.set('x-forwarded-for', clientAddress);
  const init = withBody ? { method: request.method, body: request.body, duplex: 'half' } : {};
  const peer = { encrypted, remoteAddress: clientAddress };
  return toReqRes(new Request(request.url, { ...init, headers }), {
    createIncomingMessage: () => new BridgedRequest(peer),
  });
}

/**
 * The authorization server of one app: oidc-provider, made on first use (its keys come from the database, which a
 * constructor cannot wait for), answering Fetch API requests through a Node request/response pair.
 */
export class OAuthServer {
  #provider: Promise<Provider> | undefined;
  #handler: ReturnType<Provider['callback']> | undefined;

  constructor(
    private readonly deps: { db: Database; vault: Vault; publicUrl: string; logger: Logger },
    readonly options: OAuthOptions,
  ) {}

  provider(): Promise<Provider> {
    // Loaded here, not at start: oidc-provider and Koa are a third of the server's start-up time.
    this.#provider ??= import('./provider.js')
      .then(({ createProvider }) => createProvider({ ...this.deps, options: this.options }))
      .catch((error: unknown) => {
        this.#provider = undefined;
        throw error;
      });
    return this.#provider;
  }

  /** Lets oidc-provider answer `request` (its own routes: authorize, token, register, revoke, discovery…). */
  async handle(request: Request, clientAddress: string): Promise<Response> {
    const provider = await this.provider();
    const { req, res } = bridged(request, this.deps.publicUrl, clientAddress, true);
    this.#handler ??= provider.callback();
    this.#handler(req, res);
    return toFetchResponse(res);
  }

  /** A Node request/response pair of `request`'s URL and headers (its cookies), for the interaction API. */
  pair(request: Request, clientAddress: string) {
    return bridged(request, this.deps.publicUrl, clientAddress, false);
  }
}
