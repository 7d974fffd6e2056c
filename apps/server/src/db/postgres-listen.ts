import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';

const firstRetryMs = 250;
const maxRetryMs = 30_000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to queries), re-made with exponential backoff
 * when it drops; `onGap` is told after each re-connect, since notifications sent while it was down are lost.
 */
export async function listenWithRetry(
  config: pg.ClientConfig,
  channel: string,
  onMessage: (payload: string) => void,
  onGap?: () => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  let stopped = false;
  let client: pg.Client | undefined;
  let lost: (() => void) | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client(config);
    next.on('notification', (message) => {
      if (message.channel === channel) onMessage(message.payload ?? '');
    });
    const ended = new Promise<void>((resolve) => {
      lost = resolve;
      next.on('error', () => resolve());
      next.on('end', () => resolve());
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    void ended.then(() => (stopped ? undefined : reconnect()));
  };

  const reconnect = async (): Promise<void> => {
    for (let wait = firstRetryMs; !stopped; wait = Math.min(maxRetryMs, wait * 2)) {
      await delay(wait);
      if (stopped) return;
      try {
        await connect();
        onGap?.();
        return;
      } catch {
        // Still down: wait longer.
      }
    }
  };

  await connect();
  return async () => {
    stopped = true;
    lost?.();
    await client?.end().catch(() => {});
  };
}
