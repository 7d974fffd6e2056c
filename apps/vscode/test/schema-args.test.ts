import { describe, expect, it } from 'vitest';
import { askArguments, parseArgument } from '../src/schema-args.js';
import { choose, FakeHost, type } from './support/fake-host.js';

describe("a tool's arguments from its input schema", () => {
  it('asks per property: enums and booleans as picks, numbers and JSON checked as typed, empty optionals left out', async () => {
    const host = new FakeHost();
    host.answer(type('Lisbon'), choose('metric'), choose('false'), type('3'), type('["a","b"]'), type(''));
    const args = await askArguments(host, 'WEATHER', {
      type: 'object',
      required: ['city', 'units', 'days'],
      properties: {
        city: { type: 'string', description: 'Where' },
        units: { enum: ['metric', 'imperial'] },
        hourly: { type: 'boolean' },
        days: { type: 'integer' },
        tags: { type: 'array' },
        note: { type: 'string' },
      },
    });
    expect(args).toEqual({ city: 'Lisbon', units: 'metric', hourly: false, days: 3, tags: ['a', 'b'] });
    const first = host.prompts[0];
    expect(
      first?.kind === 'input' && [
        first.options.title,
        first.options.prompt,
        first.options.step,
        first.options.totalSteps,
      ],
    ).toEqual(['WEATHER: city', 'Where', 1, 6]);
    const last = host.prompts[5];
    expect(last?.kind === 'input' && last.options.title).toBe('WEATHER: note (optional)');
  });

  it('refuses what does not fit the type, and a required field left empty', async () => {
    expect(parseArgument({ type: 'integer' }, '2.5')).toEqual({ error: 'must be a whole number' });
    expect(parseArgument({ type: 'number' }, 'x')).toEqual({ error: 'must be a number' });
    expect(parseArgument({ type: 'object' }, '[1]')).toEqual({ error: 'must be a JSON object' });
    expect(parseArgument({ type: ['number', 'null'] }, '4')).toEqual({ value: 4 });
    const host = new FakeHost();
    host.answer(type(''));
    await expect(askArguments(host, 'T', { required: ['a'], properties: { a: { type: 'string' } } })).rejects.toThrow(
      'would not be accepted: required',
    );
  });

  it('a tool with no arguments asks nothing', async () => {
    const host = new FakeHost();
    expect(await askArguments(host, 'T', { type: 'object', properties: {} })).toEqual({});
    expect(await askArguments(host, 'T', undefined)).toEqual({});
    expect(host.prompts).toEqual([]);
  });
});
