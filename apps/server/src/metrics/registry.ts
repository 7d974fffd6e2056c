import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * This server's Prometheus metrics, one registry per context (two apps in one process, as in tests, keep theirs
 * apart). Names follow OpenTelemetry's semantic conventions where they exist (MCP, HTTP, database), with dots as
 * underscores; the rest are `patchbay_*`. No label carries a user, account, project or server id: those are unbounded
 * and identify people.
 */
export class Metrics {
  readonly registry = new Registry();

  /** OTel `mcp.server.operation.duration`: every JSON-RPC request answered, by method and tool. */
  readonly mcpOperation = new Histogram({
    name: 'mcp_server_operation_duration_seconds',
    help: 'Duration of MCP requests handled by the server.',
    labelNames: ['mcp_method_name', 'gen_ai_tool_name', 'error_type'] as const,
    // The buckets OTel's MCP conventions advise.
    buckets: [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });

  /** OTel `http.server.request.duration`; its count is the request count. */
  readonly httpRequest = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of HTTP requests, by route template.',
    labelNames: ['http_request_method', 'http_route', 'http_response_status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    registers: [this.registry],
  });

  /** OTel `db.client.operation.duration`. */
  readonly dbOperation = new Histogram({
    name: 'db_client_operation_duration_seconds',
    help: 'Duration of database statements.',
    labelNames: ['db_system_name', 'db_operation_name', 'error_type'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly oauthRefreshes = new Counter({
    name: 'patchbay_oauth_token_refreshes_total',
    help: 'OAuth access-token refreshes of connected accounts, by outcome (ok, refused: the account expired, error).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  /** Adds a gauge whose value is read at scrape time. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: () => ReadonlyArray<readonly [Partial<Record<L, string>>, number]>,
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [labels, value] of read()) this.set(labels, value);
      },
    });
  }

  /** A counter kept elsewhere (e.g. by the process pool), exposed as it is at scrape time. */
  counter(name: string, help: string, read: () => number): void {
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
