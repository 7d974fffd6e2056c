import { createToolRouterSessionRequest, toolRouterSessionId, unwrap } from '@patchbay/core';
import type { ConnectedAccounts } from '../connected-accounts/connected-accounts.js';
import type { Context } from '../context.js';
import { checked } from '../validate.js';
import { configNames, toCreateBody, toSessionInfo } from './mappers.js';
import { ToolSession } from './session.js';
import type { SessionConfig } from './types.js';

/** Making and finding tool sessions; `patchbay.create` and `patchbay.use` are these. */
export class ToolSessions {
  constructor(
    private readonly ctx: Context,
    private readonly accounts: ConnectedAccounts,
  ) {}

  async create(userId: string, config: SessionConfig = {}): Promise<ToolSession> {
    const body = checked(createToolRouterSessionRequest, toCreateBody(userId, config), 'create', configNames);
    const wire = await unwrap(this.ctx.api.POST('/tool_router/session', { body }));
    return new ToolSession(this.ctx, this.accounts, toSessionInfo(wire, this.ctx.apiKey));
  }

  async use(sessionId: string): Promise<ToolSession> {
    checked(toolRouterSessionId, sessionId, 'use', 'sessionId');
    const wire = await unwrap(
      this.ctx.api.GET('/tool_router/session/{session_id}', { params: { path: { session_id: sessionId } } }),
    );
    return new ToolSession(this.ctx, this.accounts, toSessionInfo(wire, this.ctx.apiKey));
  }
}
