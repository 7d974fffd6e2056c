// The load shapes of bench:mcp: one request repeated on kept-alive connections (autocannon); a client that reconnects
// each time (a new connection, initialize, notifications/initialized, then one request), as a CLI or a serverless
// function does; and one client timed to a fraction of a millisecond.
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

export function repeat(target, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ ...target, method: 'POST', connections, duration }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.non2xx + result.errors,
      });
    });
  });
}

const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
});
const initialized = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });

function send(url, headers, body, agent) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(body);
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Rate and p50/p99 of the times (ms) of the requests or sequences that succeeded in `duration` s. */
function summary(times, failed, duration) {
  times.sort((a, b) => a - b);
  return { rps: times.length / duration, p50: quantile(times, 0.5), p99: quantile(times, 0.99), failed };
}

/** `connections` clients, each repeating: connect, initialize, initialized, `target.body`, disconnect. */
export async function reconnecting(target, connections, duration) {
  const until = performance.now() + duration * 1000;
  const times = [];
  let failed = 0;
  const client = async () => {
    while (performance.now() < until) {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const started = performance.now();
      try {
        const statuses = [
          await send(target.url, target.headers, initialize, agent),
          await send(target.url, target.headers, initialized, agent),
          await send(target.url, target.headers, target.body, agent),
        ];
        if (statuses.some((status) => status >= 300)) failed++;
        times.push(performance.now() - started);
      } catch {
        failed++;
      } finally {
        agent.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return summary(times, failed, duration);
}

/**
 * One client sending `target.body` back to back on one kept-alive connection for `duration` s, timed with
 * performance.now(): sub-millisecond p50/p99 at one client, which autocannon's whole-millisecond histogram cannot give.
 */
export async function sequential(target, duration) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const until = performance.now() + duration * 1000;
  const times = [];
  let failed = 0;
  try {
    while (performance.now() < until) {
      const started = performance.now();
      const status = await send(target.url, target.headers, target.body, agent).catch(() => 0);
      if (status === 0 || status >= 300) failed++;
      else times.push(performance.now() - started);
    }
  } finally {
    agent.destroy();
  }
  return summary(times, failed, duration);
}
