// A form on screen (create/edit a server, a tool's arguments): fields, the focused one, the errors shown at each
// field. Pure functions; what the fields mean and how they are checked is the caller's.

export type FieldKind = 'text' | 'number' | 'integer' | 'boolean' | 'enum' | 'list' | 'json';

export interface FormField {
  name: string;
  label: string;
  kind: FieldKind;
  /** What the person typed; a boolean is `true`/`false`, an enum one of `options` (or empty when optional). */
  value: string;
  required: boolean;
  options?: readonly string[] | undefined;
  hint?: string | undefined;
}

export interface FormState {
  fields: readonly FormField[];
  focus: number;
  /** Field name → message, shown under the field; `''` holds a message for the whole form. */
  errors: Readonly<Record<string, string>>;
  submitting: boolean;
}

export function createForm(fields: readonly FormField[]): FormState {
  return { fields, focus: 0, errors: {}, submitting: false };
}

export function focusBy(form: FormState, delta: number): FormState {
  const count = form.fields.length;
  if (count === 0) return form;
  return { ...form, focus: (form.focus + delta + count) % count };
}

export function focused(form: FormState): FormField | undefined {
  return form.fields[form.focus];
}

function updateFocused(form: FormState, change: (field: FormField) => string): FormState {
  const field = form.fields[form.focus];
  if (field === undefined) return form;
  const value = change(field);
  if (value === field.value) return form;
  const fields = form.fields.map((f, index) => (index === form.focus ? { ...f, value } : f));
  const { [field.name]: _cleared, ...errors } = form.errors;
  return { ...form, fields, errors };
}

const choices = (field: FormField): readonly string[] =>
  field.kind === 'boolean'
    ? field.required
      ? ['true', 'false']
      : ['', 'true', 'false']
    : field.required
      ? (field.options ?? [])
      : ['', ...(field.options ?? [])];

/** A typed character: appended to a text field; a space or letter flips a yes/no; other kinds cycle. */
export function typeText(form: FormState, text: string): FormState {
  const field = focused(form);
  if (field === undefined) return form;
  if (field.kind === 'boolean' || field.kind === 'enum') return text === ' ' ? cycle(form, 1) : form;
  if ((field.kind === 'number' || field.kind === 'integer') && !/^[-+0-9.eE]*$/.test(text)) return form;
  return updateFocused(form, (f) => f.value + text);
}

export function backspace(form: FormState): FormState {
  return updateFocused(form, (f) => (f.kind === 'boolean' || f.kind === 'enum' ? f.value : f.value.slice(0, -1)));
}

export function cycle(form: FormState, delta: number): FormState {
  return updateFocused(form, (f) => {
    if (f.kind !== 'boolean' && f.kind !== 'enum') return f.value;
    const list = choices(f);
    if (list.length === 0) return f.value;
    const index = list.indexOf(f.value);
    return list[(index + delta + list.length) % list.length] ?? f.value;
  });
}

export function withErrors(form: FormState, errors: Record<string, string>): FormState {
  const first = form.fields.findIndex((field) => errors[field.name] !== undefined);
  return { ...form, errors, submitting: false, focus: first >= 0 ? first : form.focus };
}

export function value(form: FormState, name: string): string {
  return form.fields.find((field) => field.name === name)?.value ?? '';
}

/** `a, b,,c` → `['a', 'b', 'c']`. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
