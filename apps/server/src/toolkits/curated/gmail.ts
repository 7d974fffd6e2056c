import {
  bool,
  int,
  jsonBody,
  letterLogo,
  oauth2Scheme,
  ok,
  pathParam,
  queryParam,
  str,
  strings,
} from './openapi-parts.js';
import type { CuratedToolkitSpec, JsonSchemaObject, OpenApiDocument, OpenApiParameter } from './types.js';

/**
 * Gmail API v1 (https://developers.google.com/workspace/gmail/api/reference/rest). Paths use the `me` user ID (the
 * account that authorized), so the model never has to supply it.
 */

export const googleAuthorizationUrl = 'https://accounts.google.com/o/oauth2/v2/auth';
export const googleTokenUrl = 'https://oauth2.googleapis.com/token';
/** Without offline access Google issues no refresh token, and its access tokens last an hour. */
export const googleAuthorizationParams = { access_type: 'offline', prompt: 'consent' };
export const googleOAuthNotes =
  'Create an OAuth client (web application) in Google Cloud, enable the API and add the redirect URL.';

const modifyScope = 'https://www.googleapis.com/auth/gmail.modify';

const messageId = pathParam('id', 'The message ID (from list-messages).');
const threadId = pathParam('id', 'The thread ID (from list-threads or a message’s `threadId`).');
const q = queryParam(
  'q',
  'Gmail search syntax, as in the search box: e.g. `from:ana@example.com is:unread newer_than:7d`.',
  str('Query'),
);
const labelIds = {
  ...queryParam('labelIds', 'Only items with all these label IDs (e.g. `INBOX`, `UNREAD`).', strings('Label IDs')),
  style: 'form',
  explode: true,
} satisfies OpenApiParameter;
const maxResults = queryParam(
  'maxResults',
  'Maximum results (default 100, max 500).',
  int('Max results', { maximum: 500 }),
);
const pageToken = queryParam('pageToken', 'The `nextPageToken` of a previous response.', str('Page token'));
const format = queryParam('format', 'How much of the message to return.', {
  type: 'string',
  enum: ['full', 'metadata', 'minimal', 'raw'],
  default: 'full',
});
const raw = str(
  'The whole RFC 2822 message (headers `To`, `Subject`…, a blank line, then the body), base64url-encoded ' +
    '(RFC 4648 §5, `-` and `_`, padding optional). For a reply also set `In-Reply-To` / `References` and `threadId`.',
);
const messageBody: JsonSchemaObject = {
  type: 'object',
  properties: { raw, threadId: str('Thread to add the message to (for replies).') },
  required: ['raw'],
};

