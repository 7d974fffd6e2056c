import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unwrap } from '@patchbay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCustomToolkit } from '../../src/store/custom-toolkits.js';
import { type ConformanceTools, conformanceTools } from '../support/conformance.js';
import { startHeaderProxy } from '../support/header-proxy.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { everythingEntry } from '../toolkits/mcp-upstream-support.js';

/**
 * What each scenario of the suite must come to against a Patchbay server bundling server-everything. Most scenarios
 * call the suite's own fixture server's names (`test_simple_text`, `test://static-text`…), which an upstream behind
 * Patchbay does not have: those must fail only for that reason. Any other failure fails this test.
 */
const passes = new Set([
  'server-initialize',
  'logging-set-level',
  'ping',
  'completion-complete',
  'tools-list',
  'resources-list',
  'prompts-list',
  'dns-rebinding-protection',
  'server-sse-multiple-streams',
  'server-sse-polling',
]);
/** Patchbay does not declare `resources.subscribe` (it relays no upstream subscription), so -32601 is the answer. */
const unsupported = new Set(['resources-subscribe', 'resources-unsubscribe']);
const fixtureName = /is not available on this server|not found\. Available tools/;

interface Check {
  name: string;
  status: string;
  errorMessage?: string;
}

function isCheck(value: unknown): value is Check {
  return typeof value === 'object' && value !== null && 'name' in value && 'status' in value;
}

/** Runs the whole suite against `url`; answers each scenario's failed checks. */
async function runSuite(tools: ConformanceTools, url: string): Promise<Map<string, Check[]>> {
  const out = await mkdtemp(join(tmpdir(), 'pb-conformance-'));
  const child = spawn(tools.node, [tools.cli, 'server', '--url', url, '--suite', 'all', '-o', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const results = new Map<string, Check[]>();
  for (const dir of await readdir(out)) {
    const scenario = dir.replace(/^server-/, '').replace(/-\d{4}-\d\d-\d\dT.*$/, '');
    const parsed: unknown = JSON.parse(await readFile(join(out, dir, 'checks.json'), 'utf8'));
    const checks = Array.isArray(parsed) ? parsed.filter(isCheck) : [];
    results.set(
      scenario,
      checks.filter((check) => check.status === 'FAILURE'),
    );
  }
  if (results.size === 0) throw new Error(`the conformance suite produced no results: ${stderr}`);
  return results;
}

function unexplained(results: Map<string, Check[]>): string[] {
  const problems: string[] = [];
  for (const [scenario, failed] of results) {
    for (const check of failed) {
      const message = check.errorMessage ?? '';
      const explained =
        !passes.has(scenario) &&
        (unsupported.has(scenario) ? /Method not found/.test(message) : fixtureName.test(message));
      if (!explained) problems.push(`${scenario}: ${check.name}: ${message}`);
    }
  }
  return problems;
}

// One database kind: the suite exercises the MCP endpoint, not storage.
describe('MCP conformance suite against a named server bundling server-everything', () => {
  let t: TestServer;
  let tools: ConformanceTools;
  let serverUrl: string;
  const proxies: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    [t, tools] = await Promise.all([startTestServer('pglite'), conformanceTools()]);
    await insertCustomToolkit(t.running.database, t.projectId, 'everything', {
      name: 'Everything',
      description: '',
      logo: null,
      categories: [],
      kind: 'mcp_stdio',
      source: { transport: 'stdio', command: process.execPath, args: [everythingEntry], env: {} },
      timeoutMs: 20_000,
    });
    const id = (
      await unwrap(t.client.POST('/mcp/servers/custom', { body: { name: 'Conformance', toolkits: ['everything'] } }))
    ).id;
    serverUrl = `${t.url}/v3/mcp/${id}?user_id=conformance`;
  }, 300_000);
  afterAll(async () => {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await t.stop();
  });

  // The suite sends no credential, so it talks to a loopback proxy that adds the project key.
  const suite = async (query: string) => {
    const proxy = await startHeaderProxy(`${serverUrl}${query}`, { 'x-api-key': t.apiKey });
    proxies.push(proxy);
    return runSuite(tools, proxy.url);
  };

  it('stateless: every failure is a fixture name or an undeclared feature', async () => {
    const results = await suite('');
    expect(unexplained(results)).toEqual([]);
    for (const scenario of passes) expect(results.get(scenario), scenario).toEqual([]);
  }, 120_000);

  it('sessions=true: likewise', async () => {
    const results = await suite('&sessions=true');
    expect(unexplained(results)).toEqual([]);
    for (const scenario of passes) expect(results.get(scenario), scenario).toEqual([]);
  }, 120_000);
});
