import { given } from './errors.js';
import type { Host } from './host.js';

type Schema = Record<string, unknown>;

/** The pick item for leaving an optional argument out (Escape still cancels). */
const leaveOut = Symbol('leave out');

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asSchema(value: unknown): Schema {
  return isSchema(value) ? value : {};
}

function typeOf(schema: Schema): string {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return String(type.find((t) => t !== 'null') ?? 'string');
  return 'string';
}

/** Parses what was typed for one property, or says why it does not fit. */
export function parseArgument(schema: Schema, text: string): { value: unknown } | { error: string } {
  const type = typeOf(schema);
  switch (type) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      if (text.trim() === '' || Number.isNaN(n)) return { error: 'must be a number' };
      if (type === 'integer' && !Number.isInteger(n)) return { error: 'must be a whole number' };
      return { value: n };
    }
    case 'object':
    case 'array': {
      try {
        const parsed: unknown = JSON.parse(text);
        if (
          type === 'array'
            ? !Array.isArray(parsed)
            : typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)
        ) {
          return { error: `must be a JSON ${type}` };
        }
        return { value: parsed };
      } catch {
        return { error: `must be a JSON ${type}` };
      }
    }
    default:
      return { value: text };
  }
}

/**
 * Asks for a tool's arguments, one prompt per property of its input schema (JSON Schema): enums and booleans as
 * picks, numbers checked as typed, objects and arrays as JSON. An optional property left empty is left out.
 */
export async function askArguments(
  host: Host,
  toolSlug: string,
  inputSchema: unknown,
): Promise<Record<string, unknown>> {
  const schema = asSchema(inputSchema);
  const properties = Object.entries(asSchema(schema.properties));
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : []);
  const args: Record<string, unknown> = {};
  for (const [index, [name, raw]] of properties.entries()) {
    const property = asSchema(raw);
    const step = { step: index + 1, totalSteps: properties.length };
    const title = `${toolSlug}: ${name}${required.has(name) ? '' : ' (optional)'}`;
    const description = typeof property.description === 'string' ? property.description : typeOf(property);
    if (Array.isArray(property.enum)) {
      const items: { label: string; value: unknown }[] = property.enum.map((value) => ({
        label: String(value),
        value,
      }));
      if (!required.has(name)) items.unshift({ label: '(leave out)', value: leaveOut });
      const chosen = given(await host.pick(items, { title, placeholder: description, ...step }));
      if (chosen !== leaveOut) args[name] = chosen;
      continue;
    }
    if (typeOf(property) === 'boolean') {
      const items: { label: string; value: unknown }[] = [
        { label: 'true', value: true },
        { label: 'false', value: false },
      ];
      if (!required.has(name)) items.push({ label: '(leave out)', value: leaveOut });
      const chosen = given(await host.pick(items, { title, placeholder: description, ...step }));
      if (chosen !== leaveOut) args[name] = chosen;
      continue;
    }
    const fallback = property.default;
    const text = given(
      await host.input({
        title,
        prompt: description,
        value: fallback === undefined ? undefined : typeof fallback === 'string' ? fallback : JSON.stringify(fallback),
        ...step,
        validate: (value) => {
          if (value === '') return required.has(name) ? 'required' : undefined;
          const parsed = parseArgument(property, value);
          return 'error' in parsed ? parsed.error : undefined;
        },
      }),
    );
    if (text === '') continue;
    const parsed = parseArgument(property, text);
    if ('value' in parsed) args[name] = parsed.value;
  }
  return args;
}
