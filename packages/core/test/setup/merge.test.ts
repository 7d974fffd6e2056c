import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../../src/errors.js';
import { locateJsonError } from '../../src/setup/json-error.js';
import { deleteEntry, parseConfig, serializeConfig, setEntry } from '../../src/setup/merge.js';

const existing = {
  theme: 'dark',
  numbers: [1, 2.5, -3e-7, 12345678901234],
  mcpServers: {
    github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_TOKEN: 't' } },
    patchbay: { url: 'http://old', headers: { 'x-api-key': 'old' } },
    zeta: { url: 'https://zeta.example/mcp' },
  },
  nested: { deep: { keep: [null, true, { a: 'ü\u2028' }] } },
};

describe('setEntry / deleteEntry', () => {
  it('adds an entry and keeps every other key and entry as it was', () => {
    const { doc, replaced } = setEntry(
      existing,
      { serversKey: 'mcpServers', name: 'patchbay-3f9c1a2b', entry: { url: 'http://new' } },
      'f',
    );
    expect(replaced).toBe(false);
    expect(doc.theme).toEqual(existing.theme);
    expect(doc.numbers).toEqual(existing.numbers);
    expect(doc.nested).toEqual(existing.nested);
    expect(doc.mcpServers).toEqual({ ...existing.mcpServers, 'patchbay-3f9c1a2b': { url: 'http://new' } });
    expect(Object.keys(doc)).toEqual(Object.keys(existing));
  });

  it('replaces an entry of the same name in place and does not modify its input', () => {
    const before = structuredClone(existing);
    const { doc, replaced } = setEntry(
      existing,
      { serversKey: 'mcpServers', name: 'patchbay', entry: { url: 'u' } },
      'f',
    );
    expect(replaced).toBe(true);
    expect(JSON.stringify(doc.mcpServers)).toBe(
      JSON.stringify({ github: existing.mcpServers.github, patchbay: { url: 'u' }, zeta: existing.mcpServers.zeta }),
    );
    expect(existing).toEqual(before);
  });

  it('removes one entry and leaves the rest', () => {
    const { doc, removed } = deleteEntry(existing, { serversKey: 'mcpServers', name: 'patchbay' }, 'f');
    expect(removed).toBe(true);
    expect(doc.mcpServers).toEqual({ github: existing.mcpServers.github, zeta: existing.mcpServers.zeta });
    expect(deleteEntry(existing, { serversKey: 'mcpServers', name: 'absent' }, 'f').removed).toBe(false);
  });

  it('merges VS Code inputs by id', () => {
    const doc = {
      inputs: [
        { id: 'other', type: 'promptString' },
        { id: 'pb-api-key', old: true },
      ],
      servers: {},
    };
    const input = { type: 'promptString', id: 'pb-api-key', password: true };
    const next = setEntry(doc, { serversKey: 'servers', name: 'pb', entry: {}, inputs: [input] }, 'f').doc;
    expect(next.inputs).toEqual([{ id: 'other', type: 'promptString' }, input]);
    const removed = deleteEntry(next, { serversKey: 'servers', name: 'pb', inputIds: ['pb-api-key'] }, 'f').doc;
    expect(removed.inputs).toEqual([{ id: 'other', type: 'promptString' }]);
  });

  it('refuses a servers key that is not an object', () => {
    expect(() => setEntry({ mcpServers: [] }, { serversKey: 'mcpServers', name: 'x', entry: {} }, '/f.json')).toThrow(
      /\/f\.json has a "mcpServers" that is not an object/,
    );
  });

  it('treats an entry named __proto__ as data', () => {
    const doc = parseConfig('{"mcpServers": {"__proto__": {"url": "x"}, "b": {}}}', 'f').doc;
    const next = deleteEntry(doc, { serversKey: 'mcpServers', name: 'b' }, 'f').doc;
    expect(JSON.stringify(next)).toBe('{"mcpServers":{"__proto__":{"url":"x"}}}');
  });
});

describe('parseConfig / serializeConfig', () => {
  it('round-trips a file byte for byte, keeping tabs, CRLF, a BOM and the final newline', () => {
    for (const text of [
      '{\n\t"a": 1,\n\t"b": {\n\t\t"c": [\n\t\t\t1\n\t\t]\n\t}\n}\n',
      '\uFEFF{\r\n    "a": "x"\r\n}',
      '{\n  "mcpServers": {}\n}\n',
    ]) {
      const { doc, style } = parseConfig(text, 'f');
      expect(serializeConfig(doc, style)).toBe(text);
    }
  });

  it('reads a missing or empty file as an empty object', () => {
    expect(parseConfig(undefined, 'f').doc).toEqual({});
    expect(parseConfig('  \n', 'f').doc).toEqual({});
  });

  it('names the line and column of a syntax error and what to do', () => {
    const error = (() => {
      try {
        parseConfig('{\n  "a": 1,\n  "b": ,\n}\n', '/home/ada/.cursor/mcp.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PatchbayError);
    expect(error).toMatchObject({
      slug: 'config_invalid_json',
      message: '/home/ada/.cursor/mcp.json is not valid JSON (line 3, column 8: unexpected ",").',
      suggestedFix: 'Fix or move it, then run again; it was left untouched.',
    });
  });

  it('refuses JSON that is not an object', () => {
    expect(() => parseConfig('[1]', '/f')).toThrow('/f holds JSON but not an object at the top level.');
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['{"a": 1,}', { line: 1, column: 9, reason: 'trailing comma' }],
    ['{\n"a" 1}', { line: 2, column: 5, reason: 'expected ":", found "1"' }],
    ['{', { line: 1, column: 2, reason: 'expected a double-quoted property name, found end of file' }],
    ['// note\n{}', { line: 1, column: 1, reason: 'comments are not allowed in JSON' }],
    ['{} x', { line: 1, column: 4, reason: 'unexpected "x" after the end of the JSON value' }],
    ['{"a": "b\nc"}', { line: 1, column: 9, reason: 'control character in a string (escape it)' }],
    ['[1, 2', { line: 1, column: 6, reason: 'expected "," or "]", found end of file' }],
  ])('%j', (text, expected) => {
    expect(locateJsonError(text)).toEqual(expected);
  });
});
