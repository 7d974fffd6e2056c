import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { AddressPolicy } from './address-policy.js';

export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
}

/**
 * A DNS lookup that answers only addresses the policy allows. The connection is made to the very address checked
 * here, so a name that resolves to a public address for the check and a private one for the connection
 * (DNS rebinding) cannot slip through.
 */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((a) => policy.allows(a.address));
      const first = allowed[0];
      if (first === undefined) {
        const seen = addresses.map((a) => a.address).join(', ');
        return callback(new BlockedAddressError(`${hostname} resolves to a blocked address (${seen})`), '', 0);
      }
      if (options.all) return callback(null, allowed);
      callback(null, first.address, first.family);
    });
  };
}

export interface GuardedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The body was longer than the limit and was cut. */
  truncated: boolean;
  totalBytes: number | undefined;
}

export interface GuardedRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  maxBytes: number;
  signal: AbortSignal;
  /** Extra trusted CA certificates (PEM) for https. */
  ca?: string | undefined;
}

/** One HTTP exchange (no redirects followed) that connects only where the policy allows and reads at most maxBytes. */
export function guardedRequest(policy: AddressPolicy, req: GuardedRequest): Promise<GuardedResponse> {
  const host = req.url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !policy.allows(host)) {
    return Promise.reject(new BlockedAddressError(`${host} is a blocked address`));
  }
  const send = req.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      req.url,
      {
        method: req.method,
        headers: req.headers,
        lookup: guardedLookup(policy),
        signal: req.signal,
        ...(req.ca === undefined ? {} : { ca: req.ca }),
      },
      (incoming: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        incoming.on('data', (chunk: Buffer) => {
          if (truncated) return;
          const room = req.maxBytes - size;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            size += room;
            truncated = true;
            // Stop the transfer: a huge answer must not be read into memory.
            incoming.destroy();
            finish();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        incoming.on('end', finish);
        incoming.on('error', (error) => (truncated ? undefined : reject(error)));
        let done = false;
        function finish() {
          if (done) return;
          done = true;
          const length = Number(incoming.headers['content-length']);
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: incoming.statusCode ?? 0,
            headers,
            body: Buffer.concat(chunks),
            truncated,
            totalBytes: Number.isFinite(length) ? length : undefined,
          });
        }
      },
    );
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}
