import { linearQueries } from './linear-queries.js';
import { bool, int, letterLogo, oauth2Scheme, object, providerError, str, strings } from './openapi-parts.js';
import type { CuratedToolkitSpec, JsonSchemaObject, OpenApiDocument } from './types.js';

/**
 * Linear's GraphQL API (https://developers.linear.app/docs/graphql/working-with-the-graphql-api) as tools.
 *
 * Every operation is `POST /graphql` with `{query, variables}`. OpenAPI allows one POST per path, so each operation is
 * its own one-path document. The `query` property is a `const`: the curated runtime (index.ts) leaves it out of the
 * tool's input schema and puts it into the body on each call, so the model supplies only `variables`.
 */

const authorizationUrl = 'https://linear.app/oauth/authorize';
const tokenUrl = 'https://api.linear.app/oauth/token';
const endpoint = 'https://api.linear.app';

const first = int('How many to return (default 50, max 250).', { minimum: 1, maximum: 250 });
const after = str('Cursor: `pageInfo.endCursor` of the previous page.');
const issueFilter = object(
  'An IssueFilter, e.g. `{"team": {"key": {"eq": "ENG"}}, "state": {"type": {"in": ["started", "unstarted"]}}}` or ' +
    '`{"assignee": {"isMe": {"eq": true}}}`.',
);
const priority = int('0 none, 1 urgent, 2 high, 3 medium (normal), 4 low.', { minimum: 0, maximum: 4 });
const issueInputFields: Readonly<Record<string, JsonSchemaObject>> = {
  title: str('Title.'),
  description: str('Description in Markdown.'),
  assigneeId: str('User ID to assign (see list-users).'),
  stateId: str('Workflow state ID (see list-workflow-states).'),
  priority,
  labelIds: strings('Label IDs (see list-issue-labels); replaces the labels on update.'),
  projectId: str('Project ID (see list-projects).'),
  parentId: str('Parent issue ID, to make a sub-issue.'),
  dueDate: str('Due date, yyyy-mm-dd.', { format: 'date' }),
  estimate: int('Estimate points.'),
};

interface GraphqlTool {
  operationId: string;
  summary: string;
  description: string;
  query: string;
  variables: Readonly<Record<string, JsonSchemaObject>>;
  required?: readonly string[];
  mutation?: boolean;
}

/** One GraphQL operation as a one-path OpenAPI document. */
function graphqlDocument(tool: GraphqlTool): OpenApiDocument {
  const variables: JsonSchemaObject = {
    type: 'object',
    description: 'The GraphQL variables.',
    properties: tool.variables,
    additionalProperties: false,
    ...(tool.required && tool.required.length > 0 ? { required: tool.required } : {}),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: `Linear GraphQL: ${tool.summary}`,
      version: '1.0.0',
      description: `${tool.mutation ? 'Mutation' : 'Query'} sent to Linear's GraphQL endpoint.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: endpoint }],
    security: [{ oauth: [tool.mutation ? 'write' : 'read'] }, { apiKey: [] }],
    paths: {
      '/graphql': {
        post: {
          operationId: tool.operationId,
          summary: tool.summary,
          description: `${tool.description} GraphQL errors come back in \`errors\` with HTTP 200 or 400.`,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    query: { type: 'string', const: tool.query, description: 'Fixed by the tool.' },
                    variables,
                  },
                  // `variables` may be left out when the operation has no required variable.
                  required: tool.required && tool.required.length > 0 ? ['query', 'variables'] : ['query'],
                  additionalProperties: false,
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'GraphQL response: `data` and/or `errors`.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '4XX': providerError,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        oauth: oauth2Scheme('A Linear OAuth application.', authorizationUrl, tokenUrl, {
          read: 'Read access.',
          write: 'Write access.',
        }),
        apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'A personal API key, sent as is.' },
      },
    },
  };
}

