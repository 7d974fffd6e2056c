import { describe, expect, it } from 'vitest';
import { createMcpUpstreamToolkit } from '../../src/toolkits/mcp-upstream/index.js';
import { alive, context, logger, textOf, waitFor } from './mcp-upstream-support.js';

const forking = new URL('./mcp-upstream-fixtures/forking-server.mjs', import.meta.url).pathname;

/** An upstream that forks (as `npx` does) takes its child with it, whether Patchbay closes it or it crashes. */
describe('stdio upstreams and their own children', () => {
  const start = async () => {
    const toolkit = createMcpUpstreamToolkit(
      { slug: 'forking', transport: 'stdio', command: process.execPath, args: [forking] },
      { logger },
    );
    const result = await toolkit.callTool('FORKING_CHILD_PID', {}, context('ada'));
    const child = Number(textOf(result));
    const upstream = toolkit.processes()[0]?.pid;
    expect(alive(child)).toBe(true);
    return { toolkit, child, upstream };
  };

  it('ends the child when Patchbay closes the upstream', async () => {
    const { toolkit, child } = await start();
    await toolkit.close();
    await waitFor('the grandchild to end', () => !alive(child), 10_000);
  });

  it('ends the child when the upstream crashes', async () => {
    const { toolkit, child, upstream } = await start();
    expect(upstream).toBeDefined();
    process.kill(upstream ?? 0, 'SIGKILL');
    await waitFor('the grandchild to end', () => !alive(child), 10_000);
    await toolkit.close();
  });
});
