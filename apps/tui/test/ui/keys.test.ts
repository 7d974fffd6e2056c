import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidates, complete, resolveCommand } from '../../src/ui/commands.js';
import { bindingsFor, keyName, keysMarkdown, keyTable, lookup, splitKeys } from '../../src/ui/keys.js';

describe('the key table', () => {
  it('binds each key at most once per context', () => {
    const seen = new Set<string>();
    for (const binding of keyTable) {
      for (const key of binding.keys) {
        const id = `${binding.context}:${key}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('names key presses as the table spells them', () => {
    expect(keyName({ input: '', return: true })).toBe('enter');
    expect(keyName({ input: '', escape: true })).toBe('esc');
    expect(keyName({ input: '', tab: true, shift: true })).toBe('shift+tab');
    expect(keyName({ input: '', upArrow: true })).toBe('up');
    expect(keyName({ input: 'c', ctrl: true })).toBe('ctrl+c');
    expect(keyName({ input: ' ' })).toBe('space');
    expect(keyName({ input: 'G', shift: true })).toBe('G');
    expect(keyName({ input: '', delete: true })).toBe('backspace');
  });

  it('lets a screen key win over a list or global key of the same name', () => {
    expect(lookup(['servers', 'list', 'global'], 'enter')?.command).toBe('open');
    expect(lookup(['server', 'list', 'global'], 'tab')?.command).toBe('nextPane');
    expect(lookup(['server', 'list', 'global'], 'j')?.command).toBe('down');
    expect(lookup(['form'], 'tab')?.command).toBe('nextField');
    expect(lookup(['form'], 'j')).toBeUndefined();
    expect(lookup(['unreachable'], 'R')?.command).toBe('refresh');
  });

  it('lists every reachable key of a screen once, shadowed keys left out', () => {
    const keys = bindingsFor(['servers', 'list', 'global']).flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining(['?', '/', ':', 'esc', 'enter', 'j', 'k', 'g', 'G', 'R', 'q', 'c', 'e', 'd']),
    );
  });

  it('splits keys that arrived in one read', () => {
    expect(splitKeys({ input: 'ab\tc\r\x7f' })).toEqual([
      { input: 'a' },
      { input: 'b' },
      { input: '', tab: true },
      { input: 'c' },
      { input: '', return: true },
      { input: '', backspace: true },
    ]);
    expect(splitKeys({ input: '\x1b[A' })).toEqual([{ input: '\x1b[A' }]);
  });

  it('is the keys table of the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(keysMarkdown());
  });
});

describe('the command line', () => {
  it('resolves names and aliases', () => {
    expect(resolveCommand('servers')?.target).toBe('servers');
    expect(resolveCommand(':tk')?.target).toBe('toolkits');
    expect(resolveCommand(' log ')?.target).toBe('calls');
    expect(resolveCommand('q')?.target).toBe('quit');
    expect(resolveCommand('nope')).toBeUndefined();
  });

  it('completes to the longest shared prefix', () => {
    expect(complete('cal')).toBe('calls');
    expect(complete('ca')).toBe('ca');
    expect(candidates('ca')).toEqual(['catalog', 'calls']);
    expect(complete('se')).toBe('servers');
    expect(complete('zz')).toBe('zz');
  });
});