const tools: GraphqlTool[] = [
  {
    operationId: 'get-viewer',
    summary: 'Get the authenticated user',
    description: 'The user the token acts as, and their organization.',
    query: linearQueries.viewer,
    variables: {},
  },
  {
    operationId: 'list-teams',
    summary: 'List teams',
    description: 'Teams with their IDs and keys (the `ENG` in `ENG-123`); creating an issue needs a team ID.',
    query: linearQueries.teams,
    variables: { first, after },
  },
  {
    operationId: 'list-issues',
    summary: 'List issues',
    description: 'Issues matching a filter, most recently updated first.',
    query: linearQueries.issues,
    variables: { filter: issueFilter, first, after, includeArchived: bool('Include archived issues.') },
  },
  {
    operationId: 'list-my-issues',
    summary: 'List my assigned issues',
    description: 'Issues assigned to the authenticated user, most recently updated first.',
    query: linearQueries.myIssues,
    variables: { filter: issueFilter, first, after },
  },
  {
    operationId: 'search-issues',
    summary: 'Search issues',
    description: 'Full-text search over issue titles, descriptions and comments.',
    query: linearQueries.searchIssues,
    variables: { term: str('Text to search for.'), filter: issueFilter, first, after },
    required: ['term'],
  },
  {
    operationId: 'get-issue',
    summary: 'Get an issue',
    description: 'One issue with description, sub-issues and the latest 50 comments.',
    query: linearQueries.issue,
    variables: { id: str('Issue ID or identifier, e.g. `ENG-123`.') },
    required: ['id'],
  },
  {
    operationId: 'create-issue',
    summary: 'Create an issue',
    description: 'Creates an issue in a team (issueCreate).',
    query: linearQueries.issueCreate,
    variables: {
      input: {
        type: 'object',
        description: 'IssueCreateInput.',
        properties: { teamId: str('Team ID (see list-teams).'), ...issueInputFields },
        required: ['teamId', 'title'],
      },
    },
    required: ['input'],
    mutation: true,
  },
  {
    operationId: 'update-issue',
    summary: 'Update an issue',
    description: 'Changes the given fields of an issue (issueUpdate): state, assignee, priority, title…',
    query: linearQueries.issueUpdate,
    variables: {
      id: str('Issue ID or identifier, e.g. `ENG-123`.'),
      input: {
        type: 'object',
        description: 'IssueUpdateInput: only the fields to change.',
        properties: issueInputFields,
      },
    },
    required: ['id', 'input'],
    mutation: true,
  },
  {
    operationId: 'archive-issue',
    summary: 'Archive an issue',
    description: 'Archives an issue (issueArchive); it can be restored in Linear.',
    query: linearQueries.issueArchive,
    variables: { id: str('Issue ID or identifier.') },
    required: ['id'],
    mutation: true,
  },
  {
    operationId: 'create-comment',
    summary: 'Comment on an issue',
    description: 'Adds a comment (Markdown) to an issue, or a reply with `parentId` (commentCreate).',
    query: linearQueries.commentCreate,
    variables: {
      input: {
        type: 'object',
        description: 'CommentCreateInput.',
        properties: {
          issueId: str('Issue ID (UUID) or identifier.'),
          body: str('Comment in Markdown.'),
          parentId: str('Comment ID to reply to.'),
        },
        required: ['issueId', 'body'],
      },
    },
    required: ['input'],
    mutation: true,
  },
  {
    operationId: 'list-workflow-states',
    summary: 'List workflow states',
    description: 'Issue states (Todo, In Progress, Done…) per team, with the IDs update-issue needs.',
    query: linearQueries.workflowStates,
    variables: {
      filter: object('A WorkflowStateFilter, e.g. `{"team": {"key": {"eq": "ENG"}}}`.'),
      first,
      after,
    },
  },
  {
    operationId: 'list-users',
    summary: 'List users',
    description: 'Members of the organization with their IDs (for assigning).',
    query: linearQueries.users,
    variables: { first, after, includeDisabled: bool('Include deactivated users.') },
  },
  {
    operationId: 'list-issue-labels',
    summary: 'List issue labels',
    description: 'Labels with their IDs (workspace-wide ones have no team).',
    query: linearQueries.issueLabels,
    variables: { filter: object('An IssueLabelFilter, e.g. `{"name": {"eqIgnoreCase": "bug"}}`.'), first, after },
  },
  {
    operationId: 'list-projects',
    summary: 'List projects',
    description: 'Projects with state, lead, dates and progress.',
    query: linearQueries.projects,
    variables: { filter: object('A ProjectFilter, e.g. `{"state": {"eq": "started"}}`.'), first, after },
  },
];

export const linearOpenApi: readonly OpenApiDocument[] = tools.map(graphqlDocument);

export const linear = {
  slug: 'linear',
  name: 'Linear',
  description: 'Find, create, update and comment on Linear issues; list teams, states, labels, users and projects.',
  categories: ['developer-tools', 'productivity'],
  logo: letterLogo('L', '#5e6ad2'),
  baseUrl: endpoint,
  auth: [
    {
      mode: 'OAUTH2',
      authorizationUrl,
      tokenUrl,
      defaultScopes: ['read', 'write'],
      scopeSeparator: ',',
      tokenEndpointAuth: 'client_secret_post',
      notes: 'Linear separates scopes with commas; `write` covers issues and comments.',
    },
    {
      mode: 'API_KEY',
      in: 'header',
      name: 'Authorization',
      description: 'A personal API key (`lin_api_…`), sent in `Authorization` without `Bearer`.',
    },
  ],
  headers: {},
  openapi: linearOpenApi,
} satisfies CuratedToolkitSpec;
