/**
 * The shape of a curated curated toolkit: what the provider's OAuth app and tokens look like, and the slice of its
 * HTTP API Patchbay exposes, as OpenAPI 3.1 written by hand from the provider's public reference.
 */

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it), typed loosely enough for literal specs to check. */
export interface JsonSchemaObject {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null' | readonly string[];
  description?: string;
  properties?: Readonly<Record<string, JsonSchemaObject>>;
  required?: readonly string[];
  items?: JsonSchemaObject;
  additionalProperties?: boolean | JsonSchemaObject;
  enum?: readonly (string | number | boolean | null)[];
  const?: string | number | boolean;
  default?: string | number | boolean | null | readonly string[];
  format?: string;
  contentEncoding?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  oneOf?: readonly JsonSchemaObject[];
  anyOf?: readonly JsonSchemaObject[];
  examples?: readonly unknown[];
  $ref?: string;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description: string;
  schema: JsonSchemaObject;
  style?: 'form' | 'simple' | 'deepObject';
  explode?: boolean;
}

export interface OpenApiMediaType {
  schema: JsonSchemaObject;
}

export interface OpenApiRequestBody {
  required?: boolean;
  description?: string;
  content: Readonly<Record<string, OpenApiMediaType>>;
}

export interface OpenApiResponse {
  description: string;
  content?: Readonly<Record<string, OpenApiMediaType>>;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description: string;
  tags?: readonly string[];
  parameters?: readonly OpenApiParameter[];
  requestBody?: OpenApiRequestBody;
  responses: Readonly<Record<string, OpenApiResponse>>;
  security?: readonly Readonly<Record<string, readonly string[]>>[];
}

export type OpenApiPathItem = Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', OpenApiOperation>>;

export interface OpenApiSecurityScheme {
  type: 'oauth2' | 'http' | 'apiKey';
  description?: string;
  scheme?: string;
  in?: 'header' | 'query';
  name?: string;
  flows?: {
    authorizationCode: {
      authorizationUrl: string;
      tokenUrl: string;
      scopes: Readonly<Record<string, string>>;
    };
  };
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license?: { name: string; identifier: string } };
  servers: readonly { url: string; description?: string }[];
  tags?: readonly { name: string; description: string }[];
  security: readonly Readonly<Record<string, readonly string[]>>[];
  paths: Readonly<Record<string, OpenApiPathItem>>;
  components: {
    securitySchemes: Readonly<Record<string, OpenApiSecurityScheme>>;
    schemas?: Readonly<Record<string, JsonSchemaObject>>;
  };
}

/** OAuth 2 (authorization code) against the provider's own endpoints. */
export interface CuratedOAuth2 {
  mode: 'OAUTH2';
  authorizationUrl: string;
  tokenUrl: string;
  /** Empty only for providers without scopes (Notion: access is chosen per page by the user). */
  defaultScopes: readonly string[];
  /** How the provider wants `scope` joined (RFC 6749 says spaces; Slack and Linear document commas). */
  scopeSeparator: ' ' | ',';
  /** How the client authenticates at the token endpoint, as the provider documents it. */
  tokenEndpointAuth: 'client_secret_basic' | 'client_secret_post';
  /** Extra authorize-URL parameters the provider needs (Notion `owner=user`; Google `access_type=offline`). */
  authorizationParams?: Readonly<Record<string, string>>;
  /** Shown to whoever creates the OAuth app: what the provider needs beyond client id and secret. */
  notes?: string;
}

/** A token the user pastes (a personal access token, an internal integration secret), sent as `Bearer <token>`. */
export interface CuratedBearerToken {
  mode: 'BEARER_TOKEN';
  description: string;
}

/** A key the user pastes, sent as is in a header (Linear's personal API keys go in `Authorization` without `Bearer`). */
export interface CuratedApiKey {
  mode: 'API_KEY';
  in: 'header';
  name: string;
  description: string;
}

export type CuratedAuth = CuratedOAuth2 | CuratedBearerToken | CuratedApiKey;

export interface CuratedToolkitSpec {
  slug: string;
  /** Other slugs it answers to: the hosted service's spelling where it differs (`googlecalendar`). */
  aliases?: readonly string[];
  name: string;
  description: string;
  categories: readonly string[];
  /** An inline `data:image/svg+xml` URL: self-hosted machines may have no internet. */
  logo: string;
  baseUrl: string;
  /** OAuth 2 first (the default), then any token alternatives. */
  auth: readonly [CuratedOAuth2, ...(CuratedBearerToken | CuratedApiKey)[]];
  /** Sent with every call (API version pins, Accept). */
  headers: Readonly<Record<string, string>>;
  /**
   * The API as OpenAPI 3.1. A GraphQL API is one document per operation: OpenAPI allows one POST per path, and every
   * GraphQL operation is a POST to the same path.
   */
  openapi: OpenApiDocument | readonly OpenApiDocument[];
  /**
   * URL paths (matched against the encoded path) after which a path parameter is a file path: its `%2F` go out as `/`.
   * OpenAPI path parameters are one segment, so the runtime encodes `/`; GitHub's contents API wants real slashes.
   */
  slashPaths?: readonly RegExp[];
  timeoutMs?: number;
}
