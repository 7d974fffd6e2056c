import { PatchbayError } from '../errors.js';
import { discoverLocalServer } from '../local-discovery.js';
import { localServerFiles } from '../local-server.js';
import type { SetupClient } from '../setup-command.js';
import { clientConfigPath, clientSpecs, type SetupScope } from './clients.js';
import { secretRedactor, unifiedDiff } from './diff.js';
import {
  buildEntry,
  checkEntryName,
  checkServerUrl,
  defaultEntryName,
  type JsonObject,
  vscodeInputId,
} from './entry.js';
import { configError, SetupUsageError } from './errors.js';
import { type LockOptions, withFileLock } from './lock.js';
import { deleteEntry, parseConfig, serializeConfig, setEntry } from './merge.js';
import { currentEnvironment, type SetupEnvironment } from './paths.js';
import { assertWritable, type FileSnapshot, readSnapshot, replaceFile, writeFailure } from './write.js';

export interface SetupTarget {
  client: SetupClient;
  scope?: SetupScope | undefined;
  /** Overrides for paths (home, env, platform, project folder); defaults to this process. */
  environment?: Partial<SetupEnvironment> | undefined;
  lock?: LockOptions | undefined;
}

export interface SetupOptions extends SetupTarget {
  url: string;
  /** Defaults to `defaultEntryName(url)`. */
  name?: string | undefined;
  /** Header name → value. Empty or absent: the local server's API key as `x-api-key`. */
  headers?: Record<string, string> | undefined;
  /** VS Code only: store an `inputs` prompt instead of the key. */
  promptSecret?: boolean | undefined;
}

export interface SetupPlan {
  client: SetupClient;
  label: string;
  scope: SetupScope;
  path: string;
  name: string;
  entry: JsonObject;
  /** Where the credential came from: `--header`, `PATCHBAY_API_KEY`, the key file's path, or `prompt`. */
  credentialSource: string;
  /** False when the file already holds exactly this entry. */
  changed: boolean;
  created: boolean;
  replaced: boolean;
  before: string | undefined;
  after: string;
  /** Unified diff with secrets masked. */
  diff: string;
}

export interface SetupResult extends SetupPlan {
  backupPath: string | undefined;
}

const retries = 5;

async function credentials(options: SetupOptions, environment: SetupEnvironment) {
  if (options.promptSecret) return { headers: {}, source: 'prompt' };
  if (options.headers !== undefined && Object.keys(options.headers).length > 0) {
    return { headers: options.headers, source: '--header' };
  }
  try {
    const local = await discoverLocalServer(environment.env, environment.home);
    const source =
      environment.env.PATCHBAY_API_KEY !== undefined
        ? 'PATCHBAY_API_KEY'
        : localServerFiles(environment.env, environment.home).apiKeyFile;
    return { headers: { 'x-api-key': local.apiKey }, source };
  } catch (error) {
    if (!(error instanceof PatchbayError)) throw error;
    throw new PatchbayError(
      {
        status: 0,
        slug: error.slug,
        message: error.message,
        suggestedFix: `Pass --header x-api-key:<key>, set PATCHBAY_API_KEY, or start a local Patchbay server (it writes the key file).`,
      },
      { cause: error },
    );
  }
}

function scopeOf(target: SetupTarget): SetupScope {
  return target.scope ?? 'user';
}

function targetPath(target: SetupTarget, environment: SetupEnvironment): string {
  return clientConfigPath(target.client, scopeOf(target), environment);
}

