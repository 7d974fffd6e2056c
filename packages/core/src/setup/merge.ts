import type { ServersKey } from './clients.js';
import type { JsonObject } from './entry.js';
import { configError } from './errors.js';
import { locateJsonError } from './json-error.js';

/** How the existing file is laid out, so a rewrite changes only the entry and not the whole file's formatting. */
export interface TextStyle {
  indent: string;
  eol: '\n' | '\r\n';
  bom: boolean;
  finalNewline: boolean;
}

export interface ParsedConfig {
  doc: JsonObject;
  style: TextStyle;
}

const defaultStyle: TextStyle = { indent: '  ', eol: '\n', bom: false, finalNewline: true };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function detectStyle(text: string): TextStyle {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? defaultStyle.indent;
  return {
    indent,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    bom: text.startsWith('\uFEFF'),
    finalNewline: /\n$/.test(text),
  };
}

/**
 * Reads a config file's text (undefined when the file does not exist). An empty file counts as `{}`, since some
 * clients create one; anything else that is not a JSON object is an error that names the place and what to do.
 */
export function parseConfig(text: string | undefined, path: string): ParsedConfig {
  if (text === undefined) return { doc: {}, style: defaultStyle };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { doc: {}, style: { ...detectStyle(text), finalNewline: true } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const where = locateJsonError(body);
    const detail = where
      ? `line ${where.line}, column ${where.column}: ${where.reason}`
      : error instanceof Error
        ? error.message
        : String(error);
    throw configError(
      'config_invalid_json',
      `${path} is not valid JSON (${detail}).`,
      'Fix or move it, then run again; it was left untouched.',
      error,
    );
  }
  if (!isJsonObject(parsed)) {
    throw configError(
      'config_not_object',
      `${path} holds JSON but not an object at the top level.`,
      'Fix or move it, then run again; it was left untouched.',
    );
  }
  return { doc: parsed, style: detectStyle(text) };
}

export function serializeConfig(doc: JsonObject, style: TextStyle): string {
  let text = JSON.stringify(doc, null, style.indent);
  if (style.eol === '\r\n') text = text.replace(/\n/g, '\r\n');
  if (style.finalNewline) text += style.eol;
  return style.bom ? `\uFEFF${text}` : text;
}

function servers(doc: JsonObject, key: ServersKey, path: string): JsonObject {
  const value = doc[key];
  if (value === undefined) return {};
  if (!isJsonObject(value)) {
    throw configError(
      'config_unexpected_shape',
      `${path} has a "${key}" that is not an object.`,
      `Fix "${key}" by hand (it should map names to servers), then run again; the file was left untouched.`,
    );
  }
  return value;
}

function inputsOf(doc: JsonObject, path: string): unknown[] {
  const value = doc.inputs;
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw configError(
      'config_unexpected_shape',
      `${path} has an "inputs" that is not an array.`,
      'Fix "inputs" by hand, then run again; the file was left untouched.',
    );
  }
  return value;
}

const inputId = (input: unknown): unknown => (isJsonObject(input) ? input.id : undefined);

export interface SetEntryChange {
  serversKey: ServersKey;
  name: string;
  entry: JsonObject;
  /** VS Code inputs; one with the same id is replaced, others are kept. */
  inputs?: JsonObject[] | undefined;
}

/** A new document with `name` set (in place when it existed, last otherwise); the input is not modified. */
export function setEntry(
  doc: JsonObject,
  change: SetEntryChange,
  path: string,
): { doc: JsonObject; replaced: boolean } {
  const current = servers(doc, change.serversKey, path);
  const replaced = Object.hasOwn(current, change.name);
  const next: JsonObject = { ...doc, [change.serversKey]: { ...current, [change.name]: change.entry } };
  if (change.inputs !== undefined && change.inputs.length > 0) {
    const merged = [...inputsOf(doc, path)];
    for (const input of change.inputs) {
      const at = merged.findIndex((existing) => inputId(existing) === input.id);
      if (at >= 0) merged[at] = input;
      else merged.push(input);
    }
    next.inputs = merged;
  }
  return { doc: next, replaced };
}

/** A new document without `name` (and without the VS Code inputs listed); the input is not modified. */
export function deleteEntry(
  doc: JsonObject,
  change: { serversKey: ServersKey; name: string; inputIds?: string[] | undefined },
  path: string,
): { doc: JsonObject; removed: boolean } {
  const current = servers(doc, change.serversKey, path);
  if (!Object.hasOwn(current, change.name)) return { doc, removed: false };
  // fromEntries defines properties, so even a "__proto__" entry name stays data.
  const rest: JsonObject = Object.fromEntries(Object.entries(current).filter(([key]) => key !== change.name));
  const next: JsonObject = { ...doc, [change.serversKey]: rest };
  const ids = change.inputIds ?? [];
  if (ids.length > 0 && Array.isArray(doc.inputs)) {
    next.inputs = doc.inputs.filter((input) => {
      const id = inputId(input);
      return typeof id !== 'string' || !ids.includes(id);
    });
  }
  return { doc: next, removed: true };
}
