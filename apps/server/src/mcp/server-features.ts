import type { CompleteResult, ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import {
  hasPromptPrefix,
  resourceAllowed,
  servedContent,
  servedPromptNames,
  servedUri,
  upstreamUri,
} from '../calls/feature-names.js';
import { isAllowed } from '../calls/resolve-tool.js';
import type { McpServerRow } from '../store/mcp-servers.js';
import type { RegisteredToolkit } from '../toolkits/registry.js';
import type { CallRelay } from '../toolkits/relay.js';
import type { FeatureContext, ToolkitFeatures } from '../toolkits/runtime.js';
import type { McpCaller } from './caller.js';
import { ProtocolError } from './request-guard.js';
import type { ServerToolsDeps } from './server-tools.js';
import type { FeatureSource } from './tool-source.js';

/** What a reference Patchbay does not serve completes to: nothing (the spec's minimal answer). */
const noCompletions: CompleteResult = { completion: { values: [] } };

/** JSON-RPC's "internal error": the upstream failed, or the user has no account for it. */
const upstreamFailed = -32603;

interface Upstream {
  toolkit: RegisteredToolkit;
  features: ToolkitFeatures;
}

/**
 * A named server's upstream resources and prompts, narrowed to its allow-lists, acting as the caller with the account
 * a tool call of the same toolkit would use. An upstream that cannot list is left out of lists (and logged), as for
 * tools; one that fails a read or a get answers a protocol error that says why.
 */
export function serverFeatures(
  deps: ServerToolsDeps,
  caller: McpCaller,
  server: McpServerRow,
  managedAuth: boolean,
): FeatureSource {
  const upstreams = async (): Promise<Upstream[]> => {
    const found = await Promise.all(server.toolkits.map((slug) => deps.registry.find(caller.projectId, slug)));
    return found.flatMap((toolkit) => {
      const features = toolkit?.runtime.features;
      return toolkit === undefined || features === undefined ? [] : [{ toolkit, features }];
    });
  };
  const contextFor = async (toolkit: RegisteredToolkit, signal: AbortSignal, relay: CallRelay) => {
    const access = await deps.runner.callContext({
      projectId: caller.projectId,
      serverId: server.id,
      userId: caller.userId,
      connectedAccountId: caller.connectedAccountId,
      toolkit,
      signal,
      relay,
      server: { authConfigIds: server.auth_config_ids, managedAuth },
    });
    if (!access.ok) throw new ProtocolError(upstreamFailed, access.message);
    return access.context;
  };
  /** Each upstream's items, those that fail left out. */
  const gather = async <T>(
    signal: AbortSignal,
    relay: CallRelay,
    list: (upstream: Upstream, context: FeatureContext) => Promise<T[]>,
  ): Promise<T[]> => {
    const lists = await Promise.all(
      (await upstreams()).map(async (upstream) => {
        try {
          return await list(upstream, await contextFor(upstream.toolkit, signal, relay));
        } catch (error) {
          deps.logger.warn({ err: error, toolkit: upstream.toolkit.meta.slug }, 'upstream could not list');
          return [];
        }
      }),
    );
    return lists.flat();
  };
  /** A served prompt name, with the upstream that serves it and the upstream's own name. */
  const findPrompt = async (name: string, signal: AbortSignal, relay: CallRelay) => {
    if (!isAllowed(server.allowed_prompts, name)) return undefined;
    for (const upstream of await upstreams()) {
      const slug = upstream.toolkit.meta.slug;
      if (!hasPromptPrefix(slug, name)) continue;
      const context = await contextFor(upstream.toolkit, signal, relay);
      const prompts = await upstream.features.prompts(context);
      const served = servedPromptNames(
        slug,
        prompts.map((prompt) => prompt.name),
      );
      const index = served.findIndex((candidate) => candidate === name.toUpperCase());
      const prompt = prompts[index];
      if (prompt !== undefined) return { upstream, context, prompt };
    }
    return undefined;
  };
  const explained = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ProtocolError) throw error;
      throw new ProtocolError(upstreamFailed, error instanceof Error ? error.message : String(error));
    }
  };

  return {
    resources: (signal, relay) =>
      gather(signal, relay, async ({ toolkit, features }, context) =>
        (await features.resources(context))
          .map((resource) => ({ ...resource, uri: servedUri(toolkit.meta.slug, resource.uri) }))
          .filter((resource) => resourceAllowed(server.allowed_resources, resource.uri)),
      ),
    resourceTemplates: (signal, relay) =>
      gather(signal, relay, async ({ toolkit, features }, context) =>
        (await features.resourceTemplates(context))
          .map((template) => ({ ...template, uriTemplate: servedUri(toolkit.meta.slug, template.uriTemplate) }))
          .filter((template) => resourceAllowed(server.allowed_resources, template.uriTemplate)),
      ),
    async readResource(uri, signal, relay) {
      const target = upstreamUri(uri);
      if (target === undefined || !resourceAllowed(server.allowed_resources, uri)) return undefined;
      const upstream = (await upstreams()).find(({ toolkit }) => toolkit.meta.slug === target.toolkit);
      if (upstream === undefined) return undefined;
      return explained(async () => {
        const context = await contextFor(upstream.toolkit, signal, relay);
        const result: ReadResourceResult = await upstream.features.readResource(target.uri, context);
        return {
          ...result,
          contents: result.contents.map((content) => ({
            ...content,
            uri: servedUri(target.toolkit, content.uri),
          })),
        };
      });
    },
    prompts: (signal, relay) =>
      gather(signal, relay, async ({ toolkit, features }, context) => {
        const prompts = await features.prompts(context);
        const names = servedPromptNames(
          toolkit.meta.slug,
          prompts.map((prompt) => prompt.name),
        );
        return prompts
          .map((prompt, i) => ({ ...prompt, name: names[i] ?? prompt.name }))
          .filter((prompt) => isAllowed(server.allowed_prompts, prompt.name));
      }),
    complete: (params, signal, relay) =>
      explained(async () => {
        const { ref } = params;
        if (ref.type === 'ref/prompt') {
          const found = await findPrompt(ref.name, signal, relay);
          if (found === undefined) return noCompletions;
          const upstreamRef = { ...ref, name: found.prompt.name };
          return found.upstream.features.complete({ ...params, ref: upstreamRef }, found.context);
        }
        const target = upstreamUri(ref.uri);
        if (target === undefined || !resourceAllowed(server.allowed_resources, ref.uri)) return noCompletions;
        const upstream = (await upstreams()).find(({ toolkit }) => toolkit.meta.slug === target.toolkit);
        if (upstream === undefined) return noCompletions;
        const context = await contextFor(upstream.toolkit, signal, relay);
        return upstream.features.complete({ ...params, ref: { ...ref, uri: target.uri } }, context);
      }),
    getPrompt: (name, args, signal, relay) =>
      explained(async () => {
        const found = await findPrompt(name, signal, relay);
        if (found === undefined) return undefined;
        const result = await found.upstream.features.getPrompt(found.prompt.name, args, found.context);
        const toolkit = found.upstream.toolkit.meta.slug;
        return {
          ...result,
          messages: result.messages.map((message) => ({
            ...message,
            content: servedContent(toolkit, [message.content])[0] ?? message.content,
          })),
        };
      }),
  };
}
