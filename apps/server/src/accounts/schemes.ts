import type { components } from '@patchbay/core';
import type { ToolkitMeta } from '../toolkits/registry.js';

/** What a toolkit's catalog entry says about an auth scheme, with defaults for toolkits that say nothing. */

type ToolkitAuthScheme = components['schemas']['ToolkitAuthScheme'];
export type AuthSchemeName = components['schemas']['AuthScheme'];

export function schemeOf(toolkit: ToolkitMeta | undefined, scheme: string): ToolkitAuthScheme | undefined {
  return toolkit?.authSchemes.find((s) => s.mode === scheme);
}

const defaultFields: Partial<Record<string, string[]>> = {
  API_KEY: ['api_key'],
  BEARER_TOKEN: ['token'],
  BASIC: ['username', 'password'],
};

/** `api_key` → `API key`, for a field that has no display name of its own. */
function humanize(name: string): string {
  const words = name.split('_').filter((w) => w !== '');
  return words
    .map((w, i) => (/^(api|id|url)$/i.test(w) ? w.toUpperCase() : i === 0 ? w[0]?.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** The fields a user must give to connect (e.g. `api_key`, or a stdio toolkit's per-user environment names). */
export function initiationFields(
  toolkit: ToolkitMeta | undefined,
  scheme: string,
): { name: string; label: string; secret: boolean; required: boolean }[] {
  const meta = schemeOf(toolkit, scheme);
  if (meta && meta.fields.connected_account_initiation.length > 0) {
    return meta.fields.connected_account_initiation.map((f) => ({
      name: f.name,
      label: f.display_name && f.display_name !== f.name ? f.display_name : humanize(f.name),
      secret: f.secret !== false,
      required: f.required !== false,
    }));
  }
  return (defaultFields[scheme] ?? []).map((name) => ({
    name,
    label: humanize(name),
    secret: name !== 'username',
    required: name !== 'password',
  }));
}

/** Whether the toolkit can be used with the scheme (NO_AUTH only for toolkits that need no account). */
export function supportsScheme(toolkit: ToolkitMeta, scheme: string): boolean {
  if (scheme === 'NO_AUTH') return toolkit.noAuth;
  if (toolkit.authSchemes.length === 0) return false;
  return toolkit.authSchemes.some((s) => s.mode === scheme);
}

export const isUserKeyScheme = (scheme: string): boolean =>
  scheme === 'API_KEY' || scheme === 'BEARER_TOKEN' || scheme === 'BASIC';
