import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { curatedToolkits } from '../../src/toolkits/curated/index.js';
import { linearQueries } from '../../src/toolkits/curated/linear-queries.js';
import type { RegisteredToolkit } from '../../src/toolkits/registry.js';
import {
  callContext,
  json,
  type RecordedRequest,
  startTestServer,
  type TestServer,
  textOf,
} from '../toolkits/openapi-test-server.js';

/**
 * Each catalog toolkit called through its real runtime against a local HTTP server standing in for the provider:
 * what arrives there (method, path, query, headers, JSON body) is what the provider would receive.
 */

let server: TestServer;
let toolkits: Map<string, RegisteredToolkit>;

beforeAll(async () => {
  server = await startTestServer();
  const slugs = ['github', 'slack', 'notion', 'linear', 'gmail', 'google-calendar'];
  toolkits = new Map(
    curatedToolkits({ baseUrls: Object.fromEntries(slugs.map((slug) => [slug, server.url])) }).map((t) => [
      t.meta.slug,
      t,
    ]),
  );
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

async function call(
  toolkit: string,
  tool: string,
  args: Record<string, unknown>,
  credentials?: Record<string, string>,
) {
  const runtime = toolkits.get(toolkit)?.runtime;
  if (!runtime) throw new Error(`no toolkit ${toolkit}`);
  return runtime.callTool(tool, args, callContext(credentials));
}

function only(): RecordedRequest {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  if (!request) throw new Error('no request');
  return request;
}

const bodyOf = (request: RecordedRequest): unknown => JSON.parse(request.body);

describe('GitHub', () => {
  const oauth = { access_token: 'gho_oauthtoken0123456789' };

  it('create an issue → POST /repos/{owner}/{repo}/issues with title, body, labels; version headers', async () => {
    server.route('POST', '/repos/octo/app/issues', (_req, res) => json(res, 201, { number: 7, title: 'Crash' }));
    const result = await call(
      'github',
      'GITHUB_CREATE_AN_ISSUE',
      { owner: 'octo', repo: 'app', body: { title: 'Crash', body: 'On start', labels: ['bug'] } },
      oauth,
    );
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({ number: 7, title: 'Crash' });
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.rawUrl).toBe('/repos/octo/app/issues');
    expect(request.headers.authorization).toBe(`Bearer ${oauth.access_token}`);
    expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request.headers.accept).toBe('application/vnd.github+json');
    expect(request.headers['content-type']).toBe('application/json');
    expect(bodyOf(request)).toEqual({ title: 'Crash', body: 'On start', labels: ['bug'] });
  });

  it('get file contents with a personal access token: the file path keeps its slashes', async () => {
    const result = await call(
      'github',
      'GITHUB_GET_REPOSITORY_CONTENT',
      { owner: 'octo', repo: 'app', path: 'src/lib/a b.ts', ref: 'dev' },
      { token: 'ghp_personaltoken0123456789' },
    );
    expect(result.isError).toBeUndefined();
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawUrl).toBe('/repos/octo/app/contents/src/lib/a%20b.ts?ref=dev');
    expect(request.headers.authorization).toBe('Bearer ghp_personaltoken0123456789');
    expect(request.body).toBe('');
  });

  it('a file path with dot segments stays one encoded segment (it cannot climb out of /contents/)', async () => {
    await call('github', 'GITHUB_GET_REPOSITORY_CONTENT', { owner: 'o', repo: 'r', path: '../../user' }, oauth);
    expect(only().rawPath).toBe('/repos/o/r/contents/..%2F..%2Fuser');
  });

  it('search issues → GET /search/issues with q, per_page', async () => {
    await call(
      'github',
      'GITHUB_SEARCH_ISSUES_AND_PULL_REQUESTS',
      { q: 'repo:octo/app is:issue crash', per_page: 5 },
      oauth,
    );
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawPath).toBe('/search/issues');
    expect(request.query.get('q')).toBe('repo:octo/app is:issue crash');
    expect(request.query.get('per_page')).toBe('5');
  });

  it('merge a pull request → PUT …/pulls/{n}/merge', async () => {
    await call(
      'github',
      'GITHUB_MERGE_A_PULL_REQUEST',
      { owner: 'o', repo: 'r', pull_number: 12, body: { merge_method: 'squash' } },
      oauth,
    );
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['PUT', '/repos/o/r/pulls/12/merge']);
    expect(bodyOf(request)).toEqual({ merge_method: 'squash' });
  });

  it('without a connected account says so and sends nothing', async () => {
    const result = await call('github', 'GITHUB_GET_THE_AUTHENTICATED_USER', {});
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('connect an account');
    expect(server.requests).toHaveLength(0);
  });
});

