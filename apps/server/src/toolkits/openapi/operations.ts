import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { ObjectSchema, ToolDefinition } from '../runtime.js';
import { uniqueToolSlugs } from '../tool-names.js';
import type { OpenApiSettings } from './definition.js';
import { clip, isRecord, type JsonObject, optionalString, recordOf } from './guards.js';
import type { LoadedSpec } from './load-spec.js';
import { collectParameters, freeName, type ParameterPlan } from './parameters.js';
import { derefObject } from './refs.js';
import { defaultSchemaBudget, type SchemaContext, toJsonSchema } from './schema.js';
import { resolveBaseUrl } from './servers.js';

/**
 * Each OpenAPI operation becomes a tool: its input schema is the parameters by name plus `body` for the request body
 * (`request_body` if a parameter is already called `body`; see parameters.ts for the naming rule), and the plan
 * kept beside it says how to turn arguments back into an HTTP request.
 */

export type BodyKind = 'json' | 'form' | 'text';

export interface BodyPlan {
  key: string;
  mediaType: string;
  kind: BodyKind;
  required: boolean;
}

export interface OperationPlan {
  tool: ToolDefinition;
  method: string;
  path: string;
  baseUrl: string;
  parameters: ParameterPlan[];
  body: BodyPlan | undefined;
  /** Sent without credentials: the toolkit has no auth, or the operation says `security: []`. */
  noAuth: boolean;
  accept: string;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const maxDescription = 1024;

function pickBody(content: JsonObject): { mediaType: string; kind: BodyKind; media: JsonObject } | undefined {
  const entries = Object.entries(content).flatMap(([type, media]) => (isRecord(media) ? [{ type, media }] : []));
  const find = (test: (type: string) => boolean) => entries.find((entry) => test(entry.type.toLowerCase()));
  const json = find((t) => t === 'application/json') ?? find((t) => /[/+]json\b/.test(t)) ?? find((t) => t === '*/*');
  if (json) return { mediaType: json.type === '*/*' ? 'application/json' : json.type, kind: 'json', media: json.media };
  const form = find((t) => t === 'application/x-www-form-urlencoded');
  if (form) return { mediaType: form.type, kind: 'form', media: form.media };
  const text = find((t) => t.startsWith('text/'));
  if (text) return { mediaType: text.type, kind: 'text', media: text.media };
  // multipart/form-data and binary uploads are not exposed as tools' arguments (yet).
  return undefined;
}

function acceptHeader(document: JsonObject, operation: JsonObject): string {
  const types = new Set<string>();
  for (const [status, response] of Object.entries(recordOf(operation.responses))) {
    if (!/^2/.test(status) && status !== 'default') continue;
    for (const type of Object.keys(recordOf(derefObject(document, response)?.content))) types.add(type);
  }
  const listed = [...types].filter((type) => type !== '*/*');
  return listed.length > 0 ? `${listed.join(', ')}, */*;q=0.5` : 'application/json, */*;q=0.5';
}

function annotationsFor(method: string, summary: string | undefined): ToolAnnotations {
  const annotations: ToolAnnotations = { openWorldHint: true };
  if (summary) annotations.title = summary;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
    annotations.readOnlyHint = true;
    annotations.idempotentHint = true;
  } else {
    annotations.readOnlyHint = false;
    annotations.idempotentHint = method === 'PUT' || method === 'DELETE';
    // Only DELETE is known to destroy; others keep MCP's cautious default (destructive unless said otherwise).
    if (method === 'DELETE') annotations.destructiveHint = true;
  }
  return annotations;
}

function describeOperation(operation: JsonObject, fallback: string): string {
  const parts = [optionalString(operation.summary), optionalString(operation.description)]
    .map((text) => text?.trim())
    .filter((text): text is string => Boolean(text));
  // Many specs repeat the summary as the description's first line.
  const [summary, description] = parts;
  if (summary && description && (description === summary || description.startsWith(`${summary}\n`))) parts.shift();
  if (operation.deprecated === true) parts.unshift('Deprecated.');
  return clip(parts.join('\n\n') || fallback, maxDescription);
}

