// A tool's input schema (JSON Schema) as form fields, and the fields back as the call's arguments.
import { type FieldKind, type FormField, splitList } from '../form.js';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function kindOf(schema: Schema): { kind: FieldKind; options?: string[] } {
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) {
    return { kind: 'enum', options: schema.enum };
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return { kind: 'text' };
    case 'number':
      return { kind: 'number' };
    case 'integer':
      return { kind: 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      const items = isObject(schema.items) ? schema.items : {};
      return items.type === 'string' && !Array.isArray(items.enum) ? { kind: 'list' } : { kind: 'json' };
    }
    default:
      return { kind: 'json' };
  }
}

const hints: Record<FieldKind, string> = {
  text: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '←/→ or space: true/false',
  enum: '←/→ or space to choose',
  list: 'comma-separated',
  json: 'JSON',
};

/** One field per top-level property; nested objects and arrays of objects are entered as JSON. */
export function fieldsFromSchema(schema: Record<string, unknown>): FormField[] {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : []);
  return Object.entries(properties).map(([name, raw]) => {
    const property = isObject(raw) ? raw : {};
    const { kind, options } = kindOf(property);
    const description = typeof property.description === 'string' ? property.description : '';
    const isRequired = required.has(name);
    const initial = property.default !== undefined ? property.default : undefined;
    let value = '';
    if (initial !== undefined) value = kind === 'json' ? JSON.stringify(initial) : String(initial);
    else if (kind === 'boolean' && isRequired) value = 'false';
    else if (kind === 'enum' && isRequired) value = options?.[0] ?? '';
    return {
      name,
      label: name,
      kind,
      value,
      required: isRequired,
      options,
      hint: description === '' ? hints[kind] : `${description} (${hints[kind]})`,
    };
  });
}

export type ArgsResult = { ok: true; args: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** The fields as the tool's arguments; empty optional fields are left out. */
export function argsFromFields(fields: readonly FormField[]): ArgsResult {
  const args: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const text = field.value.trim();
    if (text === '') {
      if (field.required) errors[field.name] = 'required';
      continue;
    }
    switch (field.kind) {
      case 'number':
      case 'integer': {
        const n = Number(text);
        if (!Number.isFinite(n) || (field.kind === 'integer' && !Number.isInteger(n))) {
          errors[field.name] = `must be ${hints[field.kind]}`;
        } else args[field.name] = n;
        break;
      }
      case 'boolean':
        args[field.name] = text === 'true';
        break;
      case 'list':
        args[field.name] = splitList(field.value);
        break;
      case 'json':
        try {
          args[field.name] = JSON.parse(text);
        } catch (error) {
          errors[field.name] = `not JSON: ${error instanceof Error ? error.message : String(error)}`;
        }
        break;
      default:
        args[field.name] = field.value;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, args };
}
