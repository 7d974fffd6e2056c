import { bool, int, jsonBody, letterLogo, oauth2Scheme, ok, queryParam, str } from './openapi-parts.js';
import type {
  CuratedToolkitSpec,
  JsonSchemaObject,
  OpenApiDocument,
  OpenApiOperation,
  OpenApiParameter,
} from './types.js';

/**
 * Slack Web API (https://api.slack.com/methods). Read methods are GETs with query arguments and write methods are JSON
 * POSTs, both of which Slack accepts with the token in `Authorization: Bearer`. Slack answers HTTP 200 with
 * `{"ok": false, "error": "..."}` for most failures: the model sees that body.
 */

const authorizationUrl = 'https://slack.com/oauth/v2/authorize';
const tokenUrl = 'https://slack.com/api/oauth.v2.access';
// Slack warns (`missing_charset`) about JSON bodies without an explicit charset.
const slackJson = 'application/json; charset=utf-8';

const channel = (required = true): OpenApiParameter =>
  queryParam(
    'channel',
    'Conversation ID, e.g. `C0123456789` (channels), `D…` (DMs), `G…` (private).',
    str('Channel'),
    required,
  );
const cursor = queryParam('cursor', 'Pagination cursor from `response_metadata.next_cursor`.', str('Cursor'));
const limit = queryParam('limit', 'Maximum items to return (Slack recommends ≤ 200).', int('Limit', { maximum: 1000 }));

function read(
  operationId: string,
  summary: string,
  description: string,
  parameters: OpenApiParameter[],
): OpenApiOperation {
  return {
    operationId,
    summary,
    description,
    tags: ['read'],
    parameters,
    responses: ok('Slack response (`ok`, data).'),
  };
}

function write(
  operationId: string,
  summary: string,
  description: string,
  properties: Parameters<typeof jsonBody>[0],
  required: string[],
): OpenApiOperation {
  return {
    operationId,
    summary,
    description,
    tags: ['write'],
    requestBody: jsonBody(properties, required, slackJson),
    responses: ok('Slack response (`ok`, data).'),
  };
}

const channelId = str('Conversation ID, e.g. `C0123456789`.');
const blocks: JsonSchemaObject = {
  type: 'array',
  description: 'Block Kit blocks (layout); `text` is then the notification fallback.',
  items: { type: 'object' },
};

