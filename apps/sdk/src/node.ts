// The Node-only entry: finds the local server's address and key on disk (core's discoverLocalServer).
import { PatchbayError } from '@patchbay/core';
import { discoverLocalServer } from '@patchbay/core/node';
import type { PatchbayOptions } from './options.js';
import { Patchbay as BasePatchbay } from './patchbay.js';

export type LocalOptions = Omit<PatchbayOptions, 'apiKey' | 'baseURL'> & {
  /** Default: process.env (PATCHBAY_API_KEY, PATCHBAY_BASE_URL, PATCHBAY_DATA_DIR). */
  env?: Record<string, string | undefined> | undefined;
  /** Default: the user's home directory (where `.patchbay/` lives). */
  home?: string | undefined;
};

/**
 * A Patchbay for the server on this machine: PATCHBAY_BASE_URL/PATCHBAY_API_KEY when set, else the key file and
 * server.json a local server writes in its data directory (`$PATCHBAY_DATA_DIR` or `~/.patchbay`).
 */
export async function createLocalPatchbay(options: LocalOptions = {}): Promise<Patchbay> {
  const { env, home, ...rest } = options;
  try {
    const local = await discoverLocalServer(env, home);
    return new Patchbay({ ...rest, apiKey: local.apiKey, baseURL: local.baseUrl });
  } catch (error) {
    if (error instanceof PatchbayError) throw error;
    throw new PatchbayError(
      { status: 0, slug: 'no_local_server', message: `Could not read the local server's files: ${String(error)}` },
      { cause: error },
    );
  }
}

/** The main entry's Patchbay, plus `Patchbay.fromLocal()`. */
export class Patchbay extends BasePatchbay {
  static fromLocal(options: LocalOptions = {}): Promise<Patchbay> {
    return createLocalPatchbay(options);
  }
}
