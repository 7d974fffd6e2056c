import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets at rest: AES-256-GCM under a master key, in a versioned envelope
 *
 *   [1: format version = 1][8: key id][12: nonce][16: tag][n: ciphertext]
 *
 * The key id (a digest of the key, not the key) says which master key sealed a value, so a keyring holding the old
 * and the new key can read both while a rotation is under way. The additional authenticated data names the row the
 * value belongs to (e.g. `connected_account:ca_…`): a ciphertext copied into another row fails to open.
 */

const formatVersion = 1;
const keyIdBytes = 8;
const nonceBytes = 12;
const tagBytes = 16;
const headerBytes = 1 + keyIdBytes + nonceBytes + tagBytes;
export const masterKeyBytes = 32;

export interface MasterKey {
  /** Hex of the first 8 bytes of SHA-256(key): names the key in envelopes and logs without revealing it. */
  id: string;
  key: Buffer;
}

export function masterKeyFrom(key: Buffer): MasterKey {
  if (key.length !== masterKeyBytes)
    throw new Error(`a master key must be ${masterKeyBytes} bytes (got ${key.length})`);
  return { id: createHash('sha256').update(key).digest().subarray(0, keyIdBytes).toString('hex'), key };
}

export const newMasterKey = (): MasterKey => masterKeyFrom(randomBytes(masterKeyBytes));

export class DecryptError extends Error {
  override readonly name = 'DecryptError';
}

/** Seals with the current key; opens with any key of the ring. */
export class Vault {
  private readonly byId: Map<string, Buffer>;

  constructor(
    readonly current: MasterKey,
    others: readonly MasterKey[] = [],
  ) {
    this.byId = new Map([...others, current].map((k) => [k.id, k.key]));
  }

  /** A key for another purpose (e.g. signing connect-page forms), derived so it never equals the master key. */
  derive(label: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.current.key, Buffer.alloc(0), `patchbay ${label}`, 32));
  }

  /** The same ring with `key` as the sealing key (the rotation reads under any old key, seals under the new). */
  withCurrent(key: MasterKey): Vault {
    return new Vault(
      key,
      [...this.byId].map(([id, k]) => ({ id, key: k })),
    );
  }

  keyIds(): string[] {
    return [...this.byId.keys()];
  }

  seal(plain: Uint8Array, aad: string): Buffer {
    const nonce = randomBytes(nonceBytes);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, nonce);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([
      Buffer.from([formatVersion]),
      Buffer.from(this.current.id, 'hex'),
      nonce,
      cipher.getAuthTag(),
      body,
    ]);
  }

  open(envelope: Uint8Array, aad: string): Buffer {
    const bytes = Buffer.from(envelope);
    if (bytes.length < headerBytes || bytes[0] !== formatVersion) throw new DecryptError('not a sealed value');
    const id = bytes.subarray(1, 1 + keyIdBytes).toString('hex');
    const key = this.byId.get(id);
    if (key === undefined) throw new DecryptError(`sealed under master key ${id}, which this server does not have`);
    const nonce = bytes.subarray(1 + keyIdBytes, 1 + keyIdBytes + nonceBytes);
    const tag = bytes.subarray(1 + keyIdBytes + nonceBytes, headerBytes);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(bytes.subarray(headerBytes)), decipher.final()]);
    } catch {
      // GCM says only "unable to authenticate": wrong row, tampered bytes or a wrong key look the same, on purpose.
      throw new DecryptError('the sealed value does not authenticate (tampered, or copied from another row)');
    }
  }

  /** A string map (the shape every stored secret has) as JSON. */
  sealJson(value: unknown, aad: string): Buffer {
    return this.seal(Buffer.from(JSON.stringify(value), 'utf8'), aad);
  }

  openJson(envelope: Uint8Array, aad: string): unknown {
    return JSON.parse(this.open(envelope, aad).toString('utf8'));
  }

  /** Key id of an envelope, for the rotation command's report. */
  static keyIdOf(envelope: Uint8Array): string | undefined {
    const bytes = Buffer.from(envelope);
    return bytes.length >= headerBytes ? bytes.subarray(1, 1 + keyIdBytes).toString('hex') : undefined;
  }
}

/** Row bindings: one place spells them, so the writer and the reader cannot disagree. */
export const aad = {
  authConfig: (id: string) => `auth_config:${id}`,
  connectedAccount: (id: string) => `connected_account:${id}`,
  oauthState: (id: string) => `oauth_state:${id}`,
  keyCheck: (id: string) => `master_key_check:${id}`,
};
