import {
  errorResult,
  type ToolCallContext,
  type ToolDefinition,
  type ToolkitRuntime,
  type ToolResult,
} from '../runtime.js';
import { type ResolvedAuth, resolveAuth, secretsOf } from './credentials.js';
import { normalizeDefinition, type OpenApiToolkitDefinition } from './definition.js';
import { loadSpec } from './load-spec.js';
import { buildOperations, type OperationPlan } from './operations.js';
import { buildRequest } from './request.js';
import { toToolResult } from './response.js';
import { describeTarget, sendRequest } from './send.js';

/** An HTTP API described by OpenAPI, as a toolkit: one tool per operation, called with the end user's credentials. */

export interface OpenApiToolkitOptions {
  /** The fetch used for the spec and for calls (default: the global one). */
  fetch?: typeof fetch | undefined;
}

interface Compiled {
  tools: ToolDefinition[];
  bySlug: Map<string, OperationPlan>;
  auth: ResolvedAuth;
}

export function createOpenApiToolkit(
  definition: OpenApiToolkitDefinition,
  options: OpenApiToolkitOptions = {},
): ToolkitRuntime {
  const settings = normalizeDefinition(definition);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let compiled: Promise<Compiled> | undefined;

  // The spec is loaded and turned into tools once; a failure is not cached, so a later call can retry.
  const compile = (): Promise<Compiled> => {
    compiled ??= loadSpec(settings, fetchImpl).then((spec) => {
      const plans = buildOperations(spec, settings);
      return {
        tools: plans.map((plan) => plan.tool),
        bySlug: new Map(plans.map((plan) => [plan.tool.slug, plan])),
        auth: resolveAuth(settings.auth, spec.document),
      };
    });
    compiled.catch(() => {
      compiled = undefined;
    });
    return compiled;
  };

  return {
    slug: settings.slug,
    async listTools() {
      return (await compile()).tools;
    },
    async callTool(toolSlug: string, args: Record<string, unknown>, context: ToolCallContext): Promise<ToolResult> {
      const { bySlug, auth } = await compile();
      const plan = bySlug.get(toolSlug);
      if (!plan) return errorResult(`Toolkit "${settings.slug}" has no tool "${toolSlug}".`);
      const prepared = buildRequest(plan, args, {
        toolkitSlug: settings.slug,
        auth,
        credentials: context.credentials,
        staticHeaders: settings.headers,
      });
      if (!prepared.ok) return errorResult(prepared.message);
      const request = prepared.request;
      const outcome = await sendRequest(request, {
        fetch: fetchImpl,
        timeoutMs: Math.min(settings.timeoutMs, context.timeoutMs > 0 ? context.timeoutMs : settings.timeoutMs),
        signal: context.signal,
        maxBodyBytes: settings.maxBodyBytes,
      });
      return toToolResult(outcome, {
        target: describeTarget(request.method, request.url),
        maxResponseBytes: settings.maxResponseBytes,
        secrets: secretsOf(context.credentials),
      });
    },
    async close() {
      // Nothing to release: calls are independent HTTP requests.
    },
  };
}
