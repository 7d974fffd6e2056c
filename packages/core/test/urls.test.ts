import { describe, expect, it } from 'vitest';
import { apiBaseUrl, mcpServerUrl, parseMcpServerUrl, serverRoot } from '../src/urls.js';

const id = '550e8400-e29b-41d4-a716-446655440000';

describe('apiBaseUrl / serverRoot', () => {
  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/api/v3'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787/api/v3'],
    ['https://pb.example.org/base/', 'https://pb.example.org/base/api/v3'],
    ['http://h/api/v3', 'http://h/api/v3'],
    ['http://h/api/v3.1/', 'http://h/api/v3.1'],
    ['http://h/?x=1#frag', 'http://h/api/v3'],
  ])('%s → %s', (root, expected) => {
    expect(apiBaseUrl(root)).toBe(expected);
  });

  it('strips the API prefix back off', () => {
    expect(serverRoot('https://pb.example.org/base/api/v3.1')).toBe('https://pb.example.org/base');
  });

  it('rejects what is not a URL', () => {
    for (const bad of ['localhost:8787', '127.0.0.1:8787', 'ftp://h', '']) {
      expect(() => apiBaseUrl(bad)).toThrow(/is not an http\(s\) URL/);
    }
  });
});

describe('mcpServerUrl', () => {
  it('builds the per-user URL with an encoded user id', () => {
    expect(mcpServerUrl('http://127.0.0.1:8787/api/v3', id, { userId: 'ana@example.com & co' })).toBe(
      `http://127.0.0.1:8787/v3/mcp/${id}?user_id=ana%40example.com+%26+co`,
    );
  });

  it('pins a connected account, and asks for helper actions', () => {
    expect(
      mcpServerUrl(
        'http://h',
        id,
        { connectedAccountId: 'ca_1' },
        { includeHelperActions: true, transportPath: '/mcp' },
      ),
    ).toBe(`http://h/v3/mcp/${id}/mcp?connected_account_id=ca_1&include_composio_helper_actions=true`);
  });

  it('builds the base URL without a selector', () => {
    expect(mcpServerUrl('http://h/', id)).toBe(`http://h/v3/mcp/${id}`);
  });

  it('parses its own output back', () => {
    for (const url of [
      mcpServerUrl('https://x.org/pre', id, { userId: 'u 1' }),
      mcpServerUrl(
        'http://h',
        id,
        { connectedAccountId: 'ca_9' },
        { transportPath: '/sse', includeHelperActions: true },
      ),
      mcpServerUrl('http://h', id),
    ]) {
      const parsed = parseMcpServerUrl(url);
      expect(parsed?.serverId).toBe(id);
      if (parsed === undefined) continue;
      expect(
        mcpServerUrl(parsed.root, parsed.serverId, parsed.selector, {
          includeHelperActions: parsed.includeHelperActions,
          transportPath: url.includes('/sse') ? '/sse' : '',
        }),
      ).toBe(url);
    }
  });

  it('does not parse other URLs', () => {
    expect(parseMcpServerUrl('http://h/v3/other/x')).toBeUndefined();
    expect(parseMcpServerUrl('not a url')).toBeUndefined();
  });
});
