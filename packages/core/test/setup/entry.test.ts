import { describe, expect, it } from 'vitest';
import { checkEntryName, defaultEntryName, entryUrl, isPatchbayEntry, parseHeader } from '../../src/setup/entry.js';
import { SetupUsageError } from '../../src/setup/errors.js';

describe('defaultEntryName', () => {
  it('is patchbay-<first 8 characters of the server id> for a Patchbay MCP URL', () => {
    expect(defaultEntryName('http://127.0.0.1:8787/v3/mcp/3f9c1a2b-0000-4000')).toBe('patchbay-3f9c1a2b');
    expect(defaultEntryName('https://pb.example/base/v3/mcp/AbC_dEf.123/mcp?user_id=ada')).toBe('patchbay-abc-def');
    expect(defaultEntryName('https://pb.example/v3/mcp/short')).toBe('patchbay-short');
  });
  it('is patchbay for any other URL', () => {
    expect(defaultEntryName('https://example.com/mcp')).toBe('patchbay');
  });
});

describe('parseHeader', () => {
  it('splits at the first colon and trims', () => {
    expect(parseHeader('x-api-key: pb_1')).toEqual(['x-api-key', 'pb_1']);
    expect(parseHeader('Authorization:Bearer a:b')).toEqual(['Authorization', 'Bearer a:b']);
  });
  it.each(['novalue', ':v', 'bad name:v', 'x-api-key:'])('refuses %j', (raw) => {
    expect(() => parseHeader(raw)).toThrow(SetupUsageError);
  });
});

describe('entry names and recognition', () => {
  it('accepts ordinary names and refuses odd ones', () => {
    expect(checkEntryName('patchbay-work.2')).toBe('patchbay-work.2');
    for (const bad of ['', '-x', 'a b', 'a/b', 'x'.repeat(65)])
      expect(() => checkEntryName(bad)).toThrow(SetupUsageError);
  });
  it('finds the URL in every client shape and recognises Patchbay entries', () => {
    expect(entryUrl({ serverUrl: 'u1' })).toBe('u1');
    expect(entryUrl({ httpUrl: 'u2' })).toBe('u2');
    expect(entryUrl({ command: 'npx', args: ['-y', 'mcp-remote', 'u3'] })).toBe('u3');
    expect(entryUrl({ command: 'node' })).toBeUndefined();
    expect(isPatchbayEntry('anything', { url: 'http://h/v3/mcp/abc' })).toBe(true);
    expect(isPatchbayEntry('patchbay-x', {})).toBe(true);
    expect(isPatchbayEntry('github', { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'] })).toBe(
      false,
    );
  });
});
