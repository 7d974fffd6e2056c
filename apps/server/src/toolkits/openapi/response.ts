import { STATUS_CODES } from 'node:http';
import { errorResult, type ToolResult } from '../runtime.js';
import { redact } from './credentials.js';
import { isRecord } from './guards.js';
import { decoderFor } from './read-body.js';
import type { HttpOutcome } from './send.js';

/** An HTTP outcome → a tool result: JSON as structured content, text truncated to a budget, failures as isError. */

export interface ResponseOptions {
  /** `GET https://host/path`, for messages (never with a query string). */
  target: string;
  maxResponseBytes: number;
  /** Secret values scrubbed from everything returned. */
  secrets: readonly string[];
}

const maxErrorExcerptBytes = 2000;

function isJsonType(contentType: string): boolean {
  return /\bjson\b|\+json/i.test(contentType);
}

function isTextType(contentType: string): boolean {
  return contentType === '' || /^text\/|json|xml|javascript|yaml|x-www-form-urlencoded|csv|html/i.test(contentType);
}

/** At most `maxBytes` bytes of `bytes` as text, cut on a character boundary. */
function prefixText(bytes: Uint8Array, maxBytes: number, decoder: TextDecoder): string {
  if (bytes.byteLength <= maxBytes) return decoder.decode(bytes);
  return decoder.decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD+$/, '');
}

function truncationNote(shown: string, total: string): string {
  return `\n\n…truncated: ${shown} of ${total} bytes shown; narrow the request (filters, fields, a smaller page).`;
}

/** Text within the budget, with the note when it had to be cut. `total` is the full size when known. */
function budgeted(text: string, maxBytes: number, total: string | undefined): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength <= maxBytes && total === undefined) return text;
  const shown = prefixText(bytes, maxBytes, new TextDecoder('utf-8'));
  return `${shown}${truncationNote(String(Buffer.byteLength(shown, 'utf8')), total ?? String(bytes.byteLength))}`;
}

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), scrub(v, secrets)]));
  return value;
}

function reason(status: number, statusText: string): string {
  return `${status} ${statusText || STATUS_CODES[status] || ''}`.trimEnd();
}

function text(message: string, secrets: readonly string[]): ToolResult {
  return { content: [{ type: 'text', text: redact(message, secrets) }] };
}

export function toToolResult(outcome: HttpOutcome, options: ResponseOptions): ToolResult {
  const { target, secrets, maxResponseBytes } = options;
  switch (outcome.kind) {
    case 'timeout':
      return errorResult(
        `${target} timed out after ${outcome.timeoutMs} ms without a complete response; try again, or narrow the request.`,
      );
    case 'cancelled':
      return errorResult(`${target} was cancelled before it finished.`);
    case 'failed':
      return errorResult(redact(`${target} failed: ${outcome.message}`, secrets));
    case 'response':
      break;
  }
  const { status, statusText, headers, body } = outcome;
  const contentType = headers.get('content-type') ?? '';
  const decoder = decoderFor(contentType);
  // When the body was cut off, its full size is known only if the server declared it (and did not compress it: fetch
  // decompresses, so a gzip Content-Length is not the size of the text).
  const encoding = headers.get('content-encoding');
  const declared = encoding && encoding !== 'identity' ? null : headers.get('content-length');
  const fullSize = body.complete
    ? undefined
    : declared && /^\d+$/.test(declared)
      ? declared
      : `more than ${body.bytes.byteLength}`;

  if (status < 200 || status > 299) {
    const excerpt = prefixText(body.bytes, maxErrorExcerptBytes, decoder).trim();
    const cut = excerpt && (body.bytes.byteLength > maxErrorExcerptBytes || !body.complete) ? ' …' : '';
    const detail = excerpt && isTextType(contentType) ? `: ${excerpt}${cut}` : '';
    return errorResult(
      redact(`${target} returned HTTP ${reason(status, statusText)}${detail}`, secrets),
      status === 401 ? 'unauthorized' : undefined,
    );
  }
  if (body.bytes.byteLength === 0) return text(`HTTP ${reason(status, statusText)} (empty response body).`, secrets);
  if (!isTextType(contentType)) {
    return text(
      `HTTP ${reason(status, statusText)}: ${fullSize ?? body.bytes.byteLength} bytes of ${contentType} (binary content is not shown).`,
      secrets,
    );
  }
  const raw = decoder.decode(body.bytes);
  if (body.complete && (isJsonType(contentType) || contentType === '')) {
    let parsed: unknown;
    let isJson = true;
    try {
      parsed = JSON.parse(raw);
    } catch {
      isJson = false;
    }
    if (isJson) {
      const clean = scrub(parsed, secrets);
      const compact = JSON.stringify(clean) ?? 'null';
      if (Buffer.byteLength(compact, 'utf8') > maxResponseBytes) {
        // A cut-off JSON text is no longer an object: give the text only, so clients do not see half a structure.
        return { content: [{ type: 'text', text: budgeted(compact, maxResponseBytes, undefined) }] };
      }
      const structuredContent = isRecord(clean) ? clean : { result: clean };
      return { content: [{ type: 'text', text: compact }], structuredContent };
    }
  }
  const shown = budgeted(redact(raw, secrets), maxResponseBytes, fullSize);
  return { content: [{ type: 'text', text: shown }] };
}
