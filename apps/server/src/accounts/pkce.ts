import { createHash, randomBytes } from 'node:crypto';

/** RFC 7636: a 43-character verifier (32 random bytes, base64url) and its S256 challenge. */
export function newPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier, 'ascii').digest('base64url') };
}

/** Random opaque values (state, link tokens) and the digest under which they are stored. */
export const randomToken = (): string => randomBytes(32).toString('base64url');
export const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();
