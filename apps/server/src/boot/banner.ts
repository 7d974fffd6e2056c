import type { RunningServer } from './server.js';

/** The self-contained CLI and SDK this server serves, as the commands that install them (when packed). */
function downloadLines(running: RunningServer): string[] {
  const { downloads } = running.context;
  const lines: string[] = [];
  if (downloads.file('cli')) lines.push(`  CLI:      npx -y ${downloads.url(running.url, 'cli')} --help`);
  if (downloads.file('sdk')) lines.push(`  SDK:      npm install ${downloads.url(running.url, 'sdk')}`);
  return lines;
}

/** What a person needs after `npm start`; the key itself appears only when it was just created. */
export function banner(running: RunningServer): string {
  const lines = [
    `Patchbay server listening on ${running.url}`,
    `  API:      ${running.url}/api/v3  (also /api/v3.1)`,
    `  Docs:     ${running.url}/docs`,
    ...downloadLines(running),
    `  Database: ${running.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}`,
    running.apiKey === undefined
      ? `  API key:  none in ${running.apiKeyFile}: the database already had a project (use one of its keys)`
      : `  API key:  stored in ${running.apiKeyFile} (mode 0600)`,
  ];
  if (running.createdApiKey && running.apiKey !== undefined) {
    lines.push('', `  New admin API key (shown once): ${running.apiKey}`);
  }
  return `${lines.join('\n')}\n`;
}
