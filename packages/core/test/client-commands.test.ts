import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clientCommands, cursorInstallLink, userCommands } from '../src/client-commands.js';

const cli = 'http://127.0.0.1:8787/cli/patchbay-cli-0.1.0.tgz';
const url = "http://127.0.0.1:8787/v3/mcp/3f9c1a2b-0000-4000-8000-000000000001?user_id=o'neil $HOME";
// A header value a shell would mangle unquoted: quotes, $, spaces, a backslash.
const headers = { Authorization: 'Bearer pbt_a\'b"c $x \\y' };

/** The arguments a POSIX shell passes for `command` (its first word replaced by an argv printer). */
function argv(command: string): string[] {
  const printer = `${JSON.stringify(process.execPath)} -e 'console.log(JSON.stringify(process.argv.slice(1)))' --`;
  const out = execFileSync('sh', ['-c', command.replace(/^\S+/, printer)], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe('printed commands', () => {
  it("pass the URL and headers through a shell unchanged, for the CLI and the clients' own installers", () => {
    const commands = userCommands(cli, { url: new URL(url).toString(), headers });
    const encoded = new URL(url).toString();
    expect(argv(commands.cursor)).toEqual([
      '-y',
      cli,
      'setup',
      encoded,
      '--client',
      'cursor',
      '--header',
      `Authorization:${headers.Authorization}`,
    ]);
    expect(argv(commands.claude_code)).toEqual([
      'mcp',
      'add',
      '--scope',
      'user',
      '--transport',
      'http',
      'patchbay-3f9c1a2b',
      encoded,
      '--header',
      `Authorization: ${headers.Authorization}`,
    ]);
    const [flag, json] = argv(commands.vscode);
    expect(flag).toBe('--add-mcp');
    expect(JSON.parse(json ?? '')).toEqual({ name: 'patchbay-3f9c1a2b', type: 'http', url: encoded, headers });
  });

  it("the server's own commands hold no credential; the deeplink decodes to the entry", () => {
    const server = clientCommands(cli, 'http://127.0.0.1:8787/v3/mcp/abc?user_id=default');
    expect(argv(server.claude)).toEqual([
      '-y',
      cli,
      'setup',
      'http://127.0.0.1:8787/v3/mcp/abc?user_id=default',
      '--client',
      'claude',
      '--user-token',
    ]);
    const link = new URL(cursorInstallLink({ url: 'http://h/v3/mcp/abc', headers }));
    const config = JSON.parse(Buffer.from(link.searchParams.get('config') ?? '', 'base64').toString('utf8'));
    expect(config).toEqual({ url: 'http://h/v3/mcp/abc', headers });
  });
});
