import {
  bool,
  int,
  jsonBody,
  letterLogo,
  oauth2Scheme,
  object,
  ok,
  pathParam,
  queryParam,
  str,
} from './openapi-parts.js';
import type { CuratedToolkitSpec, JsonSchemaObject, OpenApiDocument, OpenApiParameter } from './types.js';

/**
 * Notion API (https://developers.notion.com/reference), pinned to `Notion-Version: 2022-06-28`: the version whose
 * databases are queried directly (2025-09-03 moved queries to data sources).
 */

const authorizationUrl = 'https://api.notion.com/v1/oauth/authorize';
const tokenUrl = 'https://api.notion.com/v1/oauth/token';

const pageId = pathParam('page_id', 'Page ID (UUID, with or without dashes; the last part of a page URL).');
const databaseId = pathParam('database_id', 'Database ID (UUID; from the database URL).');
const blockId = pathParam('block_id', 'Block ID (UUID). A page ID is also a block ID (the page’s content).');
const startCursor = queryParam('start_cursor', 'Cursor from a previous response’s `next_cursor`.', str('Start cursor'));
const pageSize = queryParam('page_size', 'Items per page (max 100).', int('Page size', { maximum: 100 }));
const paging: OpenApiParameter[] = [startCursor, pageSize];

const children: JsonSchemaObject = {
  type: 'array',
  description:
    'Block objects, e.g. `{"object":"block","type":"paragraph","paragraph":{"rich_text":[{"type":"text","text":{"content":"Hi"}}]}}`. Max 100.',
  items: { type: 'object' },
  maxItems: 100,
};
const richText: JsonSchemaObject = {
  type: 'array',
  description: 'Rich text, e.g. `[{"type":"text","text":{"content":"Hello"}}]`.',
  items: { type: 'object' },
};
const bodyCursor = str('Cursor from a previous response’s `next_cursor`.');
const bodyPageSize = int('Items per page (max 100).', { maximum: 100 });

