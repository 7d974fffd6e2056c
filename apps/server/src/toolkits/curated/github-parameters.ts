import { int, pathParam, queryParam } from './openapi-parts.js';
import type { OpenApiParameter } from './types.js';

/** Parameters shared by many GitHub REST operations (names and meanings as in https://docs.github.com/en/rest). */

export const owner = pathParam(
  'owner',
  'The account owner of the repository (user or organization login); not case-sensitive.',
);
export const repo = pathParam('repo', 'The name of the repository without the .git extension; not case-sensitive.');
export const issueNumber = pathParam('issue_number', 'The number that identifies the issue (or pull request).', {
  type: 'integer',
});
export const pullNumber = pathParam('pull_number', 'The number that identifies the pull request.', { type: 'integer' });
export const perPage = queryParam(
  'per_page',
  'Results per page (max 100).',
  int('Results per page', { default: 30, maximum: 100 }),
);
export const page = queryParam(
  'page',
  'Page number of the results to fetch (starts at 1).',
  int('Page number', { default: 1 }),
);
export const direction = queryParam('direction', 'Sort direction.', { type: 'string', enum: ['asc', 'desc'] });
export const paging: OpenApiParameter[] = [perPage, page];

export const filePath = pathParam(
  'path',
  'Path of the file or directory in the repository, e.g. `src/index.ts` (slashes allowed; no leading slash).',
);
