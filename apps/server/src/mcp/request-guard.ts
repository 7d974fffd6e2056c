import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  InitializeRequestSchema,
  type JSONRPCMessage,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';

/**
 * A protocol error whose message goes out as it is. The SDK's McpError writes "MCP error -32602: " into its own
 * message, and the client's McpError adds it again: a client then shows the code twice.
 */
export class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

// The requests this endpoint answers, checked before the SDK's own parsing, which answers -32603 with a raw dump.
const schemas = {
  initialize: InitializeRequestSchema,
  'tools/list': ListToolsRequestSchema,
  'tools/call': CallToolRequestSchema,
  'resources/read': ReadResourceRequestSchema,
  'prompts/get': GetPromptRequestSchema,
} as const;

const isKnown = (method: string): method is keyof typeof schemas => Object.hasOwn(schemas, method);

/** One readable line for a request whose params do not fit, or undefined when they do (or it is not ours to check). */
export function paramsProblem(message: JSONRPCMessage): string | undefined {
  if (!('method' in message) || !('id' in message) || !isKnown(message.method)) return undefined;
  const parsed = schemas[message.method].safeParse(message);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const where = issue?.path.filter((part) => part !== 'params').join('.') || 'params';
  return `Invalid ${message.method} params: ${where}: ${issue?.message ?? 'not valid'}.`;
}

/** Answers a request with bad params with -32602 and one readable line; everything else goes on to the protocol. */
export function guardRequests(transport: Transport): void {
  const deliver = transport.onmessage;
  if (deliver === undefined) return;
  transport.onmessage = (message, extra) => {
    const problem = paramsProblem(message);
    if (problem === undefined || !('id' in message)) {
      deliver(message, extra);
      return;
    }
    void transport.send(
      { jsonrpc: '2.0', id: message.id, error: { code: ErrorCode.InvalidParams, message: problem } },
      { relatedRequestId: message.id },
    );
  };
}
