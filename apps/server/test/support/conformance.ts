import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { npmEnv } from '../../../../scripts/npm-env.mjs';

/** The suite's pinned version: a new one adds scenarios, which the test's table must then explain. */
export const conformanceVersion = '0.1.16';
/** The suite needs Node 22; this one comes from the npm registry as a package when the running Node is older. */
const nodeVersion = '22.23.5';

const cacheDir = fileURLToPath(new URL('../../../../node_modules/.cache/mcp-conformance/', import.meta.url));

export interface ConformanceTools {
  node: string;
  cli: string;
}

function nodePackage(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}`;
}

/**
 * The conformance CLI and a Node that runs it, installed once into node_modules/.cache by npm (the registry is the
 * only source): the project's own way to get them, so a fresh clone's `npm test` needs nothing installed by hand.
 */
export async function conformanceTools(): Promise<ConformanceTools> {
  const ownNodeFits = Number(process.versions.node.split('.')[0]) >= 22;
  const cli = `${cacheDir}node_modules/@modelcontextprotocol/conformance/dist/index.js`;
  const node = ownNodeFits ? process.execPath : `${cacheDir}node_modules/${nodePackage()}/bin/node`;
  if (!existsSync(cli) || !existsSync(node)) {
    await mkdir(cacheDir, { recursive: true });
    const packages = [`@modelcontextprotocol/conformance@${conformanceVersion}`];
    if (!ownNodeFits) packages.push(`${nodePackage()}@${nodeVersion}`);
    // Bounded below the test's 300 s hook, so a registry that cannot be reached shows npm's own error, not a timeout.
    await promisify(execFile)(
      'npm',
      ['install', '--prefix', cacheDir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...packages],
      { env: npmEnv({ npm_config_yes: 'true' }), timeout: 240_000 },
    ).catch((error: unknown) => {
      const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr).trim().slice(-1500) : '';
      throw new Error(
        `npm could not install ${packages.join(' ')} into ${cacheDir}: ${stderr || String(error)}\n` +
          'Check that the npm registry is reachable from here (a proxy or TLS-intercepting CA: HTTPS_PROXY, ' +
          'NODE_EXTRA_CA_CERTS), then run the tests again.',
        { cause: error },
      );
    });
  }
  return { node, cli };
}
