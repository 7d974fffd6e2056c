// The field tables and the mappers agree: every entry a table says is handed on as is really carries the wire value
// to that SDK field (wire-fields.check.ts proves the tables complete; this proves them true). No server needed.
import type { ToolkitSource } from '@patchbay/core';
import { describe, expect, it } from 'vitest';
import * as authConfigFields from '../src/auth-configs/fields.js';
import * as authConfigs from '../src/auth-configs/mappers.js';
import * as accountFields from '../src/connected-accounts/fields.js';
import * as accounts from '../src/connected-accounts/mappers.js';
import { cursorPageFields } from '../src/fields.js';
import * as mcpFields from '../src/mcp/fields.js';
import * as mcp from '../src/mcp/mappers.js';
import * as toolkitFields from '../src/toolkits/fields.js';
import * as toolkits from '../src/toolkits/mappers.js';
import * as toolFields from '../src/tools/fields.js';
import * as tools from '../src/tools/mappers.js';
import { toCursorPage } from '../src/wire.js';
import * as sample from './support/wire-samples.js';

/** Renames carry the value; conversions answer something; flattened objects are checked against the same SDK shape. */
function expectFollows(table: object, wire: object, sdk: object): void {
  const given = new Map(Object.entries(wire));
  const answer = new Map(Object.entries(sdk));
  for (const [field, fate] of Object.entries(table)) {
    const value = given.get(field);
    if (typeof fate === 'string') {
      expect(answer.get(fate), `${field} → ${fate}`).toEqual(value);
    } else if (typeof fate === 'object' && fate !== null && 'to' in fate) {
      if (value !== undefined) expect(answer.has(String(fate.to)), `${field} → ${String(fate.to)}`).toBe(true);
    } else if (typeof fate === 'object' && fate !== null && !('omitted' in fate)) {
      expect(value, `${field} (flattened)`).toEqual(expect.any(Object));
      if (typeof value === 'object' && value !== null) expectFollows(fate, value, sdk);
    }
  }
}

function only<T>(list: readonly T[]): T {
  const [item] = list;
  if (list.length !== 1 || item === undefined) throw new Error(`expected one item, got ${list.length}`);
  return item;
}

describe('MCP tables', () => {
  it('servers, pages and create answers', () => {
    expectFollows(mcpFields.serverFields, sample.server, mcp.toServer(sample.server));
    expectFollows(mcpFields.serverDetailFields, sample.serverDetail, mcp.toServerDetail(sample.serverDetail));
    const page = mcp.toServerPage(sample.serverList);
    expectFollows(mcpFields.serverPageFields, sample.serverList, page);
    expectFollows(mcpFields.serverFields, only(sample.serverList.items), only(page.items));
    expectFollows(mcpFields.customCreatedFields, sample.customCreated, mcp.toCreated(sample.customCreated));
    expectFollows(mcpFields.createdFields, sample.server, mcp.toCreated(sample.server));
  });

  it('instances', () => {
    expectFollows(mcpFields.instanceFields, sample.instance, mcp.toInstance(sample.instance));
    const page = mcp.toInstancePage(sample.instanceList);
    expectFollows(mcpFields.instancePageFields, sample.instanceList, page);
    expectFollows(mcpFields.instanceFields, only(sample.instanceList.instances), only(page.items));
    expectFollows(
      mcpFields.instanceDeletedFields,
      sample.instanceDeleted,
      mcp.toInstanceDeleted(sample.instanceDeleted),
    );
  });
});

describe('toolkit tables', () => {
  it('a toolkit, its auth schemes and their fields', () => {
    const detail = toolkits.toToolkitDetail(sample.toolkitDetail);
    expectFollows(toolkitFields.toolkitDetailFields, sample.toolkitDetail, detail);
    expectFollows(toolkitFields.toolkitFields, sample.toolkitDetail, toolkits.toToolkit(sample.toolkitDetail));
    const wireScheme = only(sample.toolkitDetail.auth_config_details);
    const scheme = only(detail.authSchemes);
    expectFollows(toolkitFields.authSchemeFields, wireScheme, scheme);
    expectFollows(toolkitFields.authSchemeFieldLists, wireScheme.fields, scheme.fields);
    // Required and optional fields become one list, each field kept with its `required`.
    expectFollows(
      toolkitFields.authFieldFields,
      only(wireScheme.fields.auth_config_creation.required),
      only(scheme.fields.authConfigCreation),
    );
    expectFollows(
      toolkitFields.authFieldFields,
      only(wireScheme.fields.connected_account_initiation.optional),
      only(scheme.fields.connectedAccountInitiation),
    );
  });

  it('each kind of source', () => {
    const sources: ToolkitSource[] = [
      sample.stdioSource,
      { mcp: sample.httpSource, timeout_ms: 1_000 },
      { openapi: sample.openApiSource, timeout_ms: 2_000 },
    ];
    for (const wire of sources) {
      const source = toolkits.toToolkitDetail({ ...sample.toolkitDetail, source: wire }).source;
      if (source === null) throw new Error('a custom toolkit has a source');
      expectFollows(toolkitFields.sourceFields, wire, source);
      if (wire.mcp?.transport === 'stdio') expectFollows(toolkitFields.stdioSourceFields, wire.mcp, source.mcp ?? {});
      else if (wire.mcp) expectFollows(toolkitFields.httpSourceFields, wire.mcp, source.mcp ?? {});
      if (wire.openapi) expectFollows(toolkitFields.openApiSourceFields, wire.openapi, source.openapi ?? {});
    }
  });
});

describe('tool, auth-config and account tables', () => {
  it('tools, results, the call log and cursor pages', () => {
    expectFollows(toolFields.toolFields, sample.tool, tools.toTool(sample.tool));
    expectFollows(toolFields.executeResultFields, sample.executed, tools.toExecuteResult(sample.executed));
    expectFollows(toolFields.toolCallFields, sample.toolCall, tools.toToolCall(sample.toolCall));
    const wirePage = { items: [sample.tool], next_cursor: 'next', total_pages: 3, current_page: 2, total_items: 9 };
    expectFollows(cursorPageFields, wirePage, toCursorPage(wirePage, tools.toTool));
  });

  it('auth configs and connected accounts', () => {
    expectFollows(authConfigFields.authConfigFields, sample.authConfig, authConfigs.toAuthConfig(sample.authConfig));
    expectFollows(
      authConfigFields.authConfigCreatedFields,
      sample.authConfigCreated,
      authConfigs.toCreated(sample.authConfigCreated),
    );
    const account = accounts.toAccount(sample.account);
    expectFollows(accountFields.accountFields, sample.account, account);
    expectFollows(accountFields.accountAuthConfigFields, sample.account.auth_config, account.authConfig);
    const request = accounts.toConnectionRequest(sample.connection, () => Promise.reject(new Error('not here')));
    expectFollows(accountFields.connectionRequestFields, sample.connection, request);
    expectFollows(accountFields.refreshedFields, sample.refreshed, accounts.toRefreshed(sample.refreshed));
  });
});
