import type { components } from './generated/api.js';

export type ErrorBody = components['schemas']['ErrorBody'];

export interface ErrorDetails {
  status: number;
  message: string;
  slug?: string | undefined;
  code?: number | undefined;
  suggestedFix?: string | undefined;
  requestId?: string | undefined;
  errors?: string[] | undefined;
}

/** Builds the one error envelope every non-2xx answer carries; the server and test doubles share it. */
export function errorEnvelope(details: ErrorDetails): ErrorBody {
  const error: ErrorBody['error'] = {
    message: details.message,
    code: details.code ?? details.status,
    status: details.status,
  };
  if (details.slug !== undefined) error.slug = details.slug;
  if (details.requestId !== undefined) error.request_id = details.requestId;
  if (details.suggestedFix !== undefined) error.suggested_fix = details.suggestedFix;
  if (details.errors !== undefined && details.errors.length > 0) error.errors = details.errors;
  return { error };
}

/**
 * The one error type of every Patchbay frontend. `status` 0 means the request never got an HTTP answer
 * (`slug` says why: `network_error`, `timeout` or `aborted`).
 */
export class PatchbayError extends Error {
  override readonly name = 'PatchbayError';
  readonly status: number;
  readonly code: number;
  readonly slug: string;
  readonly suggestedFix: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: string[];

  constructor(details: ErrorDetails, options?: { cause?: unknown }) {
    super(details.message, options);
    this.status = details.status;
    this.code = details.code ?? details.status;
    this.slug = details.slug ?? slugForStatus(details.status);
    this.suggestedFix = details.suggestedFix;
    this.requestId = details.requestId;
    this.errors = details.errors ?? [];
  }

  /** Reads an envelope from any JSON answer; a body that is not one still yields a useful error. */
  static fromResponse(status: number, body: unknown, requestId?: string): PatchbayError {
    const parsed = readEnvelope(body);
    if (parsed) {
      return new PatchbayError({
        status,
        message: parsed.message,
        code: parsed.code,
        slug: parsed.slug,
        suggestedFix: parsed.suggested_fix,
        requestId: parsed.request_id ?? requestId,
        errors: parsed.errors,
      });
    }
    return new PatchbayError({
      status,
      message: `The server answered ${status} without an error envelope.`,
      requestId,
      suggestedFix: 'Check that the base URL points at a Patchbay server.',
    });
  }

  toJSON(): ErrorBody {
    return errorEnvelope(this);
  }
}

function readEnvelope(body: unknown): ErrorBody['error'] | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = body.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const field = (key: string): unknown => (key in error ? Reflect.get(error, key) : undefined);
  const message = field('message');
  const status = field('status');
  const code = field('code');
  if (typeof message !== 'string' || typeof status !== 'number') return undefined;
  const text = (key: string) => {
    const value = field(key);
    return typeof value === 'string' ? value : undefined;
  };
  const errors = field('errors');
  const out: ErrorBody['error'] = { message, status, code: typeof code === 'number' ? code : status };
  const slug = text('slug');
  const requestId = text('request_id');
  const suggestedFix = text('suggested_fix');
  if (slug !== undefined) out.slug = slug;
  if (requestId !== undefined) out.request_id = requestId;
  if (suggestedFix !== undefined) out.suggested_fix = suggestedFix;
  if (Array.isArray(errors)) out.errors = errors.filter((e): e is string => typeof e === 'string');
  return out;
}

const statusSlugs: Record<number, string> = {
  0: 'network_error',
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'unavailable',
  504: 'gateway_timeout',
};

export function slugForStatus(status: number): string {
  return statusSlugs[status] ?? (status >= 500 ? 'server_error' : 'client_error');
}
