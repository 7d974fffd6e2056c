import { createHash } from 'node:crypto';

/**
 * How Patchbay reaches one upstream MCP server registered as a toolkit. Everything here is configuration the
 * developer wrote and may be stored or shown; secrets never live in it: they come from the user's connected
 * account at call time (`perUserEnv`, `perUserHeaders`).
 */
interface UpstreamDefinitionBase {
  /** The toolkit slug; tools are exposed as `SLUG_TOOL`. */
  slug: string;
  /** The project that registered it: its processes and connections are never shared with another project's. */
  projectId?: string | undefined;
  /**
   * Where each per-user name (`perUserEnv` / `perUserHeaders` entry) takes its value from in the connected account's
   * credentials. Names without a mapping read the credential field of the same name.
   */
  credentialFields?: Readonly<Record<string, string>> | undefined;
  /** The longest a start or a call may take, in ms (the call's own time limit applies too: the smaller wins). */
  timeoutMs?: number | undefined;
}

export interface StdioUpstreamDefinition extends UpstreamDefinitionBase {
  transport: 'stdio';
  command: string;
  args?: readonly string[] | undefined;
  /** Non-secret environment; the child also gets the SDK's safe defaults (HOME, PATH, …), never Patchbay's env. */
  env?: Readonly<Record<string, string>> | undefined;
  /** Environment variable names filled from the user's credentials. */
  perUserEnv?: readonly string[] | undefined;
  cwd?: string | undefined;
}

export interface RemoteUpstreamDefinition extends UpstreamDefinitionBase {
  transport: 'streamable_http' | 'sse';
  url: string;
  /** Non-secret headers sent on every request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Header names filled from the user's credentials (e.g. `Authorization`). */
  perUserHeaders?: readonly string[] | undefined;
}

export type UpstreamDefinition = StdioUpstreamDefinition | RemoteUpstreamDefinition;

export const defaultUpstreamTimeoutMs = 60_000;

/** The names a definition fills from credentials; empty means the toolkit needs no connected account. */
export function perUserNames(definition: UpstreamDefinition): readonly string[] {
  return (definition.transport === 'stdio' ? definition.perUserEnv : definition.perUserHeaders) ?? [];
}

export type PerUserValues = { ok: true; values: Record<string, string> } | { ok: false; missing: string[] };

/** Fills the per-user names from a connected account's credentials, or says which credential fields are missing. */
export function resolvePerUserValues(
  definition: UpstreamDefinition,
  credentials: Readonly<Record<string, string>> | undefined,
): PerUserValues {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of perUserNames(definition)) {
    const field = definition.credentialFields?.[name] ?? name;
    const value = credentials?.[field];
    if (value === undefined || value === '') missing.push(field);
    else values[name] = value;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, values };
}

/**
 * A short digest of per-user values, part of the pool key: when a user reconnects with a new secret the next call
 * gets a fresh process or client instead of one holding the old secret. Only the digest is kept, never the values.
 */
export function fingerprint(values: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(values).sort()) hash.update(`${name}\u0000${values[name] ?? ''}\u0000`);
  return hash.digest('hex').slice(0, 16);
}

/** Rejects definitions that could never work, at registration rather than at the first call. */
export function validateDefinition(definition: UpstreamDefinition): string[] {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(definition.slug)) problems.push('slug must be 1-64 characters of [A-Za-z0-9_-]');
  const timeout = definition.timeoutMs;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    problems.push('timeoutMs must be a positive number');
  }
  if (definition.transport === 'stdio') {
    if (definition.command.trim() === '') problems.push('command must not be empty');
  } else {
    let url: URL | undefined;
    try {
      url = new URL(definition.url);
    } catch {
      problems.push(`url is not a valid URL`);
    }
    if (url && url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('url must be http or https');
  }
  return problems;
}
