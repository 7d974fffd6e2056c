/** Reads a response body into memory with a hard cap, so a huge or endless response cannot exhaust memory. */

export interface CappedBody {
  /** At most `maxBytes` bytes from the start of the body. */
  bytes: Uint8Array;
  /** False when the body went on past `maxBytes` and reading stopped there. */
  complete: boolean;
}

export async function readCappedBody(response: Response, maxBytes: number): Promise<CappedBody> {
  const stream = response.body;
  if (!stream) return { bytes: new Uint8Array(0), complete: true };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: join(chunks, kept), complete: true };
      const room = maxBytes - kept;
      if (value.byteLength > room) {
        if (room > 0) chunks.push(value.subarray(0, room));
        kept += Math.max(room, 0);
        // Stop here: cancelling tells the connection we want no more, instead of draining the rest.
        await reader.cancel().catch(() => undefined);
        return { bytes: join(chunks, kept), complete: false };
      }
      chunks.push(value);
      kept += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
}

function join(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The charset named in a Content-Type, if TextDecoder knows it; else UTF-8. */
export function decoderFor(contentType: string | null): TextDecoder {
  const charset = /charset="?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset);
    } catch {
      // An unknown label: UTF-8 is the best guess for an API.
    }
  }
  return new TextDecoder('utf-8');
}
