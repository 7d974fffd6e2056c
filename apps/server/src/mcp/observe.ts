import type { ServerContext } from '../context.js';
import { measureOperations } from '../metrics/mcp-operations.js';
import { traceRequests } from '../tracing/mcp-requests.js';
import type { McpMountOptions } from './transports.js';

/** What every kind of MCP URL records of the requests its transports carry: operation metrics and trace spans. */
export const observeTransports =
  (ctx: Pick<ServerContext, 'metrics'>): NonNullable<McpMountOptions['observe']> =>
  (transport) => {
    measureOperations(transport, ctx.metrics);
    traceRequests(transport);
  };
