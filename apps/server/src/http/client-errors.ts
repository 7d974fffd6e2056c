import type { Duplex } from 'node:stream';
import { errorEnvelope, slugForStatus } from '@patchbay/core';

interface Answer {
  status: number;
  reason: string;
  message: string;
  fix: string;
}

function answerFor(code: string | undefined): Answer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        message: 'The request line and headers are larger than this server accepts (16 KiB).',
        fix: 'Send long values in the body, or shorten the URL and headers.',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        reason: 'Request Timeout',
        message: 'The request was not received in time.',
        fix: 'Send the headers and body without pausing, then retry.',
      };
    default:
      return {
        status: 400,
        reason: 'Bad Request',
        message: 'The request is not valid HTTP.',
        fix: 'Send a well-formed HTTP/1.1 request.',
      };
  }
}

/**
 * Requests that Node's HTTP parser refuses before any handler sees them (oversized headers, a stalled body, bad
 * syntax) get the API's envelope too, instead of an empty answer.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const answer = answerFor(error.code);
  const body = JSON.stringify(
    errorEnvelope({
      status: answer.status,
      message: answer.message,
      suggestedFix: answer.fix,
      slug: slugForStatus(answer.status),
    }),
  );
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `x-content-type-options: nosniff\r\nconnection: close\r\n\r\n${body}`,
  );
}
