import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obj } from '../accounts/harness.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';

type Request = [method: string, path: string, body: unknown, status: 400 | 404, mentions?: string];
type Case = [name: string, ...Request];

/** Malformed session requests: each answers 400/404 in the one envelope and stores nothing. */
describe.each(databaseKinds)('tool sessions refuse bad input (%s)', (kind) => {
  let server: TestServer;
  let session = '';
  let githubConfig = '';
  let notionConfig = '';
  let adaGithub = '';
  let adaGithub2 = '';
  let bobGithub = '';

  beforeAll(async () => {
    server = await startTestServer(kind);
    githubConfig = await server.addAuthConfig('github');
    notionConfig = await server.addAuthConfig('notion');
    adaGithub = await server.addAccount(githubConfig, 'ada');
    adaGithub2 = await server.addAccount(githubConfig, 'ada');
    bobGithub = await server.addAccount(githubConfig, 'bob');
    const made = await send('POST', '/tool_router/session', { user_id: 'ada', toolkits: { enable: ['github'] } });
    session = String(made.body.session_id);
  }, 60_000);
  afterAll(async () => server?.stop());

  async function send(method: string, path: string, body: unknown, raw?: string) {
    const res = await fetch(`${server.url}/api/v3.1${path}`, {
      method,
      headers: { 'x-api-key': server.apiKey, 'content-type': 'application/json' },
      body: body === undefined && raw === undefined ? undefined : (raw ?? JSON.stringify(body)),
    });
    const text = await res.text();
    return { status: res.status, body: obj(JSON.parse(text)), text };
  }

  const create = (body: unknown, status: 400 | 404, mentions?: string): Request => [
    'POST',
    '/tool_router/session',
    body,
    status,
    mentions,
  ];
  const u = { user_id: 'ada' };
  const cases = (): Case[] => [
    ['no user_id', ...create({}, 400, 'user_id')],
    ['user_id a number', ...create({ user_id: 5 }, 400, 'user_id')],
    ['user_id empty', ...create({ user_id: '' }, 400, 'user_id')],
    ['user_id too long', ...create({ user_id: 'x'.repeat(300) }, 400, 'user_id')],
    ['unknown root key', ...create({ ...u, foo: 1 }, 400, 'foo')],
    ['legacy root key', ...create({ ...u, connections: {} }, 400, 'connections')],
    ['echo spelling toolkits.enabled', ...create({ ...u, toolkits: { enabled: ['github'] } }, 400, 'toolkits.enabled')],
    [
      'toolkits enable and disable',
      ...create({ ...u, toolkits: { enable: ['github'], disable: ['slack'] } }, 400, 'toolkits'),
    ],
    ['toolkits neither', ...create({ ...u, toolkits: {} }, 400, 'toolkits')],
    ['toolkits as a list', ...create({ ...u, toolkits: ['github'] }, 400, 'toolkits')],
    ['toolkits.enable a string', ...create({ ...u, toolkits: { enable: 'github' } }, 400, 'toolkits.enable')],
    ['unknown toolkit enabled', ...create({ ...u, toolkits: { enable: ['nope_kit'] } }, 400, 'nope_kit')],
    ['unknown toolkit disabled', ...create({ ...u, toolkits: { disable: ['nope_kit'] } }, 400, 'nope_kit')],
    ['bad toolkit slug', ...create({ ...u, toolkits: { enable: ['git hub'] } }, 400, 'toolkits.enable')],
    [
      'unknown tool slug',
      ...create({ ...u, tools: { github: { enable: ['GITHUB_NO_SUCH_TOOL'] } } }, 400, 'GITHUB_NO_SUCH_TOOL'),
    ],
    [
      'tool of another toolkit',
      ...create({ ...u, tools: { github: { enable: ['SLACK_SEND_MESSAGE'] } } }, 400, 'SLACK_SEND_MESSAGE'),
    ],
    [
      'echo spelling tools.enabled',
      ...create({ ...u, tools: { github: { enabled: [] } } }, 400, 'tools.github.enabled'),
    ],
    [
      'tools enable and disable',
      ...create({ ...u, tools: { github: { enable: [], disable: [] } } }, 400, 'tools.github'),
    ],
    ['tools of an unknown toolkit', ...create({ ...u, tools: { nope_kit: { enable: [] } } }, 400, 'nope_kit')],
    ['tools as a list', ...create({ ...u, tools: { github: ['GITHUB_GET_A_REPOSITORY'] } }, 400, 'tools.github')],
    ['unknown hint', ...create({ ...u, tags: ['fooHint'] }, 400, 'tags')],
    ['echo spelling tags.enabled', ...create({ ...u, tags: { enabled: ['readOnlyHint'] } }, 400, 'tags')],
    ['tags a string', ...create({ ...u, tags: 'readOnlyHint' }, 400, 'tags')],
    ['tags.enable a string', ...create({ ...u, tags: { enable: 'readOnlyHint' } }, 400, 'tags')],
    ['unknown auth config', ...create({ ...u, auth_configs: { github: 'ac_missing' } }, 404, 'ac_missing')],
    ['auth config a number', ...create({ ...u, auth_configs: { github: 5 } }, 400, 'auth_configs.github')],
    ['auth config of another toolkit', ...create({ ...u, auth_configs: { github: notionConfig } }, 400, notionConfig)],
    ['unknown account', ...create({ ...u, connected_accounts: { github: ['ca_missing'] } }, 404, 'ca_missing')],
    ["another user's account", ...create({ ...u, connected_accounts: { github: [bobGithub] } }, 400, bobGithub)],
    [
      'two accounts without multi-account',
      ...create({ ...u, connected_accounts: { github: [adaGithub, adaGithub2] } }, 400, 'connected_accounts.github'),
    ],
    [
      'account as a string',
      ...create({ ...u, connected_accounts: { github: adaGithub } }, 400, 'connected_accounts.github'),
    ],
    [
      'account of another toolkit',
      ...create({ ...u, connected_accounts: { notion: [adaGithub] } }, 400, 'connected_accounts.notion'),
    ],
    ['bad account id', ...create({ ...u, connected_accounts: { github: [''] } }, 400, 'connected_accounts.github')],
    [
      'echo spelling manage_connections.enabled',
      ...create({ ...u, manage_connections: { enabled: true } }, 400, 'manage_connections.enabled'),
    ],
    [
      'manage_connections.enable a string',
      ...create({ ...u, manage_connections: { enable: 'yes' } }, 400, 'manage_connections.enable'),
    ],
    [
      'javascript callback',
      ...create({ ...u, manage_connections: { callback_url: 'javascript:alert(1)' } }, 400, 'callback_url'),
    ],
    ['unknown preloaded tool', ...create({ ...u, preload: { tools: ['NOPE_TOOL'] } }, 400, 'NOPE_TOOL')],
    ['preload all without an allowlist', ...create({ ...u, preload: { tools: 'all' } }, 400, 'preload.tools')],
    ['preload some', ...create({ ...u, preload: { tools: 'some' } }, 400, 'preload.tools')],
    ['search.enable a string', ...create({ ...u, search: { enable: 'no' } }, 400, 'search.enable')],
    ['echo spelling search.enabled', ...create({ ...u, search: { enabled: false } }, 400, 'search.enabled')],
    ['multi execute a number', ...create({ ...u, execute: { enable_multi_execute: 1 } }, 400, 'execute')],
    [
      'echo spelling workbench.proxy_execution_enabled',
      ...create({ ...u, workbench: { proxy_execution_enabled: true } }, 400, 'proxy_execution_enabled'),
    ],
    ['unknown sandbox size', ...create({ ...u, workbench: { sandbox_size: 'huge' } }, 400, 'sandbox_size')],
    [
      'too many accounts per toolkit',
      ...create({ ...u, multi_account: { max_accounts_per_toolkit: 11 } }, 400, 'max_accounts_per_toolkit'),
    ],
    [
      'preload with multi-account',
      ...create(
        { ...u, multi_account: { enable: true }, preload: { tools: ['GITHUB_GET_A_REPOSITORY'] } },
        400,
        'preload',
      ),
    ],
    ['unknown experimental key', ...create({ ...u, experimental: { turbo: true } }, 400, 'experimental.turbo')],
    ['patch user_id', 'PATCH', '/tool_router/session/SESSION', { user_id: 'bob' }, 400, 'user_id'],
    [
      'patch echo spelling',
      'PATCH',
      '/tool_router/session/SESSION',
      { toolkits: { enabled: [] } },
      400,
      'toolkits.enabled',
    ],
    [
      'patch unknown toolkit',
      'PATCH',
      '/tool_router/session/SESSION',
      { toolkits: { enable: ['nope_kit'] } },
      400,
      'nope_kit',
    ],
    [
      "patch another user's account",
      'PATCH',
      '/tool_router/session/SESSION',
      { connected_accounts: { github: [bobGithub] } },
      400,
      bobGithub,
    ],
    ['patch an unknown session', 'PATCH', '/tool_router/session/trs_missing', { search: { enable: true } }, 404],
    ['get an unknown session', 'GET', '/tool_router/session/trs_missing', undefined, 404],
    ['a malformed session id', 'GET', '/tool_router/session/trs%20bad', undefined, 400, 'session_id'],
    ['execute without a slug', 'POST', '/tool_router/session/SESSION/execute', {}, 400, 'tool_slug'],
    [
      'execute arguments a list',
      'POST',
      '/tool_router/session/SESSION/execute',
      { tool_slug: 'GITHUB_GET_A_REPOSITORY', arguments: [] },
      400,
      'arguments',
    ],
    ['search with no queries', 'POST', '/tool_router/session/SESSION/search', { queries: [] }, 400, 'queries'],
    [
      'search an empty use case',
      'POST',
      '/tool_router/session/SESSION/search',
      { queries: [{ use_case: '' }] },
      400,
      'use_case',
    ],
    ['link without a toolkit', 'POST', '/tool_router/session/SESSION/link', {}, 400, 'toolkit'],
    [
      'link an ACL on a private account',
      'POST',
      '/tool_router/session/SESSION/link',
      { toolkit: 'github', experimental: { acl_config_for_shared: {} } },
      400,
      'acl_config_for_shared is only valid on SHARED',
    ],
    [
      'execute_meta of an app tool',
      'POST',
      '/tool_router/session/SESSION/execute_meta',
      { slug: 'GITHUB_GET_A_REPOSITORY' },
      400,
      'meta-tool',
    ],
  ];

  const counts = async () => {
    const [row] = await server.running.database.query<{ sessions: number; versions: number; accounts: number }>(
      `SELECT (SELECT count(*)::int FROM tool_sessions) AS sessions, (SELECT count(*)::int FROM tool_session_configs) AS versions,
              (SELECT count(*)::int FROM connected_accounts) AS accounts`,
    );
    return row;
  };

  it('has at least 40 cases', () => expect(cases().length).toBeGreaterThanOrEqual(40));

  it('answers each in the envelope, naming the problem, and stores nothing', async () => {
    const before = await counts();
    for (const [name, method, path, body, status, mentions] of cases()) {
      const res = await send(method, path.replace('SESSION', session), body);
      expect({ name, status: res.status }).toEqual({ name, status });
      const error = res.body.error;
      expect(typeof error === 'object' && error !== null && 'message' in error && 'suggested_fix' in error, name).toBe(
        true,
      );
      if (mentions !== undefined) expect(res.text, name).toContain(mentions);
    }
    expect(await counts()).toEqual(before);
    const live = await send('GET', `/tool_router/session/${session}`, undefined);
    expect(live.body.config_version).toBe(1);
  });

  it('tells a client that posts the echo back which spelling to send', async () => {
    const res = await send('POST', '/tool_router/session', { user_id: 'ada', toolkits: { enabled: ['github'] } });
    expect(res.text).toContain('\\"enabled\\" is the echo spelling; send \\"enable\\"');
  });
});
