/** OpenAPI-described HTTP APIs as toolkits. */
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
