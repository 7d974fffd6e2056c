import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  trace,
} from '@opentelemetry/api';
import { tracer } from './spans.js';

type Id = string | number;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const fields: TextMapGetter<Record<string, unknown>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    return typeof value === 'string' ? value : undefined;
  },
};

/** The caller's trace: `params._meta.traceparent` (MCP's convention) first, else the HTTP request's headers. */
function parentOf(message: JSONRPCMessage, headers: unknown): Context {
  const params = 'params' in message && isRecord(message.params) ? message.params : undefined;
  const meta = params !== undefined && isRecord(params._meta) ? params._meta : undefined;
  if (meta !== undefined && typeof meta.traceparent === 'string')
    return propagation.extract(ROOT_CONTEXT, meta, fields);
  if (isRecord(headers)) return propagation.extract(ROOT_CONTEXT, headers, fields);
  return ROOT_CONTEXT;
}

/**
 * One SERVER span per JSON-RPC request of a transport (`tools/call NOTES_SET`, OTel's MCP conventions), active while
 * the SDK handles it, so the tool call, the database and the upstream become its children; ended with the answer.
 */
export function traceRequests(transport: Transport): void {
  const deliver = transport.onmessage;
  const send = transport.send.bind(transport);
  if (deliver === undefined) return;
  const open = new Map<Id, Span>();
  transport.onmessage = (message, extra) => {
    if (!('method' in message) || !('id' in message)) {
      deliver(message, extra);
      return;
    }
    const tool = message.method === 'tools/call' && isRecord(message.params) ? message.params.name : undefined;
    const name = typeof tool === 'string' ? `${message.method} ${tool}` : message.method;
    const parent = parentOf(message, extra?.requestInfo?.headers);
    const span = tracer().startSpan(
      name,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'mcp.method.name': message.method,
          'jsonrpc.request.id': String(message.id),
          ...(typeof tool === 'string' ? { 'gen_ai.tool.name': tool } : {}),
          ...(transport.sessionId === undefined ? {} : { 'mcp.session.id': transport.sessionId }),
        },
      },
      parent,
    );
    open.set(message.id, span);
    context.with(trace.setSpan(parent, span), () => deliver(message, extra));
  };
  transport.send = (message, options) => {
    if (!('method' in message) && 'id' in message && message.id !== undefined) {
      const span = open.get(message.id);
      if (span !== undefined) {
        open.delete(message.id);
        if ('error' in message) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: message.error.message });
          span.setAttribute('error.type', String(message.error.code));
        } else if (isRecord(message.result) && message.result.isError === true) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.setAttribute('error.type', 'tool_error');
        }
        span.end();
      }
    }
    return send(message, options);
  };
}