describe('Slack', () => {
  const bot = { access_token: 'xoxb-0123456789-bottoken' };

  it('send a message → POST /chat.postMessage, JSON with channel, text, thread_ts', async () => {
    server.route('POST', '/chat.postMessage', (_req, res) => json(res, 200, { ok: true, ts: '1700000000.000100' }));
    const result = await call(
      'slack',
      'SLACK_SEND_MESSAGE',
      { body: { channel: 'C0123', text: 'Deployed :rocket:', thread_ts: '1699999999.000200' } },
      bot,
    );
    expect(result.structuredContent).toEqual({ ok: true, ts: '1700000000.000100' });
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/chat.postMessage']);
    expect(request.headers.authorization).toBe(`Bearer ${bot.access_token}`);
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(bodyOf(request)).toEqual({ channel: 'C0123', text: 'Deployed :rocket:', thread_ts: '1699999999.000200' });
  });

  it('conversation history → GET /conversations.history?channel=…&limit=…', async () => {
    await call('slack', 'SLACK_GET_CONVERSATION_HISTORY', { channel: 'C0123', limit: 50, oldest: '1700000000' }, bot);
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawUrl).toBe('/conversations.history?channel=C0123&oldest=1700000000&limit=50');
    expect(request.body).toBe('');
  });

  it('add a reaction with a pasted user token → POST /reactions.add', async () => {
    await call(
      'slack',
      'SLACK_ADD_REACTION',
      { body: { channel: 'C0123', timestamp: '1.2', name: 'thumbsup' } },
      { token: 'xoxp-usertoken-0123456789' },
    );
    const request = only();
    expect(request.rawUrl).toBe('/reactions.add');
    expect(request.headers.authorization).toBe('Bearer xoxp-usertoken-0123456789');
    expect(bodyOf(request)).toEqual({ channel: 'C0123', timestamp: '1.2', name: 'thumbsup' });
  });
});

describe('Notion', () => {
  const oauth = { access_token: 'ntn_oauth_0123456789' };
  const parent = { database_id: 'db-1' };
  const properties = { Name: { title: [{ text: { content: 'Plan' } }] } };

  it('create a page → POST /v1/pages with Notion-Version', async () => {
    await call('notion', 'NOTION_CREATE_A_PAGE', { body: { parent, properties } }, oauth);
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/v1/pages']);
    expect(request.headers['notion-version']).toBe('2022-06-28');
    expect(request.headers.authorization).toBe(`Bearer ${oauth.access_token}`);
    expect(bodyOf(request)).toEqual({ parent, properties });
  });

  it('query a database with an internal integration token → POST /v1/databases/{id}/query', async () => {
    const filter = { property: 'Status', status: { equals: 'Done' } };
    await call(
      'notion',
      'NOTION_QUERY_A_DATABASE',
      { database_id: 'a1b2c3', body: { filter, page_size: 10 } },
      { token: 'secret_internal0123456789' },
    );
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/v1/databases/a1b2c3/query']);
    expect(request.headers.authorization).toBe('Bearer secret_internal0123456789');
    expect(request.headers['notion-version']).toBe('2022-06-28');
    expect(bodyOf(request)).toEqual({ filter, page_size: 10 });
  });

  it('block children → GET /v1/blocks/{id}/children?page_size=…', async () => {
    await call('notion', 'NOTION_RETRIEVE_BLOCK_CHILDREN', { block_id: 'page-1', page_size: 100 }, oauth);
    expect(only().rawUrl).toBe('/v1/blocks/page-1/children?page_size=100');
  });
});

