// A ready-made deployment: HAProxy (Debian's package) in front of N Patchbay replicas on one PostgreSQL. Used by
// `npm run replicas` (scripts/replicas.mjs), the replica tests and `npm run bench:replicas`.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverMain = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');

const onPath = (command) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** The haproxy binary; installed from Debian's archive when missing and this is root on a Debian-like system. */
export function ensureHaproxy() {
  const found = onPath('haproxy');
  if (found !== undefined || process.getuid?.() !== 0 || onPath('apt-get') === undefined) return found;
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', 'haproxy'], { stdio: 'ignore' });
  try {
    install();
  } catch {
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      install();
    } catch {
      return undefined;
    }
  }
  return onPath('haproxy');
}

/** A port free now on 127.0.0.1 (the OS picks it; it is given to a child right away). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * HAProxy's configuration. Stateless MCP and REST requests go round-robin; a request of a session goes to the replica
 * its id names (`r2.…` in Mcp-Session-Id, or the SSE `sessionId` parameter). `/readyz` decides who gets traffic: a
 * draining replica answers 503 and is out at the next check. A request whose connection failed or got no answer at all
 * (a replica killed or closing its keep-alive connection) is sent again to another replica.
 */
export function haproxyConfig({ port, replicas, checkIntervalMs = 250, publicHost = `127.0.0.1:${port}` }) {
  const lines = [
    'global',
    '  maxconn 4000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 120s',
    '  timeout server 120s',
    '  timeout tunnel 1h',
    '  timeout check 2s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response',
    'frontend patchbay',
    `  bind 127.0.0.1:${port}`,
    // Replicas answer to their public URL's host (the Host check); a second balancer in front says so.
    ...(publicHost === `127.0.0.1:${port}` ? [] : [`  http-request set-header host ${publicHost}`]),
    '  default_backend replicas',
    'backend replicas',
    '  balance roundrobin',
    '  option httpchk',
    `  http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host ${publicHost}`,
    '  http-check expect status 200',
    `  default-server inter ${checkIntervalMs} fall 1 rise 1`,
    '  http-response set-header x-patchbay-replica %[srv_name]',
  ];
  for (const replica of replicas) {
    lines.push(`  use-server ${replica.name} if { req.hdr(mcp-session-id) -m beg ${replica.name}. }`);
    lines.push(`  use-server ${replica.name} if { url_param(sessionId) -m beg ${replica.name}. }`);
  }
  for (const replica of replicas) lines.push(`  server ${replica.name} 127.0.0.1:${replica.port} check`);
  return `${lines.join('\n')}\n`;
}

async function waitFor(check, what, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child?.exitCode !== null && child?.exitCode !== undefined)
      throw new Error(`${what}: the process exited (${child.exitCode})`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const readyOn = (url) => async () => (await fetch(`${url}/readyz`)).status === 200;

/** Resolves with the exit code (or signal) of a child once it has ended. */
const exited = (child) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode ?? child.signalCode)
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

/**
 * Starts `count` replicas (r1…rN) and HAProxy in front of them, all on `databaseUrl` with one master key and one
 * public URL (the balancer's). `dir` keeps each replica's data dir, the master key and haproxy.cfg.
 */
export async function startReplicas(options) {
  const count = options.count ?? 3;
  const haproxy = options.haproxy ?? ensureHaproxy();
  if (haproxy === undefined) throw new Error('haproxy is not installed (Debian: apt-get install haproxy)');
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const keyFile = join(options.dir, 'master.key');
  const masterKey =
    options.masterKey ??
    (await readFile(keyFile, 'utf8').then(
      (text) => text.trim(),
      async () => {
        const key = randomBytes(32).toString('base64');
        await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
        return key;
      },
    ));
  const lbPort = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${lbPort}`;
  const logs = options.logs ?? 'ignore';

  const replicas = [];
  const launch = async (index, port) => {
    const name = `r${index + 1}`;
    const dataDir = join(options.dir, name);
    const child = spawn(process.execPath, [serverMain], {
      stdio: ['ignore', logs, logs],
      env: {
        ...process.env,
        ...options.env,
        DATABASE_URL: options.databaseUrl,
        PATCHBAY_MASTER_KEY: masterKey,
        PATCHBAY_PUBLIC_URL: url,
        PATCHBAY_HOST: '127.0.0.1',
        PATCHBAY_PORT: String(port),
        PATCHBAY_DATA_DIR: dataDir,
        PATCHBAY_REPLICA_ID: name,
        PATCHBAY_LOG_FORMAT: 'json',
        PATCHBAY_LOG_LEVEL: options.logLevel ?? 'warn',
      },
    });
    const replica = {
      name,
      port,
      url: `http://127.0.0.1:${port}`,
      dataDir,
      child,
      exited: exited(child),
      /** Sends a signal and waits for the exit. */
      async stop(signal = 'SIGTERM') {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        return replica.exited;
      },
    };
    replicas[index] = replica;
    await waitFor(readyOn(replica.url), `replica ${name}`, options.startTimeoutMs ?? 60_000, child);
    return replica;
  };
  const ports = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  let lb;
  try {
    // The first replica migrates the database and makes the first project; the others then start together.
    await launch(0, ports[0]);
    await Promise.all(ports.slice(1).map((port, i) => launch(i + 1, port)));
    const config = join(options.dir, 'haproxy.cfg');
    await writeFile(config, haproxyConfig({ port: lbPort, replicas, checkIntervalMs: options.checkIntervalMs }));
    lb = spawn(haproxy, ['-f', config, '-db', ...(process.env.HADEBUG ? ['-d'] : [])], {
      stdio: ['ignore', logs, logs],
    });
    const lbExited = exited(lb);
    await waitFor(readyOn(url), 'haproxy', 10_000, lb);
    const apiKey = (await readFile(join(replicas[0].dataDir, 'api-key'), 'utf8').catch(() => '')).trim();
    return {
      url,
      apiKey: apiKey || undefined,
      masterKey,
      replicas,
      haproxy: lb,
      async stop() {
        await Promise.all(replicas.map((replica) => replica.stop('SIGTERM')));
        if (lb.exitCode === null && lb.signalCode === null) lb.kill('SIGTERM');
        await lbExited;
      },
    };
  } catch (error) {
    for (const replica of replicas) replica?.child.kill('SIGKILL');
    lb?.kill('SIGKILL');
    throw error;
  }
}
