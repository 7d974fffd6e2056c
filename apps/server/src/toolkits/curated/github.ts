import { direction, filePath, issueNumber, owner, paging, pullNumber, repo } from './github-parameters.js';
import { bool, int, jsonBody, letterLogo, oauth2Scheme, ok, queryParam, str, strings } from './openapi-parts.js';
import type { CuratedToolkitSpec, OpenApiDocument } from './types.js';

/** GitHub REST API (https://docs.github.com/en/rest), version 2022-11-28. */

const authorizationUrl = 'https://github.com/login/oauth/authorize';
const tokenUrl = 'https://github.com/login/oauth/access_token';

export const githubOpenApi: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'GitHub REST API (Patchbay curated subset)',
    version: '2022-11-28',
    description: 'The most used GitHub REST operations: repositories, issues, pull requests, search and contents.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'https://api.github.com' }],
  security: [{ oauth: ['repo'] }, { token: [] }],
  tags: [
    { name: 'repos', description: 'Repositories, branches and contents.' },
    { name: 'issues', description: 'Issues and comments.' },
    { name: 'pulls', description: 'Pull requests.' },
    { name: 'search', description: 'Search.' },
    { name: 'users', description: 'Users.' },
  ],
  paths: {
    '/user': {
      get: {
        operationId: 'get-the-authenticated-user',
        summary: 'Get the authenticated user',
        description: 'The profile of the user the token belongs to (login, name, email if public, plan).',
        tags: ['users'],
        responses: ok('The authenticated user.'),
      },
    },
    '/user/repos': {
      get: {
        operationId: 'list-repositories-for-the-authenticated-user',
        summary: 'List repositories for the authenticated user',
        description: 'Repositories the user can access: owned, collaborated on, or through organization membership.',
        tags: ['repos'],
        parameters: [
          queryParam('visibility', 'Limit by visibility.', { type: 'string', enum: ['all', 'public', 'private'] }),
          queryParam('affiliation', 'Comma-separated: owner, collaborator, organization_member.', str('Affiliation')),
          queryParam('sort', 'Sort key.', { type: 'string', enum: ['created', 'updated', 'pushed', 'full_name'] }),
          direction,
          ...paging,
        ],
        responses: ok('An array of repositories.'),
      },
    },
    '/repos/{owner}/{repo}': {
      get: {
        operationId: 'get-a-repository',
        summary: 'Get a repository',
        description: 'Repository details: default branch, visibility, topics, counts, permissions.',
        tags: ['repos'],
        parameters: [owner, repo],
        responses: ok('The repository.'),
      },
    },
    '/repos/{owner}/{repo}/branches': {
      get: {
        operationId: 'list-branches',
        summary: 'List branches',
        description: 'Branches with their head commit SHA (use it as the `sha` when creating a branch).',
        tags: ['repos'],
        parameters: [
          owner,
          repo,
          queryParam('protected', 'Only protected (true) or unprotected (false).', bool('Protected branches only.')),
          ...paging,
        ],
        responses: ok('An array of branches.'),
      },
    },
    '/repos/{owner}/{repo}/git/refs': {
      post: {
        operationId: 'create-a-reference',
        summary: 'Create a reference (e.g. a branch)',
        description: 'Creates a branch or tag ref pointing at a commit. For a branch: `ref` = `refs/heads/<name>`.',
        tags: ['repos'],
        parameters: [owner, repo],
        requestBody: jsonBody(
          {
            ref: str(
              'Fully qualified ref name starting with `refs/` and having at least two slashes, e.g. refs/heads/fix',
            ),
            sha: str('The SHA1 of the commit the ref points at.'),
          },
          ['ref', 'sha'],
        ),
        responses: ok('The new reference.', '201'),
      },
    },
    '/repos/{owner}/{repo}/contents/{path}': {
      get: {
        operationId: 'get-repository-content',
        summary: 'Get repository content',
        description:
          'A file (base64 `content`, `sha`) or a directory listing. Pass the `sha` to update the file later.',
        tags: ['repos'],
        parameters: [
          owner,
          repo,
          filePath,
          queryParam('ref', 'Branch, tag or commit; default: the default branch.', str('Ref')),
        ],
        responses: ok('File or directory contents.'),
      },
      put: {
        operationId: 'create-or-update-file-contents',
        summary: 'Create or update file contents',
        description: 'Commits a new file, or a new version of one (give the current blob `sha` to update).',
        tags: ['repos'],
        parameters: [owner, repo, filePath],
        requestBody: jsonBody(
          {
            message: str('The commit message.'),
            content: str('The new file content, Base64-encoded.', { contentEncoding: 'base64' }),
            sha: str('Required when updating: the blob SHA of the file being replaced.'),
            branch: str('The branch name; default: the repository default branch.'),
          },
          ['message', 'content'],
        ),
        responses: ok('The file and the commit.'),
      },
    },
    '/repos/{owner}/{repo}/issues': {
      get: {
        operationId: 'list-repository-issues',
        summary: 'List repository issues',
        description: 'Issues of a repository (GitHub counts pull requests as issues: they carry a `pull_request` key).',
        tags: ['issues'],
        parameters: [
          owner,
          repo,
          queryParam('state', 'Issue state.', { type: 'string', enum: ['open', 'closed', 'all'], default: 'open' }),
          queryParam('labels', 'Comma-separated label names, e.g. `bug,ui`.', str('Labels')),
          queryParam('assignee', 'A login, `none` or `*`.', str('Assignee')),
          queryParam('creator', 'The login of the creator.', str('Creator')),
          queryParam(
            'since',
            'Only issues updated at or after this ISO 8601 time.',
            str('Since', { format: 'date-time' }),
          ),
          queryParam('sort', 'Sort key.', { type: 'string', enum: ['created', 'updated', 'comments'] }),
          direction,
          ...paging,
        ],
        responses: ok('An array of issues.'),
      },
      post: {
        operationId: 'create-an-issue',
        summary: 'Create an issue',
        description: 'Opens an issue. Labels, assignees and milestone are set only if the user has push access.',
        tags: ['issues'],
        parameters: [owner, repo],
        requestBody: jsonBody(
          {
            title: str('The title of the issue.'),
            body: str('The contents of the issue (Markdown).'),
            assignees: strings('Logins of users to assign.'),
            milestone: int('The number of the milestone to associate.'),
            labels: strings('Label names to add.'),
          },
          ['title'],
        ),
        responses: ok('The created issue.', '201'),
      },
    },
    '/repos/{owner}/{repo}/issues/{issue_number}': {
      get: {
        operationId: 'get-an-issue',
        summary: 'Get an issue',
        description: 'One issue (or pull request, as an issue) with its body, labels, assignees and state.',
        tags: ['issues'],
        parameters: [owner, repo, issueNumber],
        responses: ok('The issue.'),
      },
      patch: {
        operationId: 'update-an-issue',
        summary: 'Update an issue',
        description:
          'Changes title, body, state (close/reopen), labels, assignees or milestone. Only given fields change.',
        tags: ['issues'],
        parameters: [owner, repo, issueNumber],
        requestBody: jsonBody(
          {
            title: str('The new title.'),
            body: str('The new contents (Markdown).'),
            state: { type: 'string', enum: ['open', 'closed'], description: 'Open or close the issue.' },
            state_reason: {
              type: 'string',
              enum: ['completed', 'not_planned', 'reopened'],
              description: 'Why the state changed.',
            },
            assignees: strings('Replaces the assignees (empty array clears them).'),
            labels: strings('Replaces the labels (empty array clears them).'),
            milestone: { type: ['integer', 'null'], description: 'Milestone number, or null to remove it.' },
          },
          [],
        ),
        responses: ok('The updated issue.'),
      },
    },
    '/repos/{owner}/{repo}/issues/{issue_number}/comments': {
      get: {
        operationId: 'list-issue-comments',
        summary: 'List issue comments',
        description: 'Comments on an issue or pull request, oldest first.',
        tags: ['issues'],
        parameters: [owner, repo, issueNumber, ...paging],
        responses: ok('An array of comments.'),
      },
      post: {
        operationId: 'create-an-issue-comment',
        summary: 'Create an issue comment',
        description: 'Comments on an issue or on a pull request (pull requests are issues for comments).',
        tags: ['issues'],
        parameters: [owner, repo, issueNumber],
        requestBody: jsonBody({ body: str('The comment text (Markdown).') }, ['body']),
        responses: ok('The created comment.', '201'),
      },
    },
    '/repos/{owner}/{repo}/pulls': {
      get: {
        operationId: 'list-pull-requests',
        summary: 'List pull requests',
        description: 'Pull requests of a repository.',
        tags: ['pulls'],
        parameters: [
          owner,
          repo,
          queryParam('state', 'Pull request state.', {
            type: 'string',
            enum: ['open', 'closed', 'all'],
            default: 'open',
          }),
          queryParam('head', 'Filter by head as `user:ref-name`.', str('Head')),
          queryParam('base', 'Filter by base branch name.', str('Base')),
          queryParam('sort', 'Sort key.', {
            type: 'string',
            enum: ['created', 'updated', 'popularity', 'long-running'],
          }),
          direction,
          ...paging,
        ],
        responses: ok('An array of pull requests.'),
      },
      post: {
        operationId: 'create-a-pull-request',
        summary: 'Create a pull request',
        description: 'Opens a pull request from `head` into `base`.',
        tags: ['pulls'],
        parameters: [owner, repo],
        requestBody: jsonBody(
          {
            title: str('The title of the pull request.'),
            head: str('The branch with the changes; `username:branch` for a fork.'),
            base: str('The branch to merge into.'),
            body: str('The description (Markdown).'),
            draft: bool('Open as a draft.'),
            maintainer_can_modify: bool('Allow maintainers to push to the head branch.'),
          },
          ['head', 'base'],
        ),
        responses: ok('The created pull request.', '201'),
      },
    },
    '/repos/{owner}/{repo}/pulls/{pull_number}': {
      get: {
        operationId: 'get-a-pull-request',
        summary: 'Get a pull request',
        description: 'One pull request with head/base, mergeable state, review and diff counts.',
        tags: ['pulls'],
        parameters: [owner, repo, pullNumber],
        responses: ok('The pull request.'),
      },
    },
    '/repos/{owner}/{repo}/pulls/{pull_number}/files': {
      get: {
        operationId: 'list-pull-requests-files',
        summary: 'List pull request files',
        description: 'Changed files of a pull request with status, additions, deletions and `patch` (max 3000 files).',
        tags: ['pulls'],
        parameters: [owner, repo, pullNumber, ...paging],
        responses: ok('An array of changed files.'),
      },
    },
    '/repos/{owner}/{repo}/pulls/{pull_number}/merge': {
      put: {
        operationId: 'merge-a-pull-request',
        summary: 'Merge a pull request',
        description: 'Merges a pull request; pass `sha` to merge only if the head is still at that commit.',
        tags: ['pulls'],
        parameters: [owner, repo, pullNumber],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  commit_title: str('Title of the merge commit.'),
                  commit_message: str('Extra detail for the merge commit.'),
                  sha: str('SHA that the pull request head must match.'),
                  merge_method: { type: 'string', enum: ['merge', 'squash', 'rebase'], description: 'Merge method.' },
                },
              },
            },
          },
        },
        responses: ok('The merge result.'),
      },
    },
    '/search/issues': {
      get: {
        operationId: 'search-issues-and-pull-requests',
        summary: 'Search issues and pull requests',
        description:
          'GitHub search syntax, e.g. `repo:octo/app is:issue is:open label:bug crash`. Include `is:issue` or `is:pr`.',
        tags: ['search'],
        parameters: [
          queryParam('q', 'The search query (keywords and qualifiers).', str('Query'), true),
          queryParam('sort', 'Sort key; default: best match.', {
            type: 'string',
            enum: ['comments', 'reactions', 'created', 'updated'],
          }),
          queryParam('order', 'Sort order when `sort` is given.', { type: 'string', enum: ['asc', 'desc'] }),
          ...paging,
        ],
        responses: ok('Matching issues and pull requests.'),
      },
    },
    '/search/code': {
      get: {
        operationId: 'search-code',
        summary: 'Search code',
        description: 'Code search, e.g. `addClass repo:jquery/jquery language:js`. Needs a user (not app) token.',
        tags: ['search'],
        parameters: [queryParam('q', 'The search query (keywords and qualifiers).', str('Query'), true), ...paging],
        responses: ok('Matching files.'),
      },
    },
  },
  components: {
    securitySchemes: {
      oauth: oauth2Scheme('A GitHub OAuth app.', authorizationUrl, tokenUrl, {
        repo: 'Full control of repositories (code, issues, pull requests).',
        'read:user': 'Read the profile.',
        'user:email': 'Read email addresses.',
      }),
      token: { type: 'http', scheme: 'bearer', description: 'A personal access token (classic or fine-grained).' },
    },
  },
};

export const github = {
  slug: 'github',
  name: 'GitHub',
  description: 'Repositories, issues, pull requests, code search and file contents on GitHub.',
  categories: ['developer-tools'],
  logo: letterLogo('GH', '#24292f'),
  baseUrl: 'https://api.github.com',
  auth: [
    {
      mode: 'OAUTH2',
      authorizationUrl,
      tokenUrl,
      defaultScopes: ['repo', 'read:user', 'user:email'],
      scopeSeparator: ' ',
      // GitHub documents client_id and client_secret as form parameters of the token request.
      tokenEndpointAuth: 'client_secret_post',
      notes: 'Create an OAuth app under Settings → Developer settings; GitHub answers the token as JSON when asked.',
    },
    {
      mode: 'BEARER_TOKEN',
      description: 'A GitHub personal access token (classic `ghp_…` or fine-grained `github_pat_…`).',
    },
  ],
  headers: { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' },
  openapi: githubOpenApi,
  slashPaths: [/^\/repos\/[^/]+\/[^/]+\/contents\//],
} satisfies CuratedToolkitSpec;