async function prepare(options: SetupOptions) {
  const environment = currentEnvironment(options.environment);
  const url = checkServerUrl(options.url);
  const name = checkEntryName(options.name ?? defaultEntryName(url));
  if (options.promptSecret && options.headers !== undefined && Object.keys(options.headers).length > 0) {
    throw new SetupUsageError('--prompt-secret and --header cannot be used together.', 'Drop one of them.');
  }
  const path = targetPath(options, environment);
  const { headers, source } = await credentials(options, environment);
  const built = buildEntry({ client: options.client, url, name, headers, promptSecret: options.promptSecret });
  return { path, name, source, built };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

function plan(options: SetupOptions, prepared: Prepared, snapshot: FileSnapshot): SetupPlan {
  const spec = clientSpecs[options.client];
  const { path, name, built } = prepared;
  const parsed = parseConfig(snapshot.text, path);
  const merged = setEntry(
    parsed.doc,
    { serversKey: spec.serversKey, name, entry: built.entry, inputs: built.inputs },
    path,
  );
  const after = serializeConfig(merged.doc, parsed.style);
  return {
    client: options.client,
    label: spec.label,
    scope: scopeOf(options),
    path,
    name,
    entry: built.entry,
    credentialSource: prepared.source,
    changed: after !== snapshot.text,
    created: snapshot.text === undefined,
    replaced: merged.replaced,
    before: snapshot.text,
    after,
    diff: unifiedDiff(snapshot.text, after, { fromLabel: path, toLabel: path, redact: secretRedactor(built.secrets) }),
  };
}

/** What `applySetup` would write, without writing (for `--dry-run`). Fails like `applySetup` on a bad file. */
export async function planSetup(options: SetupOptions): Promise<SetupPlan> {
  const prepared = await prepare(options);
  const snapshot = await readSnapshot(prepared.path);
  const next = plan(options, prepared, snapshot);
  if (next.changed) await assertWritable(prepared.path, snapshot);
  return next;
}

/**
 * Writes (or replaces) one entry in a client's config, keeping everything else in the file. Safe against other
 * `patchbay setup` runs (a lock) and against the client rewriting the file meanwhile (compare before rename).
 */
export async function applySetup(options: SetupOptions): Promise<SetupResult> {
  const prepared = await prepare(options);
  const holdsSecret = prepared.built.secrets.length > 0;
  return withFileLock(
    prepared.path,
    async () => {
      for (let attempt = 0; attempt < retries; attempt++) {
        const snapshot = await readSnapshot(prepared.path);
        const next = plan(options, prepared, snapshot);
        if (!next.changed) return { ...next, backupPath: undefined };
        await assertWritable(prepared.path, snapshot);
        const written = await replaceFile(snapshot, next.after, {
          expected: snapshot.text,
          newFileMode: holdsSecret ? 0o600 : 0o644,
          backupPath: `${snapshot.target}.bak`,
        });
        if (written.status === 'written') return { ...next, backupPath: written.backupPath };
      }
      throw busy(prepared.path);
    },
    options.lock,
  ).catch((error: unknown) => {
    throw writeFailure(prepared.path, error);
  });
}

function busy(path: string): PatchbayError {
  return configError(
    'config_busy',
    `${path} kept changing while Patchbay was writing it.`,
    'Quit the client that keeps rewriting it, then run again.',
  );
}

export interface RemoveOptions extends SetupTarget {
  name: string;
  dryRun?: boolean | undefined;
}

export interface RemoveResult {
  client: SetupClient;
  label: string;
  scope: SetupScope;
  path: string;
  name: string;
  removed: boolean;
  backupPath: string | undefined;
  diff: string;
}

/** Removes one entry (and its VS Code input), keeping the rest of the file; `removed` is false when absent. */
export async function removeSetup(options: RemoveOptions): Promise<RemoveResult> {
  const environment = currentEnvironment(options.environment);
  const name = checkEntryName(options.name);
  const path = targetPath(options, environment);
  const spec = clientSpecs[options.client];
  const base = { client: options.client, label: spec.label, scope: scopeOf(options), path, name };
  const run = async (): Promise<RemoveResult> => {
    for (let attempt = 0; attempt < retries; attempt++) {
      const snapshot = await readSnapshot(path);
      if (snapshot.text === undefined) return { ...base, removed: false, backupPath: undefined, diff: '' };
      const parsed = parseConfig(snapshot.text, path);
      const inputIds = options.client === 'vscode' ? [vscodeInputId(name)] : [];
      const result = deleteEntry(parsed.doc, { serversKey: spec.serversKey, name, inputIds }, path);
      if (!result.removed) return { ...base, removed: false, backupPath: undefined, diff: '' };
      const after = serializeConfig(result.doc, parsed.style);
      const diff = unifiedDiff(snapshot.text, after, { fromLabel: path, toLabel: path, redact: secretRedactor([]) });
      if (options.dryRun) return { ...base, removed: true, backupPath: undefined, diff };
      await assertWritable(path, snapshot);
      const written = await replaceFile(snapshot, after, {
        expected: snapshot.text,
        newFileMode: 0o600,
        backupPath: `${snapshot.target}.bak`,
      });
      if (written.status === 'written') return { ...base, removed: true, backupPath: written.backupPath, diff };
    }
    throw busy(path);
  };
  // No lock (which would create the client's folders) when there is nothing to remove from.
  if (options.dryRun || (await readSnapshot(path)).text === undefined) return run();
  return withFileLock(path, run, options.lock).catch((error: unknown) => {
    throw writeFailure(path, error);
  });
}
