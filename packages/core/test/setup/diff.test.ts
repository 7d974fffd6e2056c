import { describe, expect, it } from 'vitest';
import { secretRedactor, unifiedDiff } from '../../src/setup/diff.js';

const labels = { fromLabel: 'a.json', toLabel: 'b.json' };
const lines = (n: number, change?: Record<number, string>) =>
  `${Array.from({ length: n }, (_, i) => change?.[i + 1] ?? `line ${i + 1}`).join('\n')}\n`;

describe('unifiedDiff', () => {
  it('is empty for equal texts, ignoring CRLF vs LF', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', labels)).toBe('');
    expect(unifiedDiff('a\r\nb\r\n', 'a\nb\n', labels)).toBe('');
  });

  it('renders separate hunks for changes far apart, one hunk for changes close together', () => {
    expect(unifiedDiff(lines(20), lines(20, { 2: 'two', 18: 'eighteen' }), labels)).toBe(
      [
        '--- a.json',
        '+++ b.json',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+two',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
    const close = unifiedDiff(lines(12), lines(12, { 4: 'four', 9: 'nine' }), labels);
    expect(close.match(/^@@/gm)).toHaveLength(1);
    expect(close).toContain('@@ -1,12 +1,12 @@');
  });

  it('counts lines of an insertion and a deletion', () => {
    expect(unifiedDiff('a\nb\n', 'a\nx\ny\nb\n', labels)).toBe(
      '--- a.json\n+++ b.json\n@@ -1,2 +1,4 @@\n a\n+x\n+y\n b\n',
    );
    expect(unifiedDiff('a\nb\nc\n', 'a\nc\n', labels)).toBe('--- a.json\n+++ b.json\n@@ -1,3 +1,2 @@\n a\n-b\n c\n');
  });
});

describe('secretRedactor', () => {
  it('masks given secrets and values of secret-looking keys, but not placeholders', () => {
    const redact = secretRedactor(['pb_live_0123456789abcdef']);
    expect(redact('  "x-api-key": "pb_live_0123456789abcdef",')).toBe('  "x-api-key": "pb_l****",');
    expect(redact('  "GITHUB_TOKEN": "ghp_abc"')).toBe('  "GITHUB_TOKEN": "****"');
    expect(redact('  "Authorization": "Bearer abc"')).toBe('  "Authorization": "****"');
    expect(redact(`  "x-api-key": "\${input:pb-api-key}"`)).toBe(`  "x-api-key": "\${input:pb-api-key}"`);
    expect(redact('  "url": "https://example.com"')).toBe('  "url": "https://example.com"');
    expect(redact(`  "args": ["x-api-key:\${PATCHBAY_API_KEY}"]`)).toBe(`  "args": ["x-api-key:\${PATCHBAY_API_KEY}"]`);
  });
});
