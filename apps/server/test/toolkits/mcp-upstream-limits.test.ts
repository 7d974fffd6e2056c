import { describe, expect, it } from 'vitest';
import { createMcpUpstreamToolkit } from '../../src/toolkits/mcp-upstream/index.js';
import { context, logger, textOf } from './mcp-upstream-support.js';

const bigServer = new URL('./mcp-upstream-fixtures/big-result-server.mjs', import.meta.url).pathname;

describe('a result larger than Patchbay reads from an upstream', () => {
  it('is an error that names the limit, not "the process exited"; the next call works on a fresh process', async () => {
    const toolkit = createMcpUpstreamToolkit(
      { slug: 'big', transport: 'stdio', command: process.execPath, args: [bigServer], timeoutMs: 60_000 },
      { logger },
    );
    try {
      const tooBig = await toolkit.callTool('BIG_RESULT', { mb: 20 }, context('ada'));
      expect(tooBig.isError).toBe(true);
      expect(textOf(tooBig)).toMatch(/result was larger than the 16 MiB Patchbay accepts from an upstream/);
      expect(textOf(tooBig)).not.toMatch(/exited during the call/);
      const fine = await toolkit.callTool('BIG_RESULT', { mb: 1 }, context('ada'));
      expect(fine.isError).not.toBe(true);
      expect(textOf(fine)).toHaveLength(1024 * 1024);
    } finally {
      await toolkit.close();
    }
  });
});
