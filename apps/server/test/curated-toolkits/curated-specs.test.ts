import { describe, expect, it } from 'vitest';
// Redocly is a dev dependency of packages/core (which lints Patchbay's own API with it); it is reached through that
// package's node_modules so that this suite needs no dependency of its own.
import {
  createConfig,
  lintFromString,
} from '../../../../packages/core/node_modules/@redocly/openapi-core/lib/index.js';
import { curatedOAuthApp, curatedSpecs, curatedToolkits } from '../../src/toolkits/curated/index.js';
import type { CuratedToolkitSpec, OpenApiDocument } from '../../src/toolkits/curated/types.js';
import { checkDocument } from '../../src/toolkits/openapi/index.js';
import { toolSlugPrefix } from '../../src/toolkits/tool-names.js';

const documentsOf = (spec: CuratedToolkitSpec): readonly OpenApiDocument[] =>
  'openapi' in spec.openapi ? [spec.openapi] : spec.openapi;

const listContext = { projectId: 'p1', userId: 'catalog', signal: new AbortController().signal };

/** The provider hosts each toolkit's OAuth endpoints must be on. */
const oauthHosts: Record<string, readonly string[]> = {
  github: ['github.com'],
  slack: ['slack.com'],
  notion: ['api.notion.com'],
  linear: ['linear.app', 'api.linear.app'],
  gmail: ['accounts.google.com', 'oauth2.googleapis.com'],
  'google-calendar': ['accounts.google.com', 'oauth2.googleapis.com'],
};

