import { z } from 'zod';
import { errorResult, type ToolCallContext, type ToolkitRuntime, type ToolResult } from '../runtime.js';
import { type AddressPolicyOptions, addressPolicy } from './address-policy.js';
import { builtinToolkit, defineTool, jsonResult } from './define.js';
import { BlockedAddressError, type GuardedResponse, guardedRequest } from './guarded-request.js';

export interface HttpToolkitOptions extends AddressPolicyOptions {
  /** Largest body returned to the model. */
  maxBytes?: number | undefined;
  maxRedirects?: number | undefined;
}

const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).describe('The URL to fetch.');
const headers = z.record(z.string(), z.string()).optional().describe('Request headers.');
const maxBytesArg = z.number().int().min(1).optional().describe('Read at most this many bytes of the body.');
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** The built-in `http` toolkit: fetch a URL with size and time limits, never reaching private addresses unless allowed. */
export function httpToolkit(options: HttpToolkitOptions = {}): ToolkitRuntime {
  const policy = addressPolicy(options);
  const limit = options.maxBytes ?? 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;

  async function fetchFollowing(
    start: URL,
    method: string,
    head: Record<string, string>,
    body: Buffer | undefined,
    maxBytes: number,
    ctx: ToolCallContext,
  ): Promise<ToolResult> {
    const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(ctx.timeoutMs)]);
    let target = start;
    let currentMethod = method;
    let currentBody = body;
    let currentHeaders = head;
    try {
      for (let hop = 0; ; hop++) {
        const response = await guardedRequest(policy, {
          url: target,
          method: currentMethod,
          headers: currentHeaders,
          body: currentBody,
          maxBytes,
          signal,
        });
        const location = response.headers.location;
        if (!redirectStatuses.has(response.status) || location === undefined) return render(target, response);
        if (hop >= maxRedirects) return errorResult(`Stopped after ${maxRedirects} redirects at ${target.href}.`);
        const next = new URL(location, target);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return errorResult(`Redirected to a ${next.protocol} URL, which this tool does not follow.`);
        }
        // Credentials set for one origin are not handed to another.
        if (next.origin !== target.origin) currentHeaders = withoutCredentials(currentHeaders);
        if (
          response.status === 303 ||
          ((response.status === 301 || response.status === 302) && currentMethod === 'POST')
        ) {
          currentMethod = 'GET';
          currentBody = undefined;
        }
        target = next;
      }
    } catch (error) {
      if (error instanceof BlockedAddressError) {
        return errorResult(
          `Blocked: ${error.message}. This tool reaches only public addresses; an administrator can allow private ones.`,
        );
      }
      if (signal.aborted) return errorResult(`${target.href} did not answer within ${ctx.timeoutMs} ms.`);
      const reason = error instanceof Error ? error.message : String(error);
      return errorResult(`Could not fetch ${target.href}: ${reason}.`);
    }
  }

  const fetchTool = (action: string, title: string, readOnly: boolean) =>
    defineTool({
      action,
      title,
      description: readOnly
        ? 'Fetches a public URL with GET and returns its status, headers and body (text, cut to a size limit).'
        : 'Sends an HTTP request with any method and optional body to a public URL and returns the answer.',
      input: readOnly
        ? z.object({ url, headers, max_bytes: maxBytesArg })
        : z.object({
            url,
            method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
            headers,
            body: z.string().optional().describe('The request body, as text.'),
            max_bytes: maxBytesArg,
          }),
      annotations: readOnly
        ? { readOnlyHint: true, openWorldHint: true }
        : { readOnlyHint: false, destructiveHint: true, openWorldHint: true },
      run: (args, ctx) => {
        const method = 'method' in args && typeof args.method === 'string' ? args.method : 'GET';
        const text = 'body' in args && typeof args.body === 'string' ? args.body : undefined;
        const maxBytes = Math.min(args.max_bytes ?? limit, limit);
        return fetchFollowing(
          new URL(args.url),
          method,
          { 'user-agent': 'Patchbay-http-toolkit', ...args.headers },
          text === undefined ? undefined : Buffer.from(text),
          maxBytes,
          ctx,
        );
      },
    });

  return builtinToolkit('http', [
    fetchTool('get', 'Fetch a URL', true),
    fetchTool('request', 'Send an HTTP request', false),
  ]);
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^(authorization|cookie|proxy-authorization|x-api-key)$/i.test(name)) kept[name] = value;
  }
  return kept;
}

function render(url: URL, response: GuardedResponse): ToolResult {
  const type = response.headers['content-type'] ?? '';
  const textual =
    /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i.test(type) || type === '';
  const body = textual ? response.body.toString('utf8') : response.body.toString('base64');
  const note = response.truncated
    ? `Body cut at ${response.body.length} bytes${response.totalBytes ? ` of ${response.totalBytes}` : ''}; ask for less with max_bytes or a narrower URL.`
    : undefined;
  const result = jsonResult({
    url: url.href,
    status: response.status,
    headers: response.headers,
    body_encoding: textual ? 'utf8' : 'base64',
    body,
    truncated: response.truncated,
    ...(note ? { note } : {}),
  });
  return response.status >= 400 ? { ...result, isError: true } : result;
}
