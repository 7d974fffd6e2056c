import { Readable } from 'node:stream';
import { unwrap } from '@patchbay/core';
import { getMetricsFromStream, type PromMetrics } from 'prom2javascript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMcp } from '../mcp/connect.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';

const token = 'metrics-token-for-tests';

const hasLabels = (m: unknown): m is { labels: Record<string, string> } =>
  typeof m === 'object' && m !== null && 'labels' in m && typeof m.labels === 'object' && m.labels !== null;

describe.each(databaseKinds)('/metrics on %s', (kind) => {
  let t: TestServer;
  let serverId: string;
  const scrape = async () => {
    const response = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return getMetricsFromStream(Readable.from([await response.text()]));
  };
  const family = (families: PromMetrics, name: string) => {
    const found = families[name];
    if (found === undefined) throw new Error(`no ${name} in the scrape`);
    return found;
  };
  /** The one series of `name` whose labels include `labels`: its count (histograms) or value. */
  const sample = (families: PromMetrics, name: string, labels: Record<string, string>) => {
    const series: unknown[] = family(families, name).data;
    const found = series.find((m) => hasLabels(m) && Object.entries(labels).every(([k, v]) => m.labels[k] === v));
    if (found === undefined) return undefined;
    if (typeof found === 'object' && found !== null && 'count' in found) return Number(found.count);
    return typeof found === 'object' && found !== null && 'value' in found ? Number(found.value) : undefined;
  };

  beforeAll(async () => {
    t = await startTestServer(kind, { env: { PATCHBAY_METRICS_TOKEN: token } });
    serverId = (await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Metered', toolkits: ['notes'] } })))
      .id;
  });
  afterAll(async () => t.stop());

  it('refuses a scrape without the metrics token, and with a project key', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${t.apiKey}` } })).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { 'x-api-key': t.apiKey } })).status).toBe(401);
  });

  it('counts a known set of MCP calls and HTTP requests exactly', async () => {
    const before = await scrape();
    expect(before.mcp_server_operation_duration_seconds?.data ?? []).toEqual([]);
    const client = await connectMcp(`${t.url}/v3/mcp/${serverId}?user_id=ana`, { 'x-api-key': t.apiKey });
    await client.listTools();
    for (let i = 0; i < 3; i++) await client.callTool({ name: 'NOTES_SET', arguments: { key: `k${i}`, value: 'v' } });
    // A missing note is a tool error (isError), not a protocol error.
    const missing = await client.callTool({ name: 'NOTES_GET', arguments: { key: 'absent' } });
    expect(missing.isError).toBe(true);
    await expect(client.callTool({ name: 'NOTES_SET', arguments: { key: 7 } })).resolves.toMatchObject({});
    await client.close();

    const after = await scrape();
    const op = (labels: Record<string, string>) => sample(after, 'mcp_server_operation_duration_seconds', labels) ?? 0;
    expect(op({ mcp_method_name: 'initialize', error_type: '' })).toBe(1);
    expect(op({ mcp_method_name: 'tools/list', error_type: '' })).toBe(1);
    expect(op({ mcp_method_name: 'tools/call', gen_ai_tool_name: 'NOTES_SET', error_type: '' })).toBe(3);
    expect(op({ mcp_method_name: 'tools/call', gen_ai_tool_name: 'NOTES_GET', error_type: 'tool_error' })).toBe(1);
    const histogram = family(after, 'mcp_server_operation_duration_seconds');
    expect(histogram.type).toBe('histogram');
    const series = histogram.data.filter((m) => 'buckets' in m);
    // initialize, tools/list, 3 + 1 calls, and the call with bad arguments.
    expect(series.reduce((n, m) => n + (m.count ?? 0), 0)).toBe(7);
    for (const m of series) expect(m.buckets['+Inf']).toBe(m.count);

    // Every MCP message was one POST to the route template (the initialized notification too), never the id.
    const posts = sample(after, 'http_server_request_duration_seconds', {
      http_request_method: 'POST',
      http_route: '/v3/mcp/:serverId',
    });
    expect(posts).toBeGreaterThanOrEqual(7);
    const text = JSON.stringify(after);
    expect(text).not.toContain(serverId);
    expect(text).not.toContain('"ana"');
    expect(text).not.toContain(t.projectId);
  });

  it('counts REST requests by route template and status, and times database statements', async () => {
    const before = await scrape();
    const count = (families: typeof before, status: string) =>
      sample(families, 'http_server_request_duration_seconds', {
        http_request_method: 'GET',
        http_route: '/api/v3/mcp/:id',
        http_response_status_code: status,
      }) ?? 0;
    await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: serverId } } }));
    await unwrap(t.client.GET('/mcp/{id}', { params: { path: { id: serverId } } }));
    const missing = await t.client.GET('/mcp/{id}', { params: { path: { id: 'nope' } } });
    const refused = String(missing.response.status);
    expect(refused).toMatch(/^4/);
    const after = await scrape();
    expect(count(after, '200') - count(before, '200')).toBe(2);
    expect(count(after, refused) - count(before, refused)).toBe(1);
    expect(sample(after, 'db_client_operation_duration_seconds', { db_operation_name: 'SELECT' })).toBeGreaterThan(0);
    expect(sample(after, 'patchbay_mcp_sessions_open', { transport: 'sse' })).toBe(0);
    expect(sample(after, 'patchbay_upstream_processes', { state: 'ready' })).toBe(0);
    if (kind === 'postgres') expect(sample(after, 'db_client_connection_max', {})).toBe(10);
  });
});