export const slackOpenApi: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Slack Web API (Patchbay curated subset)',
    version: '1.0.0',
    description: 'Messages, conversations, users, search and reactions.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'https://slack.com/api' }],
  security: [{ oauth: ['chat:write'] }],
  tags: [
    { name: 'read', description: 'Methods that read.' },
    { name: 'write', description: 'Methods that change something.' },
  ],
  paths: {
    '/chat.postMessage': {
      post: write(
        'send-message',
        'Send a message',
        'Posts a message to a channel, DM or thread (chat.postMessage). Give `thread_ts` to reply in a thread.',
        {
          channel: channelId,
          text: str('Message text (mrkdwn). Required unless `blocks` are given.'),
          blocks,
          thread_ts: str('Timestamp (`ts`) of the parent message, to reply in its thread.'),
          reply_broadcast: bool('With `thread_ts`: also show the reply in the channel.'),
          unfurl_links: bool('Unfurl text links.'),
          mrkdwn: bool('Format `text` as mrkdwn (default true).'),
        },
        ['channel'],
      ),
    },
    '/chat.update': {
      post: write(
        'update-message',
        'Update a message',
        'Edits a message the token posted (chat.update).',
        { channel: channelId, ts: str('Timestamp of the message to edit.'), text: str('New text.'), blocks },
        ['channel', 'ts'],
      ),
    },
    '/chat.delete': {
      post: write(
        'delete-message',
        'Delete a message',
        'Deletes a message the token posted (chat.delete).',
        { channel: channelId, ts: str('Timestamp of the message to delete.') },
        ['channel', 'ts'],
      ),
    },
    '/chat.scheduleMessage': {
      post: write(
        'schedule-message',
        'Schedule a message',
        'Schedules a message for later (chat.scheduleMessage), at most 120 days ahead.',
        {
          channel: channelId,
          post_at: int('Unix timestamp (seconds) when to send.'),
          text: str('Message text.'),
          thread_ts: str('Parent message timestamp, to reply in a thread.'),
        },
        ['channel', 'post_at', 'text'],
      ),
    },
    '/chat.getPermalink': {
      get: read('get-message-permalink', 'Get a message permalink', 'A permanent URL for a message.', [
        channel(),
        queryParam('message_ts', 'Timestamp of the message.', str('Message timestamp'), true),
      ]),
    },
    '/conversations.list': {
      get: read(
        'list-conversations',
        'List conversations',
        'Channels the app can see (conversations.list). Page with `cursor`.',
        [
          queryParam(
            'types',
            'Comma-separated: public_channel, private_channel, mpim, im.',
            str('Types', { default: 'public_channel' }),
          ),
          queryParam('exclude_archived', 'Leave out archived channels.', bool('Exclude archived')),
          limit,
          cursor,
        ],
      ),
    },
    '/conversations.info': {
      get: read(
        'get-conversation-info',
        'Get conversation info',
        'Name, topic, purpose and membership of a conversation.',
        [channel()],
      ),
    },
    '/conversations.history': {
      get: read(
        'get-conversation-history',
        'Get conversation history',
        'Messages of a conversation, newest first (conversations.history). Thread replies need get-thread-replies.',
        [
          channel(),
          queryParam('oldest', 'Only messages after this Unix timestamp.', str('Oldest')),
          queryParam('latest', 'Only messages before this Unix timestamp.', str('Latest')),
          queryParam('inclusive', 'Include messages at `oldest`/`latest` exactly.', bool('Inclusive')),
          limit,
          cursor,
        ],
      ),
    },
    '/conversations.replies': {
      get: read('get-thread-replies', 'Get thread replies', 'A thread: the parent message and its replies.', [
        channel(),
        queryParam('ts', 'Timestamp of the thread’s parent message.', str('Thread timestamp'), true),
        limit,
        cursor,
      ]),
    },
    '/conversations.join': {
      post: write(
        'join-conversation',
        'Join a channel',
        'Joins a public channel (conversations.join).',
        { channel: channelId },
        ['channel'],
      ),
    },
    '/conversations.open': {
      post: write(
        'open-direct-message',
        'Open a direct message',
        'Opens (or resumes) a DM or group DM; returns its channel ID for send-message.',
        { users: str('Comma-separated user IDs (1 for a DM, up to 8 for a group DM).') },
        ['users'],
      ),
    },
    '/users.list': {
      get: read('list-users', 'List users', 'Members of the workspace (users.list), including bots and deactivated.', [
        limit,
        cursor,
      ]),
    },
    '/users.info': {
      get: read('get-user-info', 'Get user info', 'A user’s profile, time zone and status.', [
        queryParam('user', 'User ID, e.g. `U0123456789`.', str('User'), true),
      ]),
    },
    '/users.lookupByEmail': {
      get: read(
        'find-user-by-email',
        'Find a user by email',
        'The user with this email address (needs users:read.email).',
        [queryParam('email', 'Email address.', str('Email', { format: 'email' }), true)],
      ),
    },
    '/search.messages': {
      get: read(
        'search-messages',
        'Search messages',
        'Full-text search (search.messages), e.g. `deploy in:#ops from:@ana`. Needs a user token with search:read.',
        [
          queryParam('query', 'Search query with Slack modifiers.', str('Query'), true),
          queryParam('sort', 'Sort by.', { type: 'string', enum: ['score', 'timestamp'] }),
          queryParam('sort_dir', 'Sort direction.', { type: 'string', enum: ['asc', 'desc'] }),
          queryParam('count', 'Results per page (max 100).', int('Count', { maximum: 100 })),
          queryParam('page', 'Page number.', int('Page')),
        ],
      ),
    },
    '/reactions.add': {
      post: write(
        'add-reaction',
        'Add a reaction',
        'Adds an emoji reaction to a message (reactions.add).',
        {
          channel: channelId,
          timestamp: str('Timestamp of the message.'),
          name: str('Emoji name without colons, e.g. `thumbsup`.'),
        },
        ['channel', 'timestamp', 'name'],
      ),
    },
  },
  components: {
    securitySchemes: {
      oauth: oauth2Scheme('A Slack app (OAuth v2, bot token).', authorizationUrl, tokenUrl, {
        'chat:write': 'Send messages.',
        'channels:read': 'List public channels.',
      }),
    },
  },
};

export const slack = {
  slug: 'slack',
  name: 'Slack',
  description: 'Send and edit messages, read channels and threads, look up users, search and react in Slack.',
  categories: ['communication'],
  logo: letterLogo('S', '#4a154b'),
  baseUrl: 'https://slack.com/api',
  auth: [
    {
      mode: 'OAUTH2',
      authorizationUrl,
      tokenUrl,
      // Bot scopes (OAuth v2 `scope`); search:read exists only as a user scope, so search needs a user token.
      defaultScopes: [
        'chat:write',
        'channels:read',
        'channels:history',
        'channels:join',
        'groups:read',
        'groups:history',
        'im:read',
        'im:history',
        'im:write',
        'mpim:read',
        'mpim:history',
        'users:read',
        'users:read.email',
        'reactions:write',
      ],
      scopeSeparator: ',',
      tokenEndpointAuth: 'client_secret_basic',
      notes: 'Slack separates scopes with commas and answers the bot token as `access_token`.',
    },
    { mode: 'BEARER_TOKEN', description: 'A Slack bot (`xoxb-…`) or user (`xoxp-…`) token.' },
  ],
  headers: {},
  openapi: slackOpenApi,
} satisfies CuratedToolkitSpec;
