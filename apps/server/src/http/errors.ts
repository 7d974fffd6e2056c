import { errorEnvelope, PatchbayError, slugForStatus } from '@patchbay/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';

/** Every failure the API answers is a PatchbayError; these helpers make the common ones read as one line. */
export function apiError(
  status: number,
  message: string,
  suggestedFix: string,
  extra: { slug?: string; errors?: string[] } = {},
): PatchbayError {
  return new PatchbayError({
    status,
    message,
    suggestedFix,
    slug: extra.slug ?? slugForStatus(status),
    errors: extra.errors,
  });
}

export const notFound = (what: string, id: string): PatchbayError =>
  apiError(
    404,
    `${what} ${JSON.stringify(id)} was not found in this project.`,
    `Check the id; list the ${what}s to see those that exist.`,
  );

function statusCode(status: number): ContentfulStatusCode {
  switch (status) {
    case 400:
    case 401:
    case 403:
    case 404:
    case 405:
    case 409:
    case 413:
    case 415:
    case 422:
    case 429:
    case 500:
    case 503:
      return status;
    default:
      return 500;
  }
}

/** Writes the envelope, with the request id in the body as well as in the header. */
export function sendError(c: Context<AppEnv>, error: PatchbayError): Response {
  const requestId = c.get('requestId');
  const body = errorEnvelope({
    status: error.status,
    message: error.message,
    code: error.code,
    slug: error.slug,
    suggestedFix: error.suggestedFix ?? 'Retry the request; if it keeps failing, report the request id.',
    requestId,
    errors: error.errors,
  });
  return c.json(body, statusCode(error.status));
}

export function internalError(): PatchbayError {
  return apiError(
    500,
    'An unexpected error occurred.',
    'Retry the request; if it keeps failing, report the request id to the server operator.',
  );
}
