import { type AttachedAuth, attachCredentials, type ResolvedAuth } from './credentials.js';
import type { OperationPlan } from './operations.js';
import { formBody, pathValue, queryPairs, scalarText, simpleStyle } from './serialize.js';

/** Tool arguments → an HTTP request (URL, headers, body, credentials), or a message saying what is wrong. */

export interface PreparedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  attached: AttachedAuth;
}

export interface RequestOptions {
  toolkitSlug: string;
  auth: ResolvedAuth;
  credentials: Readonly<Record<string, string>> | undefined;
  staticHeaders: Readonly<Record<string, string>>;
}

export type Prepared = { ok: true; request: PreparedRequest } | { ok: false; message: string };

const absent = (value: unknown): boolean => value === undefined || value === null;

function checkArguments(plan: OperationPlan, args: Record<string, unknown>): string | undefined {
  const known = new Set(plan.parameters.map((parameter) => parameter.key));
  if (plan.body) known.add(plan.body.key);
  const unknown = Object.keys(args).filter((key) => !known.has(key) && args[key] !== undefined);
  if (unknown.length > 0) {
    const expected = known.size > 0 ? `; expected: ${[...known].join(', ')}` : '; this tool takes no arguments';
    return `Unknown argument${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}${expected}.`;
  }
  const missing = plan.parameters
    .filter((parameter) => parameter.required && absent(args[parameter.key]))
    .map((parameter) => `"${parameter.key}" (${parameter.in} parameter)`);
  if (plan.body?.required && absent(args[plan.body.key])) missing.push(`"${plan.body.key}" (request body)`);
  if (missing.length === 0) return undefined;
  return `Missing required argument${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. The request was not sent.`;
}

function buildPath(
  plan: OperationPlan,
  args: Record<string, unknown>,
): { ok: true; path: string } | { ok: false; message: string } {
  let failure: string | undefined;
  const path = plan.path.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    const parameter = plan.parameters.find((p) => p.in === 'path' && p.name === name);
    const value = parameter ? args[parameter.key] : undefined;
    const text = parameter && !absent(value) ? pathValue(value, parameter) : '';
    // Encoding keeps `/` inside the segment, but a whole segment of `.` or `..` would still be resolved by URL parsing.
    if (text === '' || text === '.' || text === '..') {
      failure ??= `Path parameter "${parameter?.key ?? name}" must not be empty, "." or "..". The request was not sent.`;
    }
    return text;
  });
  return failure ? { ok: false, message: failure } : { ok: true, path };
}

/**
 * Models sometimes pass an object body as JSON text (`"{\"a\":1}"`); sent as is, the API would get a JSON string.
 * Text that parses as a JSON object or array is taken as that value.
 */
function parseIfJsonText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed;
  } catch {
    return value;
  }
}

function setHeader(headers: Headers, name: string, value: string): string | undefined {
  try {
    headers.set(name, value);
    return undefined;
  } catch {
    return `Header "${name}" has a value that cannot be sent in an HTTP header (control characters or non-Latin-1 text).`;
  }
}

export function buildRequest(plan: OperationPlan, args: Record<string, unknown>, options: RequestOptions): Prepared {
  const problem = checkArguments(plan, args);
  if (problem) return { ok: false, message: problem };
  const path = buildPath(plan, args);
  if (!path.ok) return path;

  const url = new URL(plan.baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path.path}`;
  const query: string[] = [];
  const cookies: string[] = [];
  const headers = new Headers({ accept: plan.accept });
  for (const [name, value] of Object.entries(options.staticHeaders)) {
    const bad = setHeader(headers, name, value);
    if (bad) return { ok: false, message: bad };
  }
  for (const parameter of plan.parameters) {
    const value = args[parameter.key];
    if (absent(value) || parameter.in === 'path') continue;
    if (parameter.in === 'query') query.push(...queryPairs(value, parameter));
    if (parameter.in === 'cookie')
      cookies.push(`${parameter.name}=${encodeURIComponent(simpleStyle(value, parameter, (t) => t))}`);
    if (parameter.in === 'header') {
      const bad = setHeader(
        headers,
        parameter.name,
        simpleStyle(value, parameter, (t) => t),
      );
      if (bad) return { ok: false, message: bad };
    }
  }
  if (cookies.length > 0) headers.set('cookie', cookies.join('; '));
  if (query.length > 0) url.search = url.search.length > 1 ? `${url.search}&${query.join('&')}` : `?${query.join('&')}`;

  let body: string | undefined;
  const bodyValue = plan.body ? args[plan.body.key] : undefined;
  if (plan.body && !absent(bodyValue)) {
    headers.set('content-type', plan.body.mediaType);
    if (plan.body.kind === 'json') body = JSON.stringify(parseIfJsonText(bodyValue));
    else if (plan.body.kind === 'form') body = formBody(bodyValue);
    else body = scalarText(bodyValue);
  }

  const attached = plan.noAuth
    ? { ok: true as const, attached: { headers: [], query: [] } }
    : attachCredentials(options.toolkitSlug, options.auth, options.credentials, url, headers);
  if (!attached.ok) return attached;
  return { ok: true, request: { method: plan.method, url, headers, body, attached: attached.attached } };
}
