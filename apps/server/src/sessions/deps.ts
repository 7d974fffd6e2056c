import type { ServerContext } from '../context.js';

/** What the session code needs of the server's context. */
export type SessionDeps = Pick<
  ServerContext,
  'db' | 'registry' | 'runner' | 'logger' | 'publicUrl' | 'vault' | 'fetch'
>;
