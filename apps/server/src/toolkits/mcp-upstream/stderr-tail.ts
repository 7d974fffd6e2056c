import type { Stream } from 'node:stream';

/**
 * The last few KB of a child's stderr. Reading it continuously also keeps the pipe drained: a chatty server whose
 * stderr nobody reads would block once the pipe buffer fills.
 */
export class StderrTail {
  private text = '';

  constructor(
    stream: Stream | null,
    private readonly maxChars = 4_096,
  ) {
    stream?.on('data', (chunk: unknown) => {
      this.text += typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      if (this.text.length > this.maxChars) this.text = this.text.slice(-this.maxChars);
    });
    // A broken pipe on stderr is not worth crashing Patchbay over.
    stream?.on('error', () => {});
  }

  /** The tail, trimmed to `chars`, or '' when the server wrote nothing. */
  tail(chars = 1_000): string {
    const trimmed = this.text.trimEnd();
    return trimmed.length > chars ? `…${trimmed.slice(-chars)}` : trimmed;
  }
}