describe('Linear', () => {
  const oauth = { access_token: 'lin_oauth_0123456789' };

  it('create an issue → POST /graphql with the issueCreate mutation and the model’s variables', async () => {
    server.route('POST', '/graphql', (_req, res) =>
      json(res, 200, { data: { issueCreate: { success: true, issue: { identifier: 'ENG-1' } } } }),
    );
    const input = { teamId: 'team-1', title: 'Crash on start', priority: 2 };
    const result = await call('linear', 'LINEAR_CREATE_ISSUE', { body: { variables: { input } } }, oauth);
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({
      data: { issueCreate: { success: true, issue: { identifier: 'ENG-1' } } },
    });
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/graphql']);
    expect(request.headers.authorization).toBe(`Bearer ${oauth.access_token}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(bodyOf(request)).toEqual({ query: linearQueries.issueCreate, variables: { input } });
  });

  it('the viewer with a personal API key: `Authorization: <key>`, no arguments needed', async () => {
    const result = await call('linear', 'LINEAR_GET_VIEWER', {}, { api_key: 'lin_api_personal0123456789' });
    expect(result.isError).toBeUndefined();
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/graphql']);
    expect(request.headers.authorization).toBe('lin_api_personal0123456789');
    expect(bodyOf(request)).toEqual({ query: linearQueries.viewer });
  });

  it('a body given as JSON text works, and a different query is refused without sending', async () => {
    await call('linear', 'LINEAR_GET_ISSUE', { body: JSON.stringify({ variables: { id: 'ENG-1' } }) }, oauth);
    expect(bodyOf(only())).toEqual({ query: linearQueries.issue, variables: { id: 'ENG-1' } });
    server.requests.length = 0;
    const refused = await call(
      'linear',
      'LINEAR_GET_ISSUE',
      { body: { query: '{ users { nodes { email } } }' } },
      oauth,
    );
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain('fixed by this tool');
    expect(server.requests).toHaveLength(0);
  });
});

describe('Gmail', () => {
  const oauth = { access_token: 'ya29.gmail-token-0123456789' };

  it('send → POST /gmail/v1/users/me/messages/send with a base64url `raw` RFC 2822 message', async () => {
    const message = 'To: ana@example.com\r\nSubject: Hello ✓\r\n\r\nSee you at 10?';
    const raw = Buffer.from(message, 'utf8').toString('base64url');
    await call('gmail', 'GMAIL_SEND_MESSAGE', { body: { raw, threadId: 't-1' } }, oauth);
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/gmail/v1/users/me/messages/send']);
    expect(request.headers.authorization).toBe(`Bearer ${oauth.access_token}`);
    expect(bodyOf(request)).toEqual({ raw, threadId: 't-1' });
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(raw, 'base64url').toString('utf8')).toBe(message);
  });

  it('list messages → GET …/messages with q, repeated labelIds, maxResults', async () => {
    await call(
      'gmail',
      'GMAIL_LIST_MESSAGES',
      { q: 'from:ana is:unread', labelIds: ['INBOX', 'UNREAD'], maxResults: 10 },
      oauth,
    );
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawPath).toBe('/gmail/v1/users/me/messages');
    expect(request.query.get('q')).toBe('from:ana is:unread');
    expect(request.query.getAll('labelIds')).toEqual(['INBOX', 'UNREAD']);
    expect(request.query.get('maxResults')).toBe('10');
  });

  it('create a draft → POST …/drafts with {message: {raw}}', async () => {
    const raw = Buffer.from('To: b@example.com\r\n\r\nDraft', 'utf8').toString('base64url');
    await call('gmail', 'GMAIL_CREATE_DRAFT', { body: { message: { raw } } }, oauth);
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/gmail/v1/users/me/drafts']);
    expect(bodyOf(request)).toEqual({ message: { raw } });
  });
});

describe('Google Calendar', () => {
  const oauth = { access_token: 'ya29.calendar-token-0123456789' };

  it('create an event → POST /calendar/v3/calendars/{calendarId}/events', async () => {
    const event = {
      summary: 'Design review',
      start: { dateTime: '2026-05-01T09:00:00+02:00' },
      end: { dateTime: '2026-05-01T10:00:00+02:00' },
      attendees: [{ email: 'ana@example.com' }],
    };
    server.route('POST', '/calendar/v3/calendars/primary/events', (_req, res) =>
      json(res, 200, { id: 'ev1', ...event }),
    );
    const result = await call(
      'google-calendar',
      'GOOGLE_CALENDAR_CREATE_EVENT',
      { calendarId: 'primary', sendUpdates: 'all', body: event },
      oauth,
    );
    expect(result.structuredContent).toMatchObject({ id: 'ev1' });
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/calendar/v3/calendars/primary/events?sendUpdates=all']);
    expect(request.headers.authorization).toBe(`Bearer ${oauth.access_token}`);
    expect(bodyOf(request)).toEqual(event);
  });

  it('list events of a calendar whose ID has `#` and `@` → one encoded path segment, window in the query', async () => {
    await call(
      'google-calendar',
      'GOOGLE_CALENDAR_LIST_EVENTS',
      {
        calendarId: 'en.usa#holiday@group.v.calendar.google.com',
        timeMin: '2026-05-01T00:00:00Z',
        singleEvents: true,
        orderBy: 'startTime',
      },
      oauth,
    );
    const request = only();
    expect(request.method).toBe('GET');
    expect(request.rawPath).toBe('/calendar/v3/calendars/en.usa%23holiday%40group.v.calendar.google.com/events');
    expect(request.query.get('timeMin')).toBe('2026-05-01T00:00:00Z');
    expect(request.query.get('singleEvents')).toBe('true');
    expect(request.query.get('orderBy')).toBe('startTime');
  });

  it('delete an event → DELETE …/events/{eventId}; an empty 204 is a success', async () => {
    server.route('DELETE', '/calendar/v3/calendars/primary/events/ev1', (_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const result = await call(
      'google-calendar',
      'GOOGLE_CALENDAR_DELETE_EVENT',
      { calendarId: 'primary', eventId: 'ev1' },
      oauth,
    );
    expect(result.isError).toBeUndefined();
    expect(only().method).toBe('DELETE');
  });

  it('free/busy → POST /calendar/v3/freeBusy', async () => {
    const body = { timeMin: '2026-05-01T08:00:00Z', timeMax: '2026-05-01T18:00:00Z', items: [{ id: 'primary' }] };
    await call('google-calendar', 'GOOGLE_CALENDAR_QUERY_FREE_BUSY', { body }, oauth);
    const request = only();
    expect([request.method, request.rawUrl]).toEqual(['POST', '/calendar/v3/freeBusy']);
    expect(bodyOf(request)).toEqual(body);
  });
});
