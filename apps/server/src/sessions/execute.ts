import { firstText } from '../calls/tool-runner.js';
import type { ToolResult } from '../toolkits/runtime.js';
import { findSessionTool } from './catalog.js';
import { connectionStates } from './connections.js';
import type { SessionDeps } from './deps.js';
import type { Refusal } from './policy.js';
import type { SessionScope } from './scope.js';

/** A tool's answer as sessions give it: its data, or its error; no logs or internal fields (they cost an agent tokens). */
export interface SessionAnswer {
  data: Record<string, unknown>;
  error: string | null;
  logId: string;
  refusal?: Refusal | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data of a result: its structured content, else its text (parsed when it is a JSON object). */
export function resultData(result: ToolResult): Record<string, unknown> {
  if (isRecord(result.structuredContent)) return result.structuredContent;
  const texts = result.content.flatMap((block) => (block.type === 'text' ? [block.text] : []));
  if (texts.length === 1) {
    try {
      const parsed: unknown = JSON.parse(texts[0] ?? '');
      if (isRecord(parsed)) return parsed;
    } catch {
      // Plain text: answered as such.
    }
  }
  return { text: texts.join('\n') };
}

export const refused = (refusal: Refusal): SessionAnswer => ({
  data: {},
  error: `Refused by the session's rule ${refusal.rule}: ${refusal.message}`,
  logId: '',
  refusal,
});

/**
 * Runs one app tool as the session's user, through the one call path (tool-runner: account, time limit, log with
 * the session id). The session's rules are checked first, and a toolkit the user has not connected is refused
 * (`no_account`) without running anything.
 */
export async function runInSession(
  deps: SessionDeps,
  scope: SessionScope,
  call: { slug: string; args: Record<string, unknown>; account?: string | undefined; source: 'mcp' | 'api' },
  signal?: AbortSignal,
): Promise<SessionAnswer> {
  const target = await findSessionTool(deps.registry, scope.projectId, scope.policy, call.slug);
  if ('refused' in target) return refused(target.refused);
  const { toolkit, tool, toolSlug } = target.found;
  const account = call.account ?? scope.policy.pinnedAccount(toolkit.meta.slug);
  if (account === undefined && !toolkit.meta.noAuth && !tool.noAuth) {
    const [state] = await connectionStates(deps, scope, [toolkit]);
    if (!state?.connected) {
      return refused({
        rule: 'no_account',
        message:
          `User "${scope.userId}" has no active ${toolkit.meta.name} account` +
          (state?.account ? ` (latest: ${state.account.id}, ${state.account.status})` : '') +
          `. Connect it with COMPOSIO_MANAGE_CONNECTIONS {"toolkits": ["${toolkit.meta.slug}"]}, then run the tool again.`,
      });
    }
  }
  const authConfig = scope.policy.authConfig(toolkit.meta.slug);
  const { result, logId } = await deps.runner.run({
    projectId: scope.projectId,
    serverId: null,
    sessionId: scope.id,
    userId: scope.userId,
    connectedAccountId: account,
    toolkit,
    toolSlug,
    args: call.args,
    source: call.source,
    signal,
    server: { authConfigIds: authConfig === undefined ? [] : [authConfig], managedAuth: false },
  });
  const failed = result.isError === true;
  return { data: failed ? {} : resultData(result), error: failed ? firstText(result) : null, logId };
}
