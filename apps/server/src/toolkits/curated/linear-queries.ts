/**
 * The fixed GraphQL documents behind Linear's tools (https://developers.linear.app, schema at
 * https://studio.apollographql.com/public/Linear-API). Each selects the fields a model needs to act on the result
 * (ids for follow-up calls, identifiers and URLs for people) and no more, to keep responses small.
 */

const issueFields = `id identifier title url priority priorityLabel estimate dueDate createdAt updatedAt
  state { id name type } assignee { id name email } team { id key name } project { id name }
  labels { nodes { id name } }`;
const pageInfo = 'pageInfo { hasNextPage endCursor }';

export const linearQueries = {
  viewer: `query Viewer { viewer { id name displayName email admin organization { id name urlKey } } }`,
  teams: `query Teams($first: Int, $after: String) {
  teams(first: $first, after: $after) { nodes { id key name description } ${pageInfo} }
}`,
  issues: `query Issues($filter: IssueFilter, $first: Int, $after: String, $includeArchived: Boolean) {
  issues(filter: $filter, first: $first, after: $after, includeArchived: $includeArchived, orderBy: updatedAt) {
    nodes { ${issueFields} }
    ${pageInfo}
  }
}`,
  myIssues: `query MyIssues($filter: IssueFilter, $first: Int, $after: String) {
  viewer { assignedIssues(filter: $filter, first: $first, after: $after, orderBy: updatedAt) {
    nodes { ${issueFields} }
    ${pageInfo}
  } }
}`,
  searchIssues: `query SearchIssues($term: String!, $filter: IssueFilter, $first: Int, $after: String) {
  searchIssues(term: $term, filter: $filter, first: $first, after: $after) {
    nodes { ${issueFields} }
    ${pageInfo}
    totalCount
  }
}`,
  issue: `query Issue($id: String!) {
  issue(id: $id) {
    ${issueFields}
    description
    parent { id identifier title }
    children { nodes { id identifier title state { name } } }
    comments(first: 50) { nodes { id body createdAt user { id name } } }
  }
}`,
  issueCreate: `mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) { success issue { ${issueFields} } }
}`,
  issueUpdate: `mutation IssueUpdate($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success issue { ${issueFields} } }
}`,
  issueArchive: `mutation IssueArchive($id: String!) { issueArchive(id: $id) { success } }`,
  commentCreate: `mutation CommentCreate($input: CommentCreateInput!) {
  commentCreate(input: $input) { success comment { id body url createdAt } }
}`,
  workflowStates: `query WorkflowStates($filter: WorkflowStateFilter, $first: Int, $after: String) {
  workflowStates(filter: $filter, first: $first, after: $after) {
    nodes { id name type position team { id key } }
    ${pageInfo}
  }
}`,
  users: `query Users($first: Int, $after: String, $includeDisabled: Boolean) {
  users(first: $first, after: $after, includeDisabled: $includeDisabled) {
    nodes { id name displayName email active admin }
    ${pageInfo}
  }
}`,
  issueLabels: `query IssueLabels($filter: IssueLabelFilter, $first: Int, $after: String) {
  issueLabels(filter: $filter, first: $first, after: $after) {
    nodes { id name color team { id key } }
    ${pageInfo}
  }
}`,
  projects: `query Projects($filter: ProjectFilter, $first: Int, $after: String) {
  projects(filter: $filter, first: $first, after: $after) {
    nodes { id name state url startDate targetDate progress lead { id name } teams { nodes { id key } } }
    ${pageInfo}
  }
}`,
} satisfies Record<string, string>;
