import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { formatIssues } from '@patchbay/core';
import { z } from 'zod';
import {
  errorResult,
  type ObjectSchema,
  type ToolCallContext,
  type ToolDefinition,
  type ToolkitRuntime,
  type ToolResult,
} from '../runtime.js';
import { toolSlug } from '../tool-names.js';

/** A built-in tool: one zod schema serves as both the advertised JSON Schema and the validation of each call. */
export interface BuiltinTool {
  action: string;
  title: string;
  description: string;
  annotations: ToolAnnotations;
  inputSchema: ObjectSchema;
  call(args: Record<string, unknown>, context: ToolCallContext): Promise<ToolResult>;
}

export function defineTool<S extends z.ZodObject>(spec: {
  action: string;
  title: string;
  description: string;
  input: S;
  annotations: ToolAnnotations;
  run: (args: z.output<S>, context: ToolCallContext) => Promise<ToolResult>;
}): BuiltinTool {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(spec.input, { io: 'input' });
  return {
    action: spec.action,
    title: spec.title,
    description: spec.description,
    annotations: { title: spec.title, ...spec.annotations },
    inputSchema: { ...schema, type: 'object' },
    async call(args, context) {
      const parsed = spec.input.safeParse(args);
      if (!parsed.success) {
        return errorResult(`Invalid arguments: ${formatIssues(parsed.error).join('; ')}`);
      }
      return spec.run(parsed.data, context);
    },
  };
}

/** A result whose JSON is both the structured content and the text a model reads. */
export function jsonResult(value: Record<string, unknown>): ToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}

export function builtinToolkit(slug: string, tools: readonly BuiltinTool[]): ToolkitRuntime {
  const definitions: ToolDefinition[] = tools.map((tool) => ({
    slug: toolSlug(slug, tool.action),
    originalName: tool.action,
    name: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema,
    annotations: tool.annotations,
    noAuth: true,
  }));
  const bySlug = new Map(definitions.map((definition, i) => [definition.slug, tools[i]]));
  return {
    slug,
    listTools: async () => definitions,
    async callTool(name, args, context) {
      const tool = bySlug.get(name);
      if (tool === undefined) return errorResult(`The ${slug} toolkit has no tool ${name}.`);
      return tool.call(args, context);
    },
  };
}
