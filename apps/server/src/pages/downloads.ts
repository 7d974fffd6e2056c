import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadUrl } from '@patchbay/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { apiError } from '../http/errors.js';

// The server serves its own CLI and SDK as self-contained npm tarballs (packed by apps/tui and apps/sdk at build
// time), so every command it prints installs from the server that printed it, never from a registry where anyone
// could hold the name.

export type DownloadKind = 'cli' | 'sdk';

const patterns: Record<DownloadKind, RegExp> = {
  cli: /^patchbay-cli-\d+\.\d+\.\d+[A-Za-z0-9.-]*\.tgz$/,
  sdk: /^patchbay-sdk-\d+\.\d+\.\d+[A-Za-z0-9.-]*\.tgz$/,
};
/** What a command names when nothing is packed yet; its route then answers how to pack it. */
const placeholder: Record<DownloadKind, string> = { cli: 'patchbay-cli.tgz', sdk: 'patchbay-sdk.tgz' };

export interface Downloads {
  /** The packed file of this kind, or undefined when none is in the folders. */
  file(kind: DownloadKind): { name: string; path: string } | undefined;
  /** Its public URL under `publicUrl` (a placeholder name when nothing is packed). */
  url(publicUrl: string, kind: DownloadKind): string;
}

/** The checkout's `apps/tui/pack` and `apps/sdk/pack`, beside this server package (its src/ or dist/ alike). */
export function defaultDownloadDirs(): string[] {
  const apps = fileURLToPath(new URL('../../../', import.meta.url));
  return [join(apps, 'tui', 'pack'), join(apps, 'sdk', 'pack')];
}

function scan(dirs: readonly string[], kind: DownloadKind) {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    // The highest version when several are packed (a rebuild after a version bump leaves the old one).
    const name = names
      .filter((n) => patterns[kind].test(n))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .pop();
    if (name !== undefined) return { name, path: join(dir, name) };
  }
  return undefined;
}

/** Looks in `dirs` on each ask (a folder listing), so a pack made after the server started is found. */
export function clientDownloads(dirs: readonly string[]): Downloads {
  const file = (kind: DownloadKind) => scan(dirs, kind);
  return {
    file,
    url: (publicUrl, kind) => downloadUrl(publicUrl, kind, file(kind)?.name ?? placeholder[kind]),
  };
}

const howToPack: Record<DownloadKind, string> = {
  cli: 'Build the CLI in the Patchbay checkout (`npm start` does; or `npx pnpm@10.34.8 --filter @patchbay/cli build`).',
  sdk: 'Build the SDK in the Patchbay checkout (`npm start` does; or `npx pnpm@10.34.8 --filter @patchbay/sdk build`).',
};

/** `GET /cli/<file>` and `GET /sdk/<file>`: public (they hold no secret), immutable per file name. */
export function downloadRoutes(downloads: Downloads): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const kind of ['cli', 'sdk'] as const) {
    app.get(`/${kind}/:file`, (c) => {
      const found = downloads.file(kind);
      if (found === undefined) {
        throw apiError(404, `No ${kind === 'cli' ? 'CLI' : 'SDK'} package is packed on this server.`, howToPack[kind]);
      }
      if (c.req.param('file') !== found.name) {
        throw apiError(404, `No file ${c.req.param('file')} here.`, `This server serves /${kind}/${found.name}.`);
      }
      const body = readFileSync(found.path);
      return c.body(body, 200, { 'content-type': 'application/gzip', 'cache-control': 'no-cache' });
    });
  }
  return app;
}
