import { parse as parseYaml } from 'yaml';
import type { OpenApiSettings } from './definition.js';
import { describeError } from './errors.js';
import { isRecord, type JsonObject } from './guards.js';
import { decoderFor, readCappedBody } from './read-body.js';

/** Gets the OpenAPI document (inline, or fetched by URL with size and time limits) and checks it is OpenAPI 3.x. */

export type OpenApiVersion = '3.0' | '3.1';

export interface LoadedSpec {
  document: JsonObject;
  version: OpenApiVersion;
  /** Where the document came from, for resolving relative server URLs. */
  sourceUrl: URL | undefined;
}

/** Parses JSON or YAML text (YAML is a superset of JSON, but JSON.parse is faster and stricter for JSON). */
export function parseSpecText(text: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return parsed;
    } catch {
      // Fall through: a YAML flow mapping also starts with `{`.
    }
  }
  // maxAliasCount bounds alias expansion ("billion laughs") in untrusted YAML.
  const parsed: unknown = parseYaml(text, { maxAliasCount: 100 });
  return parsed;
}

/** Checks the parsed value is an OpenAPI 3.0 or 3.1 document. */
export function checkDocument(value: unknown, label: string): { document: JsonObject; version: OpenApiVersion } {
  if (!isRecord(value)) throw new Error(`${label} is not an OpenAPI document (expected an object)`);
  const openapi = value.openapi;
  if (typeof openapi !== 'string') {
    if (typeof value.swagger === 'string') {
      throw new Error(`${label} is Swagger ${value.swagger}; only OpenAPI 3.0 and 3.1 are supported`);
    }
    throw new Error(`${label} has no "openapi" version field`);
  }
  if (openapi.startsWith('3.0')) return { document: value, version: '3.0' };
  if (openapi.startsWith('3.1')) return { document: value, version: '3.1' };
  throw new Error(`${label} is OpenAPI ${openapi}; only 3.0 and 3.1 are supported`);
}

async function fetchSpecText(url: URL, settings: OpenApiSettings, fetchImpl: typeof fetch): Promise<string> {
  const label = `the OpenAPI document at ${url.origin}${url.pathname}`;
  let response: Response;
  const signal = AbortSignal.timeout(settings.specTimeoutMs);
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json, application/yaml, text/yaml, */*;q=0.5' },
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw new Error(`Fetching ${label} took longer than ${settings.specTimeoutMs} ms`);
    throw new Error(`Fetching ${label} failed: ${describeError(error)}`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`Fetching ${label} failed: HTTP ${response.status} ${response.statusText}`.trimEnd());
  }
  try {
    const body = await readCappedBody(response, settings.specMaxBytes);
    if (!body.complete) throw new Error(`${label} is larger than ${settings.specMaxBytes} bytes`);
    return decoderFor(response.headers.get('content-type')).decode(body.bytes);
  } catch (error) {
    if (signal.aborted) throw new Error(`Fetching ${label} took longer than ${settings.specTimeoutMs} ms`);
    throw error;
  }
}

export async function loadSpec(settings: OpenApiSettings, fetchImpl: typeof fetch): Promise<LoadedSpec> {
  if (settings.spec !== undefined) {
    const raw: unknown = settings.spec;
    return { ...checkDocument(raw, `The spec of toolkit ${settings.slug}`), sourceUrl: settings.specUrl };
  }
  const url = settings.specUrl;
  if (!url) throw new Error(`OpenAPI toolkit ${settings.slug}: give spec or specUrl`);
  const text = await fetchSpecText(url, settings, fetchImpl);
  let parsed: unknown;
  try {
    parsed = parseSpecText(text);
  } catch (error) {
    throw new Error(
      `The OpenAPI document at ${url.origin}${url.pathname} is neither JSON nor YAML: ${describeError(error)}`,
    );
  }
  return { ...checkDocument(parsed, `The document at ${url.origin}${url.pathname}`), sourceUrl: url };
}
