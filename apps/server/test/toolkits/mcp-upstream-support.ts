import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { ToolCallContext, ToolResult } from '../../src/toolkits/runtime.js';

/** Silent unless PATCHBAY_TEST_LOG=debug (or another level) is set. */
export const logger = pino({ level: process.env.PATCHBAY_TEST_LOG ?? 'silent' });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JS entry of an installed MCP server package (its `bin`), run with this Node: no npx, no network. */
export function serverEntry(packageName: string): string {
  const manifestUrl = new URL(`../../node_modules/${packageName}/package.json`, import.meta.url);
  const manifest: unknown = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  const bin = isRecord(manifest) ? manifest.bin : undefined;
  const relative =
    typeof bin === 'string' ? bin : isRecord(bin) ? Object.values(bin).find((v) => typeof v === 'string') : undefined;
  if (typeof relative !== 'string') throw new Error(`${packageName} has no bin`);
  return fileURLToPath(new URL(relative, manifestUrl));
}

export const everythingEntry = serverEntry('@modelcontextprotocol/server-everything');
export const memoryEntry = serverEntry('@modelcontextprotocol/server-memory');

export function context(userId: string, extra: Partial<ToolCallContext> = {}): ToolCallContext {
  return { projectId: 'proj_test', userId, signal: new AbortController().signal, timeoutMs: 30_000, ...extra };
}

export function textOf(result: ToolResult): string {
  return result.content.map((block) => (block.type === 'text' ? block.text : `[${block.type}]`)).join('\n');
}

/** Polls `check` until it returns true, failing with `what` after `timeoutMs`. Never a fixed sleep. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(25);
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface HttpUpstream {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** server-everything in its `streamableHttp` (serves /mcp) or `sse` (serves /sse) mode on a loopback port. */
export async function startHttpEverything(mode: 'streamableHttp' | 'sse', port?: number): Promise<HttpUpstream> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [everythingEntry, mode], {
    env: { PATH: process.env.PATH ?? '', PORT: String(chosen) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(`server-everything ${mode} to listen on ${chosen}`, () => {
    if (child.exitCode !== null) throw new Error(`server-everything exited: ${output}`);
    return /listening on port|running on port/i.test(output);
  });
  return {
    port: chosen,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
