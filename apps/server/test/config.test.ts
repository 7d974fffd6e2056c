import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/boot/config.js';
import { runMain } from './support/process.js';

describe('configuration', () => {
  it('defaults to 127.0.0.1:8787 and ~/.patchbay', () => {
    expect(loadConfig([], {}, '/home/ada')).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dataDir: '/home/ada/.patchbay',
      databaseUrl: undefined,
      publicUrl: undefined,
      logLevel: 'info',
      allowedOrigins: [],
      stdio: { register: 'operator', commands: [] },
      sandbox: 'auto',
      oauth: {},
    });
  });

  it("reads the authorization server's identity provider and clients, and refuses half a provider", () => {
    const env = {
      PATCHBAY_OIDC_ISSUER: 'https://id.example.com',
      PATCHBAY_OIDC_CLIENT_ID: 'patchbay',
      PATCHBAY_OIDC_CLIENT_SECRET: 'a-secret',
      PATCHBAY_OIDC_USER_CLAIM: 'email',
      PATCHBAY_OAUTH_CLIENTS: JSON.stringify([{ client_id: 'desk', redirect_uris: ['http://127.0.0.1/cb'] }]),
    };
    expect(loadConfig([], env, '/h').oauth).toEqual({
      oidc: { issuer: 'https://id.example.com', clientId: 'patchbay', clientSecret: 'a-secret', userClaim: 'email' },
      clients: [{ client_id: 'desk', redirect_uris: ['http://127.0.0.1/cb'] }],
    });
    expect(() => loadConfig([], { PATCHBAY_OIDC_ISSUER: 'https://id.example.com' }, '/h')).toThrow(/set all three/);
    expect(() => loadConfig([], { PATCHBAY_OAUTH_CLIENTS: '[{}]' }, '/h')).toThrow(/PATCHBAY_OAUTH_CLIENTS/);
  });

  it('reads who may register stdio toolkits, and refuses a mode it does not know', () => {
    const env = { PATCHBAY_STDIO_TOOLKITS: 'allowlist', PATCHBAY_STDIO_COMMANDS: 'npx, /usr/bin/uvx ,' };
    expect(loadConfig([], env, '/h').stdio).toEqual({ register: 'allowlist', commands: ['npx', '/usr/bin/uvx'] });
    expect(() => loadConfig([], { PATCHBAY_STDIO_TOOLKITS: 'everyone' }, '/h')).toThrow(
      /PATCHBAY_STDIO_TOOLKITS: must be one of operator, allowlist, any, off \(got "everyone"\)/,
    );
  });

  it('reads the environment, and flags win over it', () => {
    const env = {
      PATCHBAY_HOST: '0.0.0.0',
      PATCHBAY_PORT: '9000',
      PATCHBAY_DATA_DIR: '/srv/pb',
      DATABASE_URL: 'postgres://u@db/pb',
      PATCHBAY_PUBLIC_URL: 'https://pb.example.com/',
      PATCHBAY_LOG_LEVEL: 'debug',
    };
    expect(loadConfig([], env, '/h')).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/srv/pb',
      databaseUrl: 'postgres://u@db/pb',
      publicUrl: 'https://pb.example.com',
      logLevel: 'debug',
    });
    const flags = ['--port', '0', '--data-dir', '/tmp/x', '--allowed-origins', 'http://a.test:3000, https://b.test/'];
    expect(loadConfig(flags, env, '/h')).toMatchObject({
      port: 0,
      dataDir: '/tmp/x',
      allowedOrigins: ['http://a.test:3000', 'https://b.test'],
    });
  });

  it('names every bad value at once', () => {
    const env = { PATCHBAY_PORT: '70000', PATCHBAY_LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://secret@x' };
    let error: unknown;
    try {
      loadConfig(['--public-url', 'ftp://x', '--allowed-origins', 'nope'], env, '/h');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = error instanceof ConfigError ? error.problems.join('\n') : '';
    expect(problems).toContain('--port / PATCHBAY_PORT: must be 0-65535 (got "70000")');
    expect(problems).toContain('--log-level / PATCHBAY_LOG_LEVEL');
    expect(problems).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL (got (hidden))');
    expect(problems).not.toContain('secret');
    expect(problems).toContain('--public-url');
    expect(problems).toContain('--allowed-origins');
  });

  it('refuses unknown flags', () => {
    expect(() => loadConfig(['--prot', '1'], {}, '/h')).toThrow(ConfigError);
  });

  it('main exits 2 with the message on a bad value', async () => {
    const result = await runMain(['--port', 'eighty'], { DATABASE_URL: undefined });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port / PATCHBAY_PORT: must be a whole number from 0 to 65535 (got "eighty")');
    expect(result.stdout).toBe('');
  });
});
