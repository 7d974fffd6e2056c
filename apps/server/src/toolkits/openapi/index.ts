/**
 * OpenAPI-described HTTP APIs as toolkits: `createOpenApiToolkit(definition)` gives a `ToolkitRuntime` with one tool
 * per operation (`operationId`, else `METHOD path`, as a TOOLKIT_ACTION slug).
 *
 * - Input schema: path, query, header and cookie parameters by name, plus `body` for a JSON, form or text request body.
 *   A parameter named like an earlier one becomes `<in>_<name>`; the body becomes `request_body` if a parameter is
 *   called `body`. Schemas are self-contained (internal refs inlined, recursion cut after one level, OpenAPI 3.0
 *   `nullable` turned into JSON Schema), `readOnly` properties are left out, and unknown arguments are rejected.
 * - Operations that require a multipart or binary body are left out (not expressible as JSON arguments yet).
 * - Credentials per scheme: API_KEY `api_key`, BEARER_TOKEN `token`, OAUTH2 `access_token`, BASIC `username` +
 *   `password` (which may be empty); none for NO_AUTH or an operation with `security: []`. Redirects to another origin are followed
 *   without credentials; secrets are scrubbed from everything returned.
 * - Responses: JSON as `structuredContent` (non-objects as `{ result }`) plus its text; text truncated to
 *   `maxResponseBytes` with a note; bodies read with a hard cap (`maxBodyBytes`); failures as `isError` results.
 */
export type { AuthScheme, OpenApiAuth, OpenApiToolkitDefinition } from './definition.js';
export {
  defaultMaxBodyBytes,
  defaultMaxResponseBytes,
  defaultSpecMaxBytes,
  defaultSpecTimeoutMs,
  defaultTimeoutMs,
} from './definition.js';
export type { LoadedSpec, OpenApiVersion } from './load-spec.js';
export { checkDocument, parseSpecText } from './load-spec.js';
export { createOpenApiToolkit, type OpenApiToolkitOptions } from './openapi-toolkit.js';
