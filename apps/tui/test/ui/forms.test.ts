import { describe, expect, it } from 'vitest';
import { backspace, createForm, cycle, typeText } from '../../src/ui/form.js';
import { checkServerForm, serverFields } from '../../src/ui/forms/server-form.js';
import { argsFromFields, fieldsFromSchema } from '../../src/ui/forms/tool-args.js';
import { checkToolkitForm, toolkitFields } from '../../src/ui/forms/toolkit-form.js';

const withValues = (values: Record<string, string>) =>
  serverFields().map((field) => ({ ...field, value: values[field.name] ?? field.value }));

describe('the server form', () => {
  it('answers the input when core’s schema accepts it', () => {
    expect(
      checkServerForm(withValues({ name: 'My notes', toolkits: 'notes, files', allowed_tools: 'NOTES_GET' }), 'create'),
    ).toEqual({
      ok: true,
      input: {
        name: 'My notes',
        toolkits: ['notes', 'files'],
        allowedTools: ['NOTES_GET'],
        manuallyManageConnections: true,
      },
    });
  });

  it('puts core’s messages at the field they are about', () => {
    const check = checkServerForm(
      withValues({ name: 'ab', toolkits: 'no tes', allowed_tools: 'OK, bad slug!' }),
      'create',
    );
    expect(check).toEqual({
      ok: false,
      errors: {
        name: 'must be 4-30 characters',
        toolkits: 'entry 1: must be a toolkit slug (letters, digits, _ and -)',
        allowed_tools: 'entry 2: must be a tool slug (letters, digits, _, . and -)',
      },
    });
  });
});

describe('tool arguments from an input schema', () => {
  const schema = {
    type: 'object',
    required: ['key', 'count'],
    properties: {
      key: { type: 'string', description: 'The key' },
      count: { type: 'integer' },
      ratio: { type: 'number' },
      flag: { type: 'boolean' },
      mode: { type: 'string', enum: ['fast', 'slow'] },
      tags: { type: 'array', items: { type: 'string' } },
      nested: { type: 'object', properties: { a: { type: 'string' } } },
    },
  };

  it('makes a field of each kind, required ones marked', () => {
    const fields = fieldsFromSchema(schema);
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['key', 'text', true],
      ['count', 'integer', true],
      ['ratio', 'number', false],
      ['flag', 'boolean', false],
      ['mode', 'enum', false],
      ['tags', 'list', false],
      ['nested', 'json', false],
    ]);
    expect(fields[0]?.hint).toBe('The key (text)');
  });

  it('turns the typed values into typed arguments and names what is wrong', () => {
    const fields = fieldsFromSchema(schema);
    const values: Record<string, string> = {
      key: 'city',
      count: '3',
      flag: 'true',
      mode: 'slow',
      tags: 'a, b',
      nested: '{"a":"x"}',
    };
    const filled = fields.map((f) => ({ ...f, value: values[f.name] ?? '' }));
    expect(argsFromFields(filled)).toEqual({
      ok: true,
      args: { key: 'city', count: 3, flag: true, mode: 'slow', tags: ['a', 'b'], nested: { a: 'x' } },
    });
    const bad = fields.map((f) => ({ ...f, value: f.name === 'count' ? '1.5' : f.name === 'nested' ? '{' : '' }));
    const result = argsFromFields(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['count', 'key', 'nested']);
    expect(!result.ok && result.errors.key).toBe('required');
  });

  it('edits: text appends and deletes, yes/no and enums cycle, numbers refuse letters', () => {
    let form = createForm(fieldsFromSchema(schema));
    form = typeText(typeText(form, 'a'), 'b');
    expect(form.fields[0]?.value).toBe('ab');
    expect(backspace(form).fields[0]?.value).toBe('a');
    form = { ...form, focus: 1 };
    expect(typeText(form, 'x').fields[1]?.value).toBe('');
    form = { ...form, focus: 3 };
    expect(cycle(form, 1).fields[3]?.value).toBe('true');
    expect(typeText(form, ' ').fields[3]?.value).toBe('true');
    form = { ...form, focus: 4 };
    expect(cycle(cycle(form, 1), 1).fields[4]?.value).toBe('slow');
  });
});

describe('the toolkit form', () => {
  const filled = (values: Record<string, string>) =>
    toolkitFields().map((field) => ({ ...field, value: values[field.name] ?? field.value }));

  it('builds the SDK options for each kind of source', () => {
    expect(
      checkToolkitForm(filled({ slug: 'memory', name: 'Memory', target: 'npx', args: '-y, @mcp/memory' })),
    ).toEqual({
      ok: true,
      options: {
        slug: 'memory',
        name: 'Memory',
        description: undefined,
        mcp: { transport: 'stdio', command: 'npx', args: ['-y', '@mcp/memory'] },
      },
    });
    const url = checkToolkitForm(
      filled({ slug: 'remote', name: 'R', source: 'mcp url', target: 'https://mcp.example.com/mcp' }),
    );
    expect(url.ok && url.options.mcp).toEqual({ transport: 'streamable_http', url: 'https://mcp.example.com/mcp' });
    const api = checkToolkitForm(
      filled({ slug: 'api', name: 'A', source: 'openapi url', target: 'https://x.example/openapi.json' }),
    );
    expect(api.ok && api.options.openapi).toEqual({ specUrl: 'https://x.example/openapi.json' });
  });

  it('puts core’s messages at the slug and the source', () => {
    expect(checkToolkitForm(filled({ slug: 'Bad Slug', name: '', source: 'mcp url', target: 'not a url' }))).toEqual({
      ok: false,
      errors: {
        slug: 'must be lowercase letters, digits, _ and - (not first)',
        name: 'required',
        target: 'must be a URL',
      },
    });
  });
});
