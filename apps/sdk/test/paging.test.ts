import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { McpServer, Patchbay } from '../src/index.js';
import { recordingFetch } from './support/recorder.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let patchbay: Patchbay;
const names: string[] = [];
const count = 35;

beforeAll(async () => {
  server = await startTestServer();
  patchbay = server.sdk();
  for (let i = 0; i < count; i++) {
    const name = `Paged ${String(i).padStart(2, '0')}`;
    names.push(name);
    await patchbay.mcp.create(name, { toolkits: ['notes'] });
  }
});
afterAll(() => server?.stop());

describe('paging across many pages', () => {
  it('iterate walks every server once, in order, ten a request', async () => {
    const { fetch, requests } = recordingFetch();
    const sdk = server.sdk({ fetch });
    const seen: string[] = [];
    for await (const item of sdk.mcp.iterate({ limit: 10, orderBy: 'createdAt', orderDirection: 'asc' })) {
      seen.push(item.name);
    }
    expect(seen).toEqual(names);
    expect(requests.map((r) => new URLSearchParams(r.search).get('page_no'))).toEqual(['1', '2', '3', '4']);
    expect(requests.every((r) => new URLSearchParams(r.search).get('limit') === '10')).toBe(true);
    expect(new URLSearchParams(requests[0]?.search).get('order_by')).toBe('created_at');
  });

  it('is lazy: a page is fetched only when the loop needs an item from it', async () => {
    const { fetch, requests } = recordingFetch();
    const sdk = server.sdk({ fetch });
    const paged = sdk.mcp.iterate({ limit: 10, orderBy: 'createdAt', orderDirection: 'asc' });
    expect(requests).toHaveLength(0);
    const taken: McpServer[] = [];
    for await (const item of paged) {
      taken.push(item);
      if (taken.length === 12) break;
    }
    expect(taken.map((s) => s.name)).toEqual(names.slice(0, 12));
    expect(requests).toHaveLength(2);
  });

  it('pages() yields whole pages and toArray() collects them; maxItems stops early', async () => {
    const sizes: number[] = [];
    for await (const page of patchbay.mcp.iterate({ limit: 10 }).pages()) sizes.push(page.length);
    expect(sizes).toEqual([10, 10, 10, 5]);
    const all = await patchbay.mcp.iterate({ limit: 10, orderDirection: 'desc', orderBy: 'createdAt' }).toArray();
    expect(all.map((s) => s.name)).toEqual([...names].reverse());
    const { fetch, requests } = recordingFetch();
    const capped = await server.sdk({ fetch }).mcp.iterate({ limit: 10, maxItems: 15 }).toArray();
    expect(capped).toHaveLength(15);
    expect(requests).toHaveLength(2);
  });

  it('list answers one page with currentPage and totalPages', async () => {
    const last = await patchbay.mcp.list({ page: 4, limit: 10, orderBy: 'createdAt', orderDirection: 'asc' });
    expect(last).toMatchObject({ currentPage: 4, totalPages: 4 });
    expect(last.items.map((s) => s.name)).toEqual(names.slice(30));
    const first = await patchbay.mcp.list();
    expect(first).toMatchObject({ currentPage: 1, totalPages: 4 });
    expect(first.items).toHaveLength(10);
  });
});
