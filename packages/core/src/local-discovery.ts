// Finding the local server from its environment and the files it wrote: Node-only (reads the disk). Its own module
// so that node.ts re-exports it and setup/ uses it without the two importing each other.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { PatchbayError } from './errors.js';
import { defaultPort, localServerFiles } from './local-server.js';

export interface LocalServer {
  baseUrl: string;
  apiKey: string;
  source: string;
}

/**
 * Finds the server and key to use: `PATCHBAY_BASE_URL`/`PATCHBAY_API_KEY`, then the files a local server wrote in
 * its data directory, then the default address. Throws a PatchbayError saying what to do when no key is found.
 */
export async function discoverLocalServer(
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): Promise<LocalServer> {
  const files = localServerFiles(env, home);
  let baseUrl = env.PATCHBAY_BASE_URL;
  let source = 'PATCHBAY_BASE_URL';
  if (baseUrl === undefined) {
    const written = await readFile(files.serverFile, 'utf8').catch(() => undefined);
    const url = written === undefined ? undefined : readUrl(written);
    baseUrl = url ?? `http://127.0.0.1:${defaultPort}`;
    source = url ? files.serverFile : 'the default address';
  }
  const apiKey = env.PATCHBAY_API_KEY ?? (await readFile(files.apiKeyFile, 'utf8').catch(() => undefined))?.trim();
  if (apiKey === undefined || apiKey === '') {
    throw new PatchbayError({
      status: 0,
      slug: 'no_api_key',
      message: `No Patchbay API key: PATCHBAY_API_KEY is not set and ${files.apiKeyFile} does not exist.`,
      suggestedFix: 'Start a local server with `npm start` (it writes the key file), or set PATCHBAY_API_KEY.',
    });
  }
  return { baseUrl, apiKey, source };
}

function readUrl(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'url' in parsed && typeof parsed.url === 'string') {
      return parsed.url;
    }
  } catch {
    // A torn or foreign file is the same as none.
  }
  return undefined;
}
