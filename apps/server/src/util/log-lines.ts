import { Writable } from 'node:stream';

const levelNames: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
// Fields every line has, or that the line's own layout already shows.
const shown = new Set(['level', 'time', 'service', 'msg', 'pid', 'hostname']);

function value(v: unknown): string {
  if (typeof v === 'string') return /\s/.test(v) ? JSON.stringify(v) : v;
  return JSON.stringify(v);
}

/** One pino JSON record as a line a person reads: time, level, message, then the fields. */
export function humanLine(json: string): string {
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return json;
  }
  if (typeof record !== 'object' || record === null) return json;
  const fields = Object.entries(record);
  const get = (key: string) => fields.find(([k]) => k === key)?.[1];
  const time = new Date(typeof get('time') === 'number' ? Number(get('time')) : Date.now()).toTimeString().slice(0, 8);
  const level = levelNames[Number(get('level'))] ?? 'LOG';
  // Request lines read best as the request itself.
  if (get('msg') === 'request' && typeof get('method') === 'string') {
    const rest = fields
      .filter(([k]) => !shown.has(k) && !['method', 'path', 'status', 'duration_ms'].includes(k))
      .map(([k, v]) => `${k}=${value(v)}`);
    return `${time} ${level.padEnd(5)} ${get('method')} ${get('path')} → ${get('status')} in ${get('duration_ms')} ms ${rest.join(' ')}`.trimEnd();
  }
  const rest = fields.filter(([k]) => !shown.has(k)).map(([k, v]) => `${k}=${value(v)}`);
  return `${time} ${level.padEnd(5)} ${String(get('msg') ?? '')} ${rest.join(' ')}`.trimEnd();
}

/** A stream for pino that writes human lines to `out` (a terminal), one per record. */
export function humanLogStream(out: NodeJS.WritableStream): Writable {
  let partial = '';
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line !== '') out.write(`${humanLine(line)}\n`);
      done();
    },
  });
}