describe('catalog toolkits: specs', () => {
  it('has the six curated toolkits, with unique slugs', () => {
    expect(curatedSpecs.map((spec) => spec.slug)).toEqual([
      'github',
      'slack',
      'notion',
      'linear',
      'gmail',
      'google-calendar',
    ]);
  });

  describe.each(curatedSpecs.map((spec) => [spec.slug, spec] as const))('%s', (_slug, spec) => {
    it('is OpenAPI 3.1 the runtime accepts, and lints clean with Redocly’s recommended rules', async () => {
      const config = await createConfig({ extends: ['recommended'] });
      for (const [index, document] of documentsOf(spec).entries()) {
        expect(checkDocument(document, spec.slug).version).toBe('3.1');
        const problems = await lintFromString({
          source: JSON.stringify(document),
          absoluteRef: `/catalog/${spec.slug}-${index}.json`,
          config,
        });
        const described = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
        expect(described).toEqual([]);
      }
    });

    it('lists 10–20 tools with valid, prefixed, unique slugs, object input schemas and descriptions', async () => {
      const toolkit = curatedToolkits().find((t) => t.meta.slug === spec.slug);
      const tools = (await toolkit?.runtime.listTools(listContext)) ?? [];
      expect(tools.length).toBeGreaterThanOrEqual(10);
      expect(tools.length).toBeLessThanOrEqual(20);
      const prefix = toolSlugPrefix(spec.slug);
      expect(new Set(tools.map((tool) => tool.slug)).size).toBe(tools.length);
      for (const tool of tools) {
        expect(tool.slug).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        expect(tool.slug.startsWith(prefix)).toBe(true);
        // No slug was shortened with a hash: every operationId fits.
        expect(tool.slug).toBe(`${prefix}${tool.originalName.toUpperCase().replace(/-/g, '_')}`);
        expect(tool.description.trim().length).toBeGreaterThan(10);
        expect(tool.name.trim()).not.toBe('');
        expect(tool.inputSchema.type).toBe('object');
        expect(tool.inputSchema.additionalProperties).toBe(false);
        for (const property of Object.values(tool.inputSchema.properties ?? {})) {
          expect(typeof property === 'object' && property !== null).toBe(true);
        }
        expect(tool.noAuth).toBe(false);
        expect(tool.annotations?.readOnlyHint).toBeTypeOf('boolean');
      }
    });

    it('has plausible OAuth metadata and catalog metadata', () => {
      const toolkit = curatedToolkits().find((t) => t.meta.slug === spec.slug);
      const meta = toolkit?.meta;
      expect(meta?.kind).toBe('catalog');
      expect(meta?.noAuth).toBe(false);
      expect(meta?.isCustom).toBe(false);
      expect(meta?.description).not.toBe('');
      expect(meta?.categories.length).toBeGreaterThan(0);
      expect(meta?.logo).toMatch(/^data:image\/svg\+xml;/);
      const [oauth, ...others] = meta?.authSchemes ?? [];
      expect(oauth?.mode).toBe('OAUTH2');
      for (const url of [oauth?.authorization_url, oauth?.token_url]) {
        const parsed = new URL(url ?? '');
        expect(parsed.protocol).toBe('https:');
        expect(oauthHosts[spec.slug]).toContain(parsed.hostname);
      }
      expect(oauth?.fields.auth_config_creation.map((f) => f.name)).toEqual(['client_id', 'client_secret']);
      expect(oauth?.fields.connected_account_initiation).toEqual([]);
      // Notion's OAuth has no scopes at all (the user picks pages while authorizing); every other provider has some.
      if (spec.slug === 'notion') expect(oauth?.default_scopes).toEqual([]);
      else expect(oauth?.default_scopes?.length).toBeGreaterThan(0);
      for (const scheme of others) {
        const fields = scheme.fields.connected_account_initiation;
        expect(fields.map((f) => f.name)).toEqual([scheme.mode === 'API_KEY' ? 'api_key' : 'token']);
        expect(fields.every((f) => f.secret && f.required)).toBe(true);
      }
    });
  });

  it('offers the token alternatives each provider has', () => {
    const modes = Object.fromEntries(
      curatedToolkits().map((t) => [t.meta.slug, t.meta.authSchemes.map((s) => s.mode)]),
    );
    expect(modes).toEqual({
      github: ['OAUTH2', 'BEARER_TOKEN'],
      slack: ['OAUTH2', 'BEARER_TOKEN'],
      notion: ['OAUTH2', 'BEARER_TOKEN'],
      linear: ['OAUTH2', 'API_KEY'],
      gmail: ['OAUTH2'],
      'google-calendar': ['OAUTH2'],
    });
  });

  it('says what each provider’s OAuth flow needs beyond client id, secret and scopes', () => {
    const extras = Object.fromEntries(
      curatedSpecs.map((spec) => {
        const app = curatedOAuthApp(spec.slug.toUpperCase());
        return [spec.slug, [app?.scopeSeparator, app?.tokenEndpointAuth, app?.authorizationParams ?? {}]];
      }),
    );
    const google = [' ', 'client_secret_post', { access_type: 'offline', prompt: 'consent' }];
    expect(extras).toEqual({
      github: [' ', 'client_secret_post', {}],
      slack: [',', 'client_secret_basic', {}],
      notion: [' ', 'client_secret_basic', { owner: 'user' }],
      linear: [',', 'client_secret_post', {}],
      gmail: google,
      'google-calendar': google,
    });
    expect(curatedOAuthApp('notes')).toBeUndefined();
  });

  it('names the operations users expect', async () => {
    const slugs = new Set<string>();
    for (const toolkit of curatedToolkits()) {
      for (const tool of await toolkit.runtime.listTools(listContext)) slugs.add(tool.slug);
    }
    for (const expected of [
      'GITHUB_GET_THE_AUTHENTICATED_USER',
      'GITHUB_CREATE_AN_ISSUE',
      'GITHUB_UPDATE_AN_ISSUE',
      'GITHUB_CREATE_AN_ISSUE_COMMENT',
      'GITHUB_CREATE_A_PULL_REQUEST',
      'GITHUB_SEARCH_CODE',
      'GITHUB_GET_REPOSITORY_CONTENT',
      'GITHUB_CREATE_A_REFERENCE',
      'SLACK_SEND_MESSAGE',
      'SLACK_LIST_CONVERSATIONS',
      'SLACK_GET_THREAD_REPLIES',
      'SLACK_SEARCH_MESSAGES',
      'SLACK_ADD_REACTION',
      'NOTION_SEARCH',
      'NOTION_CREATE_A_PAGE',
      'NOTION_QUERY_A_DATABASE',
      'NOTION_APPEND_BLOCK_CHILDREN',
      'LINEAR_GET_VIEWER',
      'LINEAR_CREATE_ISSUE',
      'LINEAR_UPDATE_ISSUE',
      'LINEAR_CREATE_COMMENT',
      'GMAIL_SEND_MESSAGE',
      'GMAIL_LIST_THREADS',
      'GMAIL_CREATE_DRAFT',
      'GOOGLE_CALENDAR_LIST_CALENDARS',
      'GOOGLE_CALENDAR_CREATE_EVENT',
      'GOOGLE_CALENDAR_QUERY_FREE_BUSY',
    ]) {
      expect(slugs).toContain(expected);
    }
  });

  it('marks reads read-only and deletes destructive, from the HTTP methods', async () => {
    const calendar = curatedToolkits().find((t) => t.meta.slug === 'google-calendar');
    const tools = new Map((await calendar?.runtime.listTools(listContext))?.map((t) => [t.slug, t]));
    expect(tools.get('GOOGLE_CALENDAR_LIST_EVENTS')?.annotations).toMatchObject({ readOnlyHint: true });
    expect(tools.get('GOOGLE_CALENDAR_DELETE_EVENT')?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
    });
  });

  it('Linear: the fixed GraphQL query is not an argument; variables are', async () => {
    const linear = curatedToolkits().find((t) => t.meta.slug === 'linear');
    const tools = (await linear?.runtime.listTools(listContext)) ?? [];
    for (const tool of tools) {
      const body = tool.inputSchema.properties?.body;
      expect(body).toMatchObject({ type: 'object', properties: { variables: { type: 'object' } } });
      expect(JSON.stringify(body)).not.toContain('"query"');
    }
    const viewer = tools.find((t) => t.slug === 'LINEAR_GET_VIEWER');
    expect(viewer?.inputSchema.required).toBeUndefined();
    const create = tools.find((t) => t.slug === 'LINEAR_CREATE_ISSUE');
    expect(create?.inputSchema.required).toEqual(['body']);
    expect(create?.inputSchema.properties?.body).toMatchObject({ required: ['variables'] });
  });
});
