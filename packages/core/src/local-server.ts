/**
 * Where a local Patchbay keeps the files that let the TUI, the SDK and the VS Code extension find it with no
 * copy-paste. Paths only (no I/O), so runtimes without a file system can still import core.
 */
export const defaultPort = 8787;

export interface LocalServerFiles {
  dataDir: string;
  /** The admin API key, mode 0600. */
  apiKeyFile: string;
  /** `{ "url": … }` of the server last started on this data directory. */
  serverFile: string;
}

/** `$PATCHBAY_DATA_DIR`, else `<home>/.patchbay`. */
export function localServerFiles(env: Record<string, string | undefined>, home: string): LocalServerFiles {
  const sep = home.includes('\\') && !home.includes('/') ? '\\' : '/';
  const dataDir = env.PATCHBAY_DATA_DIR ?? `${home.replace(/[\\/]+$/, '')}${sep}.patchbay`;
  return { dataDir, apiKeyFile: `${dataDir}${sep}api-key`, serverFile: `${dataDir}${sep}server.json` };
}
