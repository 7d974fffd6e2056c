import type {
  JsonSchemaObject,
  OpenApiParameter,
  OpenApiRequestBody,
  OpenApiResponse,
  OpenApiSecurityScheme,
} from './types.js';

/** Small builders that keep the hand-written curated specs short and uniform. */

export const str = (description: string, extra: JsonSchemaObject = {}): JsonSchemaObject => ({
  type: 'string',
  description,
  ...extra,
});
export const int = (description: string, extra: JsonSchemaObject = {}): JsonSchemaObject => ({
  type: 'integer',
  description,
  ...extra,
});
export const bool = (description: string): JsonSchemaObject => ({ type: 'boolean', description });
export const strings = (description: string): JsonSchemaObject => ({
  type: 'array',
  description,
  items: { type: 'string' },
});
/** A provider object whose full shape is documented upstream and passed through as is. */
export const object = (description: string): JsonSchemaObject => ({
  type: 'object',
  description,
  additionalProperties: true,
});

export function pathParam(
  name: string,
  description: string,
  schema: JsonSchemaObject = { type: 'string' },
): OpenApiParameter {
  return { name, in: 'path', required: true, description, schema };
}

export function queryParam(
  name: string,
  description: string,
  schema: JsonSchemaObject,
  required = false,
): OpenApiParameter {
  return required ? { name, in: 'query', required, description, schema } : { name, in: 'query', description, schema };
}

export function jsonBody(
  properties: Readonly<Record<string, JsonSchemaObject>>,
  required: readonly string[],
  mediaType = 'application/json',
): OpenApiRequestBody {
  const schema: JsonSchemaObject = { type: 'object', properties, additionalProperties: true };
  return {
    required: true,
    content: { [mediaType]: { schema: required.length > 0 ? { ...schema, required } : schema } },
  };
}

/** An error answered by the provider (its JSON error body reaches the model as is). */
export const providerError: OpenApiResponse = {
  description: 'The provider’s error (see its reference for the body).',
  content: { 'application/json': { schema: { type: 'object' } } },
};

/** The success response (these APIs answer JSON objects, or arrays for GitHub lists) plus the provider's errors. */
export function ok(
  description: string,
  status = '200',
  mediaType = 'application/json',
): Record<string, OpenApiResponse> {
  if (status === '204') return { '204': { description }, '4XX': providerError };
  return {
    [status]: { description, content: { [mediaType]: { schema: { type: ['object', 'array'] } } } },
    '4XX': providerError,
  };
}

export function oauth2Scheme(
  description: string,
  authorizationUrl: string,
  tokenUrl: string,
  scopes: Readonly<Record<string, string>>,
): OpenApiSecurityScheme {
  return { type: 'oauth2', description, flows: { authorizationCode: { authorizationUrl, tokenUrl, scopes } } };
}

/** A letter badge as an inline SVG data URL: no external host is ever contacted for a logo. */
export function letterLogo(glyph: string, color: string, textColor = '#fff'): string {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" rx="14" fill="${color}"/>` +
    '<text x="32" y="43" font-family="sans-serif" font-size="30" font-weight="700" ' +
    `fill="${textColor}" text-anchor="middle">${glyph}</text></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
