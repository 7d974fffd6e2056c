// What becomes of every field of each wire shape the SDK reads. Each resource's fields.ts holds one table per shape;
// test/wire-fields.check.ts fails typecheck when a wire field is in no table or an SDK field comes from nowhere, so a
// field the server adds is mapped or deliberately left out, never dropped unnoticed.

/** The wire field's value, as is, under this SDK name (its type must fit the SDK field's, nested keys included). */
type Renamed<S> = keyof S;

/** The value is changed on the way: a nested shape mapped by its own table, an inversion, a choice among entries. */
export interface Converted<S> {
  readonly to: keyof S;
  readonly via: string;
}

/** Not answered by the SDK, and why. */
export interface Omitted {
  readonly omitted: string;
}

/** A nested wire object whose fields land on the SDK shape itself (e.g. `auth_config.id` → `id`). */
type Flattened<V, S> = V extends readonly unknown[] ? never : V extends object ? FieldMap<V, S> : never;

export type FieldFate<V, S> = Renamed<S> | Converted<S> | Omitted | Flattened<NonNullable<V>, S>;

/** One entry per wire field, none missing (`-?`), none invented (`satisfies` on an object literal). */
export type FieldMap<W, S> = { readonly [K in keyof W]-?: FieldFate<W[K], S> };

/** SDK fields no single wire field gives, and where they come from. */
export type Derived<S> = { readonly [K in keyof S]?: string };
