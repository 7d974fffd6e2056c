import { isRecord } from './guards.js';
import type { ParameterPlan } from './parameters.js';

/**
 * Parameter values to wire text, per OpenAPI `style` / `explode`. Every piece a user supplies is percent-encoded;
 * only the delimiters the style defines stay literal.
 */

const enc = encodeURIComponent;

/** A scalar as text; nested structures (which styles cannot express) as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

function entriesOf(value: Record<string, unknown>): [string, string][] {
  return Object.entries(value).flatMap(([k, v]) => (v === undefined || v === null ? [] : [[k, scalarText(v)]]));
}

/** `simple` style (path and header): `a,b,c`, objects `k,v,k2,v2` or exploded `k=v,k2=v2`. Pieces encoded by `encode`. */
export function simpleStyle(value: unknown, plan: ParameterPlan, encode: (text: string) => string): string {
  if (plan.json) return encode(JSON.stringify(value));
  if (Array.isArray(value)) return value.map((item) => encode(scalarText(item))).join(',');
  if (isRecord(value)) {
    return entriesOf(value)
      .map(([k, v]) => (plan.explode ? `${encode(k)}=${encode(v)}` : `${encode(k)},${encode(v)}`))
      .join(',');
  }
  return encode(scalarText(value));
}

/** Path parameter text, one segment: `/` and `..` cannot escape it (see request.ts for the dot-segment check). */
export function pathValue(value: unknown, plan: ParameterPlan): string {
  const text = simpleStyle(value, plan, enc);
  if (plan.style === 'label') return `.${text}`;
  if (plan.style === 'matrix') return `;${enc(plan.name)}=${text}`;
  return text;
}

const delimiters: Record<string, string> = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' };

/** `name=value` pairs for one query parameter (already encoded), per form / spaceDelimited / pipeDelimited / deepObject. */
export function queryPairs(value: unknown, plan: ParameterPlan): string[] {
  const name = enc(plan.name);
  if (plan.json) return [`${name}=${enc(JSON.stringify(value))}`];
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null).map((item) => enc(scalarText(item)));
    if (plan.explode) return items.map((item) => `${name}=${item}`);
    return [`${name}=${items.join(delimiters[plan.style] ?? ',')}`];
  }
  if (isRecord(value)) {
    const entries = entriesOf(value);
    if (plan.style === 'deepObject') return entries.map(([k, v]) => `${name}[${enc(k)}]=${enc(v)}`);
    if (plan.explode) return entries.map(([k, v]) => `${enc(k)}=${enc(v)}`);
    return [`${name}=${entries.map(([k, v]) => `${enc(k)},${enc(v)}`).join(',')}`];
  }
  return [`${name}=${enc(scalarText(value))}`];
}

/** `application/x-www-form-urlencoded` body: nested objects as `a[b]=c`, arrays repeated. */
export function formBody(value: unknown): string {
  const pairs: string[] = [];
  const walk = (key: string, item: unknown): void => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item)) {
      for (const element of item) walk(key, element);
    } else if (isRecord(item)) {
      for (const [k, v] of Object.entries(item)) walk(key ? `${key}[${k}]` : k, v);
    } else {
      pairs.push(`${enc(key)}=${enc(scalarText(item))}`);
    }
  };
  walk('', value);
  return pairs.join('&');
}
