import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultPort, localServerFiles } from '@patchbay/core';
import { z } from 'zod';
import { oauthOptionsFromEnv } from '../oauth/env-options.js';
import type { OAuthOptions } from '../oauth/options.js';
import { type StdioPolicy, stdioRegistrationModes } from '../toolkits/stdio-policy.js';
import { type LogLevel, logLevels } from '../util/logger.js';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Undefined means `http://<host>:<port>` once the port is known (it may be 0 until listening). */
  publicUrl: string | undefined;
  logLevel: LogLevel;
  allowedOrigins: string[];
  stdio: StdioPolicy;
  sandbox: 'auto' | 'off';
  /** Names this replica in MCP session ids (PATCHBAY_REPLICA_ID), so a load balancer can route sessions. */
  replicaId: string | undefined;
  /** The MCP URLs' authorization server (PATCHBAY_OIDC_*, PATCHBAY_OAUTH_*). */
  oauth: OAuthOptions;
}

const origin = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) origin' })
  .transform((u) => new URL(u).origin);

const schema = z.object({
  host: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9.:_-]+$/, { message: 'must be a host name or IP address' }),
  port: z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number from 0 to 65535' })
    .transform(Number)
    .pipe(z.number().int().min(0, { message: 'must be 0-65535' }).max(65535, { message: 'must be 0-65535' })),
  dataDir: z.string().min(1, { message: 'must not be empty' }),
  databaseUrl: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  publicUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  logLevel: z.enum(logLevels, { message: `must be one of ${logLevels.join(', ')}` }),
  allowedOrigins: z
    .string()
    .transform((raw) =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(origin)),
  stdioToolkits: z.enum(stdioRegistrationModes, { message: `must be one of ${stdioRegistrationModes.join(', ')}` }),
  sandbox: z.enum(['auto', 'off'], { message: 'must be auto or off' }),
  replicaId: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, { message: 'must be 1-32 lower-case letters, digits or dashes' })
    .optional(),
  stdioCommands: z.string().transform((raw) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ),
});

const fieldNames: Record<string, string> = {
  host: '--host / PATCHBAY_HOST',
  port: '--port / PATCHBAY_PORT',
  dataDir: '--data-dir / PATCHBAY_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  publicUrl: '--public-url / PATCHBAY_PUBLIC_URL',
  logLevel: '--log-level / PATCHBAY_LOG_LEVEL',
  allowedOrigins: '--allowed-origins / PATCHBAY_ALLOWED_ORIGINS',
  stdioToolkits: 'PATCHBAY_STDIO_TOOLKITS',
  stdioCommands: 'PATCHBAY_STDIO_COMMANDS',
  sandbox: 'PATCHBAY_SANDBOX',
  replicaId: 'PATCHBAY_REPLICA_ID',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Flags win over environment variables, which win over defaults; every bad value is named in one error. */
export function loadConfig(argv: string[], env: Record<string, string | undefined>, home = homedir()): ServerConfig {
  let flags: Record<string, string | boolean | undefined>;
  try {
    flags = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'public-url': { type: 'string' },
        'log-level': { type: 'string' },
        'allowed-origins': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new ConfigError([error instanceof Error ? error.message : String(error)]);
  }
  const flag = (name: string) => {
    const value = flags[name];
    return typeof value === 'string' ? value : undefined;
  };
  const empty = (v: string | undefined) => (v === '' ? undefined : v);
  const raw = {
    host: flag('host') ?? empty(env.PATCHBAY_HOST) ?? '127.0.0.1',
    port: flag('port') ?? empty(env.PATCHBAY_PORT) ?? String(defaultPort),
    dataDir: flag('data-dir') ?? localServerFiles(env, home).dataDir,
    databaseUrl: empty(env.DATABASE_URL),
    publicUrl: flag('public-url') ?? empty(env.PATCHBAY_PUBLIC_URL),
    logLevel: flag('log-level') ?? empty(env.PATCHBAY_LOG_LEVEL) ?? 'info',
    allowedOrigins: flag('allowed-origins') ?? env.PATCHBAY_ALLOWED_ORIGINS ?? '',
    stdioToolkits: empty(env.PATCHBAY_STDIO_TOOLKITS) ?? 'operator',
    stdioCommands: env.PATCHBAY_STDIO_COMMANDS ?? '',
    sandbox: empty(env.PATCHBAY_SANDBOX) ?? 'auto',
    replicaId: empty(env.PATCHBAY_REPLICA_ID),
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const field = fieldNames[key] ?? key;
        const shown = key === 'databaseUrl' ? '(hidden)' : JSON.stringify(Reflect.get(raw, key));
        return `${field}: ${issue.message} (got ${shown})`;
      }),
    );
  }
  const oauth = oauthOptionsFromEnv(env);
  if (Array.isArray(oauth)) throw new ConfigError(oauth);
  const { stdioToolkits, stdioCommands, ...rest } = parsed.data;
  return {
    oauth,
    ...rest,
    databaseUrl: rest.databaseUrl,
    publicUrl: rest.publicUrl,
    replicaId: rest.replicaId,
    stdio: { register: stdioToolkits, commands: stdioCommands },
  };
}
