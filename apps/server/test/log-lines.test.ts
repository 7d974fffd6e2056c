import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { humanLine, humanLogStream } from '../src/util/log-lines.js';
import { createLogger } from '../src/util/logger.js';

describe('human log lines', () => {
  it('shows a request as the request, with the other fields after it', () => {
    const line = humanLine(
      JSON.stringify({
        level: 30,
        time: Date.UTC(2026, 0, 1, 12, 0, 5),
        service: 'patchbay-server',
        msg: 'request',
        request_id: 'r-1',
        method: 'GET',
        path: '/readyz',
        status: 200,
        duration_ms: 3.58,
      }),
    );
    expect(line).toMatch(/^\d\d:\d\d:\d\d INFO {2}GET \/readyz → 200 in 3.58 ms request_id=r-1$/);
  });

  it('shows other records as level, message and fields, quoting values with spaces', () => {
    const line = humanLine(
      JSON.stringify({ level: 40, time: 0, msg: 'toolkit could not list tools', toolkit: 'x', why: 'a b' }),
    );
    expect(line).toMatch(/WARN {2}toolkit could not list tools toolkit=x why="a b"$/);
  });

  it('passes through what is not JSON', () => {
    expect(humanLine('plain text')).toBe('plain text');
  });

  it("keeps pino's redaction: a secret logged by mistake is still censored", async () => {
    const written: string[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => written.push(chunk.toString()));
    const stream = humanLogStream(sink);
    const logger = createLogger('info', stream);
    logger.info({ apiKey: 'pb_secret_value', user: 'ana' }, 'hello');
    await expect.poll(() => written.join('')).toContain('apiKey=[redacted] user=ana');
    expect(written.join('')).not.toContain('pb_secret_value');
  });
});
