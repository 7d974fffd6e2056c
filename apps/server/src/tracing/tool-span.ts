import { SpanStatusCode } from '@opentelemetry/api';
import type { ToolResult } from '../toolkits/runtime.js';
import { childSpan } from './spans.js';

/** OTel's GenAI `execute_tool` span around one tool run; a result with `isError` marks it failed. */
export function toolSpan(tool: string, toolkit: string, run: () => Promise<ToolResult>): Promise<ToolResult> {
  return childSpan(
    `execute_tool ${tool}`,
    { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': tool, 'patchbay.toolkit': toolkit },
    async (span) => {
      const result = await run();
      if (result.isError === true) {
        span?.setStatus({ code: SpanStatusCode.ERROR });
        span?.setAttribute('error.type', 'tool_error');
      }
      return result;
    },
  );
}
