import { parseArgs } from 'node:util';
// `patchbay url`, `patchbay toolkits list|get`, `patchbay call`: a user's URL, the catalog, one tool call.
import { PatchbayError } from '@patchbay/core';
import type { Output } from '../output.js';
import { renderTable } from '../table.js';
import { callHelp, exitCodes, toolkitsHelp, UsageError, urlHelp } from '../usage.js';
import { client, findServer, helpOption, jsonObjectFlag, jsonOption, parse, positionals, printJson } from './common.js';

export async function urlCommand(args: string[], output: Output): Promise<number> {
  const help = 'patchbay url --help';
  const { values, positionals: rest } = parse(help, () =>
    parseArgs({
      args,
      options: { ...jsonOption, ...helpOption, 'api-key': { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    output.out(urlHelp);
    return exitCodes.ok;
  }
  const [ref = '', userId = ''] = positionals(rest, ['<server>', '<user>'], help);
  const patchbay = await client();
  const server = await findServer(patchbay, ref);
  const instance = await patchbay.mcp.generate(userId, server.id, { scopedToken: !values['api-key'] });
  if (values.json) {
    printJson(output, {
      serverId: server.id,
      serverName: server.name,
      userId,
      url: instance.url,
      headers: instance.headers,
      ...(instance.commands === undefined ? {} : { commands: instance.commands }),
    });
    return exitCodes.ok;
  }
  output.out(instance.url);
  for (const [name, value] of Object.entries(instance.headers)) output.out(`${name}: ${value}`);
  if (instance.commands !== undefined) {
    output.out('\nTo set up an AI client, paste its command (each holds this token):');
    for (const [client, command] of Object.entries(instance.commands)) output.out(`  ${client.padEnd(12)} ${command}`);
  }
  return exitCodes.ok;
}

export async function toolkitsCommand(args: string[], output: Output): Promise<number> {
  const help = 'patchbay toolkits --help';
  const { values, positionals: rest } = parse(help, () =>
    parseArgs({
      args,
      options: { ...jsonOption, ...helpOption, search: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const [verb, ...operands] = rest;
  if (values.help || verb === undefined) {
    output.out(toolkitsHelp);
    return values.help ? exitCodes.ok : exitCodes.usage;
  }
  const patchbay = await client();
  if (verb === 'list') {
    positionals(operands, [], help);
    const toolkits = await patchbay.toolkits.iterate({ search: values.search, limit: 100 }).toArray();
    if (values.json) printJson(output, toolkits);
    else {
      const rows = toolkits.map((t) => [
        t.slug,
        t.kind,
        String(t.toolsCount),
        t.noAuth ? 'none' : t.authSchemes.map((a) => a.mode).join(','),
        t.name,
      ]);
      output.out(rows.length === 0 ? 'No toolkits.' : renderTable(['SLUG', 'KIND', 'TOOLS', 'AUTH', 'NAME'], rows));
    }
    return exitCodes.ok;
  }
  if (verb === 'get') {
    const [slug = ''] = positionals(operands, ['<slug>'], help);
    const toolkit = await patchbay.toolkits.get(slug);
    const tools = await patchbay.tools.iterate({ toolkit: slug, limit: 100 }).toArray();
    if (values.json) printJson(output, { ...toolkit, tools });
    else {
      output.out(`${toolkit.name} (${toolkit.slug}, ${toolkit.kind}): ${toolkit.description}`);
      output.out(
        renderTable(
          ['TOOL', 'DESCRIPTION'],
          tools.map((t) => [t.slug, t.description]),
        ),
      );
    }
    return exitCodes.ok;
  }
  throw new UsageError(`Unknown toolkits command "${verb}"; use list or get.`, help);
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => {
      const text = typeof part === 'object' && part !== null ? Reflect.get(part, 'text') : undefined;
      return typeof text === 'string' ? text : JSON.stringify(part);
    })
    .join('\n');
}

/** Calls a tool as the user's MCP client would: their URL and scoped token, the real MCP endpoint. */
export async function callCommand(args: string[], output: Output): Promise<number> {
  const help = 'patchbay call --help';
  const { values, positionals: rest } = parse(help, () =>
    parseArgs({
      args,
      options: { ...jsonOption, ...helpOption, args: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    output.out(callHelp);
    return exitCodes.ok;
  }
  const [ref = '', userId = '', tool = ''] = positionals(rest, ['<server>', '<user>', '<tool>'], help);
  const toolArgs = jsonObjectFlag(values.args, 'args', '{"key":"city"}', help) ?? {};
  const patchbay = await client();
  const server = await findServer(patchbay, ref);
  const instance = await patchbay.mcp.generate(userId, server.id);
  const mcp = await patchbay.mcp.connect(instance, { clientInfo: { name: 'patchbay-cli', version: '0.1.0' } });
  try {
    const result = await mcp.callTool({ name: tool, arguments: toolArgs }).catch((error: unknown) => {
      // The MCP endpoint's refusal (an unknown or disallowed tool, bad arguments): a failure, not a crash.
      throw new PatchbayError({
        status: 0,
        slug: 'mcp_error',
        message: `${tool}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const isError = result.isError === true;
    if (values.json) {
      printJson(output, { isError, content: result.content, structuredContent: result.structuredContent ?? null });
    } else if (isError) output.err(`patchbay: ${tool} answered an error: ${textOf(result.content)}`);
    else
      output.out(
        result.structuredContent === undefined
          ? textOf(result.content)
          : JSON.stringify(result.structuredContent, null, 2),
      );
    return isError ? exitCodes.toolError : exitCodes.ok;
  } finally {
    await mcp.close();
  }
}