export const notionOpenApi: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Notion API (Patchbay curated subset)',
    version: '2022-06-28',
    description: 'Search, pages, databases, blocks, users and comments.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'https://api.notion.com' }],
  security: [{ oauth: [] }, { token: [] }],
  tags: [
    { name: 'pages', description: 'Pages.' },
    { name: 'databases', description: 'Databases.' },
    { name: 'blocks', description: 'Page content.' },
    { name: 'other', description: 'Search, users, comments.' },
  ],
  paths: {
    '/v1/search': {
      post: {
        operationId: 'search',
        summary: 'Search pages and databases',
        description: 'Pages and databases shared with the integration whose title matches `query` (empty: all).',
        tags: ['other'],
        requestBody: jsonBody(
          {
            query: str('Text to match against titles.'),
            filter: {
              type: 'object',
              description: 'Only pages or only databases: `{"property":"object","value":"page"}`.',
              properties: {
                property: { type: 'string', const: 'object' },
                value: { type: 'string', enum: ['page', 'database'] },
              },
            },
            sort: object('`{"direction":"descending","timestamp":"last_edited_time"}`.'),
            start_cursor: bodyCursor,
            page_size: bodyPageSize,
          },
          [],
        ),
        responses: ok('A list of pages and databases.'),
      },
    },
    '/v1/pages': {
      post: {
        operationId: 'create-a-page',
        summary: 'Create a page',
        description:
          'Creates a page under a page (`parent: {"page_id"}`; only `title` property) or a database row ' +
          '(`parent: {"database_id"}`; properties must match the database schema).',
        tags: ['pages'],
        requestBody: jsonBody(
          {
            parent: object('`{"page_id": "..."}` or `{"database_id": "..."}`.'),
            properties: object(
              'Property values by name, e.g. `{"title": {"title": [{"text": {"content": "Notes"}}]}}` (database rows use their title property’s name).',
            ),
            children,
            icon: object('`{"emoji": "📝"}` or an external file.'),
            cover: object('`{"external": {"url": "https://…"}}`.'),
          },
          ['parent', 'properties'],
        ),
        responses: ok('The created page.'),
      },
    },
    '/v1/pages/{page_id}': {
      get: {
        operationId: 'retrieve-a-page',
        summary: 'Retrieve a page',
        description: 'A page’s properties (not its content: use retrieve-block-children with the page ID).',
        tags: ['pages'],
        parameters: [pageId],
        responses: ok('The page.'),
      },
      patch: {
        operationId: 'update-page-properties',
        summary: 'Update page properties',
        description: 'Changes property values, icon or cover, or archives (trashes) the page with `archived: true`.',
        tags: ['pages'],
        parameters: [pageId],
        requestBody: jsonBody(
          {
            properties: object('Property values to change, by name.'),
            archived: bool('true to move the page to trash, false to restore it.'),
            icon: object('New icon.'),
            cover: object('New cover.'),
          },
          [],
        ),
        responses: ok('The updated page.'),
      },
    },
    '/v1/databases': {
      post: {
        operationId: 'create-a-database',
        summary: 'Create a database',
        description: 'Creates a database as a child of a page, with a property schema.',
        tags: ['databases'],
        requestBody: jsonBody(
          {
            parent: object('`{"type": "page_id", "page_id": "..."}`.'),
            title: richText,
            properties: object(
              'Property schema by name; exactly one `{"title": {}}` property, e.g. `{"Name": {"title": {}}}`.',
            ),
          },
          ['parent', 'properties'],
        ),
        responses: ok('The created database.'),
      },
    },
    '/v1/databases/{database_id}': {
      get: {
        operationId: 'retrieve-a-database',
        summary: 'Retrieve a database',
        description: 'A database’s title and property schema (names, types, select options).',
        tags: ['databases'],
        parameters: [databaseId],
        responses: ok('The database.'),
      },
    },
    '/v1/databases/{database_id}/query': {
      post: {
        operationId: 'query-a-database',
        summary: 'Query a database',
        description:
          'Rows (pages) of a database, filtered and sorted, e.g. filter `{"property":"Status","status":{"equals":"Done"}}`.',
        tags: ['databases'],
        parameters: [databaseId],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  filter: object('A property filter, or `{"and": [...]}` / `{"or": [...]}` of filters.'),
                  sorts: {
                    type: 'array',
                    description: '`[{"property": "Due", "direction": "ascending"}]`.',
                    items: { type: 'object' },
                  },
                  start_cursor: bodyCursor,
                  page_size: bodyPageSize,
                },
              },
            },
          },
        },
        responses: ok('A list of pages.'),
      },
    },
    '/v1/blocks/{block_id}': {
      get: {
        operationId: 'retrieve-a-block',
        summary: 'Retrieve a block',
        description: 'One block (its type and content).',
        tags: ['blocks'],
        parameters: [blockId],
        responses: ok('The block.'),
      },
      patch: {
        operationId: 'update-a-block',
        summary: 'Update a block',
        description: 'Changes a block’s content: send its type key, e.g. `{"paragraph": {"rich_text": [...]}}`.',
        tags: ['blocks'],
        parameters: [blockId],
        requestBody: jsonBody({ archived: bool('true to delete the block.') }, []),
        responses: ok('The updated block.'),
      },
      delete: {
        operationId: 'delete-a-block',
        summary: 'Delete a block',
        description: 'Moves a block to trash (a page ID trashes the page).',
        tags: ['blocks'],
        parameters: [blockId],
        responses: ok('The deleted block.'),
      },
    },
    '/v1/blocks/{block_id}/children': {
      get: {
        operationId: 'retrieve-block-children',
        summary: 'Retrieve block children',
        description: 'The content of a page or block, one level deep (blocks with `has_children` need another call).',
        tags: ['blocks'],
        parameters: [blockId, ...paging],
        responses: ok('A list of blocks.'),
      },
      patch: {
        operationId: 'append-block-children',
        summary: 'Append block children',
        description: 'Adds blocks at the end of a page or block (or after the block `after`).',
        tags: ['blocks'],
        parameters: [blockId],
        requestBody: jsonBody({ children, after: str('ID of the existing child block to insert after.') }, [
          'children',
        ]),
        responses: ok('The appended blocks.'),
      },
    },
    '/v1/users': {
      get: {
        operationId: 'list-all-users',
        summary: 'List all users',
        description: 'People and bots of the workspace (needs the user-information capability).',
        tags: ['other'],
        parameters: paging,
        responses: ok('A list of users.'),
      },
    },
    '/v1/users/me': {
      get: {
        operationId: 'retrieve-the-bot-user',
        summary: 'Retrieve the token’s bot user',
        description: 'The integration’s bot user and the workspace it belongs to.',
        tags: ['other'],
        responses: ok('The bot user.'),
      },
    },
    '/v1/comments': {
      get: {
        operationId: 'retrieve-comments',
        summary: 'Retrieve comments',
        description: 'Open comments on a page or block (needs the read-comments capability).',
        tags: ['other'],
        parameters: [queryParam('block_id', 'Page or block ID.', str('Block ID'), true), ...paging],
        responses: ok('A list of comments.'),
      },
      post: {
        operationId: 'create-a-comment',
        summary: 'Create a comment',
        description: 'Comments on a page (`parent: {"page_id"}`) or replies in a discussion (`discussion_id`).',
        tags: ['other'],
        requestBody: jsonBody(
          {
            parent: object('`{"page_id": "..."}`; give this or `discussion_id`.'),
            discussion_id: str('An existing discussion thread to reply in.'),
            rich_text: richText,
          },
          ['rich_text'],
        ),
        responses: ok('The created comment.'),
      },
    },
  },
  components: {
    securitySchemes: {
      // Notion OAuth has no scopes: the user picks the pages to share while authorizing.
      oauth: oauth2Scheme('A public Notion integration.', authorizationUrl, tokenUrl, {}),
      token: { type: 'http', scheme: 'bearer', description: 'An internal integration secret (`ntn_…` / `secret_…`).' },
    },
  },
};

export const notion = {
  slug: 'notion',
  name: 'Notion',
  description: 'Search, read and write Notion pages, databases, blocks and comments shared with the integration.',
  categories: ['productivity'],
  logo: letterLogo('N', '#000000'),
  baseUrl: 'https://api.notion.com',
  auth: [
    {
      mode: 'OAUTH2',
      authorizationUrl,
      tokenUrl,
      defaultScopes: [],
      scopeSeparator: ' ',
      tokenEndpointAuth: 'client_secret_basic',
      authorizationParams: { owner: 'user' },
      notes:
        'Notion has no scopes (capabilities are set on the integration); the authorize URL needs `owner=user` and the ' +
        'token exchange uses HTTP Basic with the client id and secret.',
    },
    { mode: 'BEARER_TOKEN', description: 'An internal integration secret; share pages with the integration first.' },
  ],
  headers: { 'Notion-Version': '2022-06-28' },
  openapi: notionOpenApi,
} satisfies CuratedToolkitSpec;
