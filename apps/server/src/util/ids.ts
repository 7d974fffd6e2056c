import { createHash, randomBytes, randomUUID } from 'node:crypto';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Uniform base62 text: bytes ≥ 248 are rejected so every character is equally likely (no modulo bias). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += base62[byte % 62];
    }
  }
  return out;
}

export const newId = (prefix: 'pr' | 'ak' | 'ac' | 'ca'): string => `${prefix}_${randomBase62(16)}`;
export const newUuid = (): string => randomUUID();

/** `pb_` + 40 base62 characters ≈ 238 bits of entropy. */
export const newApiKey = (): string => `pb_${randomBase62(40)}`;

/**
 * API keys are stored as SHA-256 digests. A slow password hash (bcrypt, scrypt) exists to make guessing low-entropy
 * secrets expensive; a 238-bit random key cannot be guessed however fast the hash is, and a fast hash lets every
 * request be checked by an indexed lookup on the digest.
 */
export const hashApiKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

export const keyPrefixLength = 8;
