import type { ToolSessionRow } from '../store/tool-sessions.js';
import type { ToolkitRegistry } from '../toolkits/registry.js';
import { storedConfig } from './config.js';
import { SessionPolicy } from './policy.js';

/** One session as its requests see it: whose it is and what its config allows. */
export interface SessionScope {
  id: string;
  projectId: string;
  userId: string;
  policy: SessionPolicy;
}

export function sessionScope(row: ToolSessionRow, registry: Pick<ToolkitRegistry, 'canonicalSlug'>): SessionScope {
  return {
    id: row.id,
    projectId: row.project_id,
    userId: row.user_id,
    policy: new SessionPolicy(storedConfig(row.config), (slug) => registry.canonicalSlug(slug)),
  };
}
