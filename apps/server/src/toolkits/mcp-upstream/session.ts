import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { RequestOptions } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from 'pino';
import { childSpan, SpanKind, traceContextFields } from '../../tracing/spans.js';
import { type CallRelay, upstreamCapabilities } from '../relay.js';
import type { ToolResult } from '../runtime.js';
import { plainVariant, RelayedCalls, type SessionVariant } from './relay-handlers.js';
import { buildToolList, listAllTools, type UpstreamToolList } from './tool-list.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const clientInfo = { name: 'patchbay', version: '0.1.0' };

/**
 * One connected MCP client (a stdio process or a remote session) plus its cached tool list. The cache lives exactly
 * as long as the connection, so a restarted process is always asked again.
 */
export class UpstreamSession {
  readonly client: Client;
  /** Set once the connection has ended, whoever ended it. */
  closed = false;
  private catalog: Promise<UpstreamToolList> | undefined;
  private readonly closeListeners: Array<() => void> = [];
  /** Run before closing, e.g. to end a remote HTTP session politely; failures are ignored. */
  beforeClose: (() => Promise<void>) | undefined;

  /** The clients of the calls in flight, who get the upstream's progress, logs and requests. */
  private readonly relayed: RelayedCalls;

  constructor(
    private readonly toolkitSlug: string,
    private readonly noAuth: boolean,
    private readonly logger: Logger,
    variant: SessionVariant = plainVariant,
  ) {
    this.client = new Client(clientInfo, { capabilities: upstreamCapabilities(variant.capabilities) });
    this.relayed = new RelayedCalls(this.client, variant);
    this.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
      this.logger.debug('upstream tool list changed; dropping the cached list');
      this.catalog = undefined;
    });
    // Without these, an SDK transport error would surface as an unhandled error event or a silent hang.
    this.client.onerror = (error) => {
      this.logger.debug({ err: error.message }, 'upstream transport error');
    };
    this.client.onclose = () => {
      this.closed = true;
      this.catalog = undefined;
      for (const listener of this.closeListeners.splice(0)) listener();
    };
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  async connect(transport: Transport, options: RequestOptions): Promise<void> {
    await this.client.connect(transport, options);
  }

  tools(options: RequestOptions): Promise<UpstreamToolList> {
    let catalog = this.catalog;
    if (catalog === undefined) {
      const pending = listAllTools(this.client, options).then((tools) =>
        buildToolList(this.toolkitSlug, tools, this.noAuth),
      );
      catalog = pending;
      this.catalog = pending;
      // A failed or cancelled listing must not stick: the next caller asks again.
      pending.catch(() => {
        if (this.catalog === pending) this.catalog = undefined;
      });
    }
    return catalog;
  }

  async call(
    name: string,
    args: Record<string, unknown>,
    options: RequestOptions,
    relay?: CallRelay | undefined,
  ): Promise<ToolResult> {
    // The caller's trace goes along in `_meta` (MCP's convention), under a CLIENT span for the upstream, beside the
    // progress token when the caller asked for progress.
    const result = await childSpan(
      `tools/call ${name}`,
      { 'mcp.method.name': 'tools/call', 'gen_ai.tool.name': name, 'patchbay.upstream': this.toolkitSlug },
      () =>
        this.relayed.during(relay, (progressToken) => {
          const meta = { ...traceContextFields(), ...(progressToken === undefined ? {} : { progressToken }) };
          const params =
            Object.keys(meta).length > 0 ? { name, arguments: args, _meta: meta } : { name, arguments: args };
          return this.client.callTool(params, undefined, options);
        }),
      SpanKind.CLIENT,
    );
    const out: ToolResult = { content: Array.isArray(result.content) ? result.content : [] };
    const structured: unknown = result.structuredContent;
    if (isRecord(structured)) out.structuredContent = structured;
    if (result.isError === true) out.isError = true;
    const meta: unknown = result._meta;
    if (isRecord(meta)) out._meta = meta;
    return out;
  }

  async close(): Promise<void> {
    this.catalog = undefined;
    if (this.beforeClose !== undefined && !this.closed) await this.beforeClose().catch(() => {});
    await this.client.close();
  }
}
