import type { components } from '@patchbay/core';
import type { RegisteredToolkit, ToolkitMeta } from '../registry.js';
import { github } from './github.js';
import { gmail } from './gmail.js';
import { googleCalendar } from './google-calendar.js';
import { linear } from './linear.js';
import { notion } from './notion.js';
import { type CuratedRuntimeOptions, createCuratedRuntime } from './runtime.js';
import { slack } from './slack.js';
import type { CuratedAuth, CuratedOAuth2, CuratedToolkitSpec } from './types.js';

/**
 * The curated toolkits: toolkits for popular SaaS APIs, defined by hand from the providers' public references and run
 * on the OpenAPI toolkit runtime, so Patchbay is useful before anyone writes a custom toolkit.
 */

export type { CuratedRuntimeOptions } from './runtime.js';
export { createCuratedRuntime } from './runtime.js';
export type { CuratedAuth, CuratedOAuth2, CuratedToolkitSpec, OpenApiDocument } from './types.js';

type AuthField = components['schemas']['AuthField'];
type ToolkitAuthScheme = components['schemas']['ToolkitAuthScheme'];

export const curatedSpecs: readonly CuratedToolkitSpec[] = [github, slack, notion, linear, gmail, googleCalendar];

/**
 * What the OAuth flow needs beyond the generic `ToolkitAuthScheme` (which has no room for it): the scope separator,
 * the token-endpoint client authentication and extra authorize parameters. Undefined for a non-curated slug.
 */
export function curatedOAuthApp(slug: string): CuratedOAuth2 | undefined {
  return curatedSpecs.find((spec) => spec.slug === slug.toLowerCase())?.auth[0];
}

export interface CuratedToolkitsOptions {
  /** The fetch used for calls (default: the global one). */
  fetch?: typeof fetch | undefined;
  /** Base URL overrides by toolkit slug (proxies, test servers). */
  baseUrls?: Readonly<Record<string, string>> | undefined;
  /** Per-call time limit for every curated toolkit (default 30 s). */
  timeoutMs?: number | undefined;
}

const defaultTimeoutMs = 30_000;

const field = (name: string, display: string, description: string, secret: boolean): AuthField => ({
  name,
  display_name: display,
  type: 'string',
  required: true,
  description,
  secret,
});

/** What an auth config and a connected account hold for each mode; the names are the ones the runtime reads. */
export function authSchemeOf(auth: CuratedAuth): ToolkitAuthScheme {
  switch (auth.mode) {
    case 'OAUTH2':
      return {
        mode: 'OAUTH2',
        fields: {
          auth_config_creation: [
            field('client_id', 'Client ID', "The OAuth app's client ID.", false),
            field(
              'client_secret',
              'Client secret',
              `The OAuth app's client secret.${auth.notes ? ` ${auth.notes}` : ''}`,
              true,
            ),
          ],
          connected_account_initiation: [],
        },
        authorization_url: auth.authorizationUrl,
        token_url: auth.tokenUrl,
        default_scopes: [...auth.defaultScopes],
      };
    case 'BEARER_TOKEN':
      return {
        mode: 'BEARER_TOKEN',
        fields: {
          auth_config_creation: [],
          connected_account_initiation: [field('token', 'Token', auth.description, true)],
        },
      };
    case 'API_KEY':
      return {
        mode: 'API_KEY',
        fields: {
          auth_config_creation: [],
          connected_account_initiation: [field('api_key', 'API key', auth.description, true)],
        },
      };
  }
}

export function curatedMeta(spec: CuratedToolkitSpec, timeoutMs: number = defaultTimeoutMs): ToolkitMeta {
  // Curated toolkits ship with the server: they have no creation time of their own.
  const epoch = new Date(0);
  return {
    slug: spec.slug,
    aliases: [...(spec.aliases ?? [])],
    name: spec.name,
    description: spec.description,
    logo: spec.logo,
    categories: [...spec.categories],
    kind: 'catalog',
    authSchemes: spec.auth.map(authSchemeOf),
    noAuth: false,
    isCustom: false,
    createdAt: epoch,
    updatedAt: epoch,
    source: null,
    timeoutMs,
    oauth: oauthConventions(spec),
  };
}

function oauthConventions(spec: CuratedToolkitSpec): ToolkitMeta['oauth'] {
  const app = spec.auth.find((auth): auth is CuratedOAuth2 => auth.mode === 'OAUTH2');
  if (app === undefined) return undefined;
  return {
    scopeSeparator: app.scopeSeparator,
    tokenEndpointAuth: app.tokenEndpointAuth,
    authorizationParams: app.authorizationParams,
  };
}

/** Every curated toolkit as a registry entry; specs are compiled into tools lazily, on first use. */
export function curatedToolkits(options: CuratedToolkitsOptions = {}): RegisteredToolkit[] {
  return curatedSpecs.map((spec) => {
    const timeoutMs = options.timeoutMs ?? spec.timeoutMs ?? defaultTimeoutMs;
    const runtimeOptions: CuratedRuntimeOptions = {
      fetch: options.fetch,
      baseUrl: options.baseUrls?.[spec.slug],
      timeoutMs,
    };
    return { meta: curatedMeta(spec, timeoutMs), runtime: createCuratedRuntime(spec, runtimeOptions) };
  });
}