interface Candidate {
  method: string;
  path: string;
  pathItem: JsonObject;
  operation: JsonObject;
  name: string;
}

function candidates(spec: LoadedSpec, settings: OpenApiSettings): Candidate[] {
  const out: Candidate[] = [];
  for (const [path, rawItem] of Object.entries(recordOf(spec.document.paths))) {
    const pathItem = derefObject(spec.document, rawItem);
    if (!pathItem) continue;
    for (const method of methods) {
      const operation = pathItem[method];
      if (!isRecord(operation)) continue;
      const operationId = optionalString(operation.operationId);
      if (settings.operations && (!operationId || !settings.operations.has(operationId))) continue;
      // A tool that must send a body it cannot express (multipart, binary) could never succeed: leave it out.
      const requestBody = derefObject(spec.document, operation.requestBody);
      if (requestBody?.required === true && isRecord(requestBody.content) && !pickBody(requestBody.content)) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        pathItem,
        operation,
        name: operationId ?? `${method.toUpperCase()} ${path}`,
      });
    }
  }
  return out;
}

export function buildOperations(spec: LoadedSpec, settings: OpenApiSettings): OperationPlan[] {
  const found = candidates(spec, settings);
  const slugs = uniqueToolSlugs(
    settings.slug,
    found.map((candidate) => candidate.name),
  );
  return found.map((candidate, index) => {
    const { method, path, pathItem, operation, name } = candidate;
    const baseUrl = resolveBaseUrl(
      settings.baseUrl,
      [operation.servers, pathItem.servers, spec.document.servers],
      spec.sourceUrl,
    );
    if (baseUrl === undefined) {
      throw new Error(
        `OpenAPI toolkit ${settings.slug}: no usable base URL for ${name}; set baseUrl or the spec's servers`,
      );
    }
    const context: SchemaContext = {
      document: spec.document,
      direction: 'request',
      budget: { nodes: defaultSchemaBudget },
    };
    const taken = new Set<string>();
    const parameters = collectParameters(spec.document, pathItem, operation, path, context, taken);
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const { plan, schema } of parameters) {
      properties[plan.key] = schema;
      if (plan.required) required.push(plan.key);
    }
    let body: BodyPlan | undefined;
    const requestBody = derefObject(spec.document, operation.requestBody);
    const picked = requestBody && isRecord(requestBody.content) ? pickBody(requestBody.content) : undefined;
    if (requestBody && picked) {
      body = {
        key: freeName('body', 'request', taken),
        mediaType: picked.mediaType,
        kind: picked.kind,
        required: requestBody.required === true,
      };
      const schema = toJsonSchema(picked.media.schema ?? {}, context);
      const note = optionalString(requestBody.description);
      properties[body.key] =
        note && typeof schema === 'object' && schema.description === undefined
          ? { ...schema, description: clip(note, 600) }
          : schema;
      if (body.required) required.push(body.key);
    }
    const inputSchema: ObjectSchema = { type: 'object', properties, additionalProperties: false };
    if (required.length > 0) inputSchema.required = required;
    const summary = optionalString(operation.summary)?.trim() || undefined;
    const security = operation.security;
    const tool: ToolDefinition = {
      slug: slugs[index] ?? name,
      originalName: name,
      name: summary ?? name,
      description: describeOperation(operation, `${method} ${path}`),
      inputSchema,
      annotations: annotationsFor(method, summary),
      noAuth: settings.auth.scheme === 'NO_AUTH' || (Array.isArray(security) && security.length === 0),
    };
    return {
      tool,
      method,
      path,
      baseUrl,
      parameters: parameters.map((parameter) => parameter.plan),
      body,
      noAuth: tool.noAuth,
      accept: acceptHeader(spec.document, operation),
    };
  });
}
