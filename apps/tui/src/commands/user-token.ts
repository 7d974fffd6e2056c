// `setup --user-token`: trades the key of this machine for a token scoped to the URL's user, so the key itself never
// lands in an AI client's config. This is what the server-level `commands` the API prints run.
import { PatchbayError, parseMcpServerUrl } from '@patchbay/core';
import { discoverLocalServer } from '@patchbay/core/node';
import { Patchbay } from '@patchbay/sdk';
import { UsageError } from '../usage.js';

const perUserFix =
  'Run it where the server’s key is (PATCHBAY_API_KEY, or the key file of a local server), or use that user’s own ' +
  'command: `patchbay url <server> <user>` or POST /api/v3/mcp/servers/generate answer it with the token inside.';

/** The headers (`Authorization: Bearer pbt_…`) for the user named in `url` (`user_id`, else `default`). */
export async function userTokenHeaders(url: string): Promise<{ userId: string; headers: Record<string, string> }> {
  const parsed = parseMcpServerUrl(url);
  if (parsed === undefined) {
    throw new UsageError(
      `--user-token needs a Patchbay MCP URL (…/v3/mcp/<server id>), not "${url}".`,
      'patchbay setup --help',
    );
  }
  if (parsed.selector?.connectedAccountId !== undefined) {
    throw new UsageError('--user-token works with user_id URLs; pass the user’s URL.', 'patchbay setup --help');
  }
  const userId = parsed.selector?.userId ?? 'default';
  let apiKey: string;
  try {
    apiKey = (await discoverLocalServer()).apiKey;
  } catch (error) {
    if (!(error instanceof PatchbayError)) throw error;
    throw new PatchbayError(
      { status: 0, slug: error.slug, message: error.message, suggestedFix: perUserFix },
      { cause: error },
    );
  }
  const patchbay = new Patchbay({ apiKey, baseURL: parsed.root, retry: { retries: 2, timeoutMs: 15_000 } });
  const instance = await patchbay.mcp.generate(userId, parsed.serverId);
  return { userId, headers: instance.headers };
}