export const gmailOpenApi: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Gmail API (Patchbay curated subset)',
    version: 'v1',
    description: 'Messages, threads, labels and drafts of the authorized mailbox.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'https://gmail.googleapis.com' }],
  security: [{ oauth: [modifyScope] }],
  tags: [{ name: 'gmail', description: 'Gmail.' }],
  paths: {
    '/gmail/v1/users/me/profile': {
      get: {
        operationId: 'get-profile',
        summary: 'Get the mailbox profile',
        description: 'Email address, total messages and threads, and the current history ID.',
        tags: ['gmail'],
        responses: ok('The profile.'),
      },
    },
    '/gmail/v1/users/me/messages': {
      get: {
        operationId: 'list-messages',
        summary: 'List messages',
        description: 'Message and thread IDs matching a search, newest first; fetch each with get-message.',
        tags: ['gmail'],
        parameters: [
          q,
          labelIds,
          maxResults,
          pageToken,
          queryParam('includeSpamTrash', 'Include SPAM and TRASH.', bool('Include spam and trash')),
        ],
        responses: ok('Message IDs and a next page token.'),
      },
    },
    '/gmail/v1/users/me/messages/{id}': {
      get: {
        operationId: 'get-message',
        summary: 'Get a message',
        description:
          'One message. `full`: headers and MIME parts (part bodies base64url in `payload.parts[].body.data`); ' +
          '`metadata`: headers only; `raw`: the whole message base64url.',
        tags: ['gmail'],
        parameters: [
          messageId,
          format,
          {
            ...queryParam(
              'metadataHeaders',
              'With `metadata`: only these headers, e.g. From, Subject.',
              strings('Headers'),
            ),
            style: 'form',
            explode: true,
          },
        ],
        responses: ok('The message.'),
      },
    },
    '/gmail/v1/users/me/messages/send': {
      post: {
        operationId: 'send-message',
        summary: 'Send an email',
        description: 'Sends a message given as base64url RFC 2822 text in `raw`, as the authorized user.',
        tags: ['gmail'],
        requestBody: { required: true, content: { 'application/json': { schema: messageBody } } },
        responses: ok('The sent message (id, threadId, labelIds).'),
      },
    },
    '/gmail/v1/users/me/messages/{id}/modify': {
      post: {
        operationId: 'modify-message-labels',
        summary: 'Change a message’s labels',
        description: 'Adds and removes labels, e.g. remove `UNREAD` to mark read, remove `INBOX` to archive.',
        tags: ['gmail'],
        parameters: [messageId],
        requestBody: jsonBody(
          { addLabelIds: strings('Label IDs to add.'), removeLabelIds: strings('Label IDs to remove.') },
          [],
        ),
        responses: ok('The message.'),
      },
    },
    '/gmail/v1/users/me/messages/{id}/trash': {
      post: {
        operationId: 'trash-message',
        summary: 'Move a message to trash',
        description: 'Moves a message to TRASH (deleted for good after 30 days).',
        tags: ['gmail'],
        parameters: [messageId],
        responses: ok('The message.'),
      },
    },
    '/gmail/v1/users/me/threads': {
      get: {
        operationId: 'list-threads',
        summary: 'List threads',
        description: 'Conversation threads matching a search, newest first, with a snippet each.',
        tags: ['gmail'],
        parameters: [q, labelIds, maxResults, pageToken],
        responses: ok('Thread IDs and snippets.'),
      },
    },
    '/gmail/v1/users/me/threads/{id}': {
      get: {
        operationId: 'get-thread',
        summary: 'Get a thread',
        description: 'All messages of a thread, oldest first.',
        tags: ['gmail'],
        parameters: [threadId, format],
        responses: ok('The thread.'),
      },
    },
    '/gmail/v1/users/me/labels': {
      get: {
        operationId: 'list-labels',
        summary: 'List labels',
        description: 'System labels (INBOX, UNREAD, STARRED…) and the user’s labels with their IDs.',
        tags: ['gmail'],
        responses: ok('The labels.'),
      },
      post: {
        operationId: 'create-label',
        summary: 'Create a label',
        description: 'Creates a user label (nest with `/` in the name, e.g. `Clients/Acme`).',
        tags: ['gmail'],
        requestBody: jsonBody(
          {
            name: str('The display name.'),
            labelListVisibility: {
              type: 'string',
              enum: ['labelShow', 'labelShowIfUnread', 'labelHide'],
              description: 'In the label list.',
            },
            messageListVisibility: { type: 'string', enum: ['show', 'hide'], description: 'In the message list.' },
          },
          ['name'],
        ),
        responses: ok('The created label.'),
      },
    },
    '/gmail/v1/users/me/drafts': {
      get: {
        operationId: 'list-drafts',
        summary: 'List drafts',
        description: 'Draft IDs with their message IDs.',
        tags: ['gmail'],
        parameters: [q, maxResults, pageToken],
        responses: ok('The drafts.'),
      },
      post: {
        operationId: 'create-draft',
        summary: 'Create a draft',
        description: 'Saves a draft (the message as base64url RFC 2822 in `message.raw`), to review before sending.',
        tags: ['gmail'],
        requestBody: jsonBody({ message: messageBody }, ['message']),
        responses: ok('The created draft.'),
      },
    },
    '/gmail/v1/users/me/drafts/send': {
      post: {
        operationId: 'send-draft',
        summary: 'Send a draft',
        description: 'Sends an existing draft by its ID.',
        tags: ['gmail'],
        requestBody: jsonBody({ id: str('The draft ID.') }, ['id']),
        responses: ok('The sent message.'),
      },
    },
    '/gmail/v1/users/me/history': {
      get: {
        operationId: 'list-history',
        summary: 'List mailbox changes',
        description: 'Changes (messages added, labels changed) since a history ID from get-profile or a message.',
        tags: ['gmail'],
        parameters: [
          queryParam('startHistoryId', 'Return changes after this history ID.', str('Start history ID'), true),
          {
            ...queryParam('historyTypes', 'Only these kinds of change.', {
              type: 'array',
              items: { type: 'string', enum: ['messageAdded', 'messageDeleted', 'labelAdded', 'labelRemoved'] },
            }),
            style: 'form',
            explode: true,
          },
          maxResults,
          pageToken,
        ],
        responses: ok('History records.'),
      },
    },
  },
  components: {
    securitySchemes: {
      oauth: oauth2Scheme('Google OAuth 2.0.', googleAuthorizationUrl, googleTokenUrl, {
        [modifyScope]: 'Read, compose, send and label email (not permanent delete).',
      }),
    },
  },
};

export const gmail = {
  slug: 'gmail',
  name: 'Gmail',
  description: 'Search, read, label, draft and send email in the connected Gmail account.',
  categories: ['communication'],
  logo: letterLogo('M', '#ea4335'),
  baseUrl: 'https://gmail.googleapis.com',
  auth: [
    {
      mode: 'OAUTH2',
      authorizationUrl: googleAuthorizationUrl,
      tokenUrl: googleTokenUrl,
      defaultScopes: [modifyScope],
      scopeSeparator: ' ',
      tokenEndpointAuth: 'client_secret_post',
      authorizationParams: googleAuthorizationParams,
      notes: googleOAuthNotes,
    },
  ],
  headers: {},
  openapi: gmailOpenApi,
} satisfies CuratedToolkitSpec;
