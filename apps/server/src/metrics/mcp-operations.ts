import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { Metrics } from './registry.js';

type Id = string | number;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function toolName(message: JSONRPCMessage): string {
  if (!('method' in message) || message.method !== 'tools/call' || !isRecord(message.params)) return '';
  const name = message.params.name;
  return typeof name === 'string' ? name : '';
}

/**
 * OTel's `error.type` for an answer: the JSON-RPC error code, `tool_error` for a tool result with `isError`, or ''
 * for a success.
 */
function errorType(message: JSONRPCMessage): string {
  if ('error' in message && isRecord(message.error)) return String(message.error.code);
  if ('result' in message && isRecord(message.result) && message.result.isError === true) return 'tool_error';
  return '';
}

/**
 * Times every request of one transport, from its arrival to its answer (whoever answers it: the SDK, or the params
 * guard), into `mcp_server_operation_duration_seconds`. Wraps the transport's own `onmessage` and `send`, so it sees
 * exactly what goes over the wire.
 */
export function measureOperations(transport: Transport, metrics: Metrics): void {
  const deliver = transport.onmessage;
  const send = transport.send.bind(transport);
  if (deliver === undefined) return;
  const pending = new Map<Id, (labels: { error_type: string }) => void>();
  transport.onmessage = (message, extra) => {
    if ('method' in message && 'id' in message) {
      const labels = { mcp_method_name: message.method, gen_ai_tool_name: toolName(message) };
      pending.set(message.id, metrics.mcpOperation.startTimer(labels));
    }
    deliver(message, extra);
  };
  transport.send = (message, options) => {
    if (!('method' in message) && 'id' in message && message.id !== undefined) {
      const end = pending.get(message.id);
      if (end !== undefined) {
        pending.delete(message.id);
        end({ error_type: errorType(message) });
      }
    }
    return send(message, options);
  };
}
