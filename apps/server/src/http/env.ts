import type { ApiKeyRow } from '../store/api-keys.js';

/** What middleware puts on the Hono context for later handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Set by the auth middleware on every /api/v3 route. */
    apiKey: ApiKeyRow;
  };
}
